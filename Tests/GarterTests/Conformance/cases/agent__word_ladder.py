WORDS = """cold cord card ward warm worm word wood good gold bold bolt boat coat cost cast case
cave gave give live love lose lost lust must mist mint mind wind wine fine fire hire here hero""".split()
word_set = set(WORDS)

def neighbors(w):
    out = []
    for i in range(len(w)):
        for c in "abcdefghijklmnopqrstuvwxyz":
            if c != w[i]:
                cand = w[:i] + c + w[i + 1:]
                if cand in word_set:
                    out.append(cand)
    return out

def ladder(start, goal):
    if start not in word_set or goal not in word_set:
        return None
    prev = {start: None}
    queue = [start]
    while queue:
        cur = queue.pop(0)
        if cur == goal:
            path = []
            while cur is not None:
                path.append(cur)
                cur = prev[cur]
            return path[::-1]
        for n in neighbors(cur):
            if n not in prev:
                prev[n] = cur
                queue.append(n)
    return None

for a, b in [("cold", "warm"), ("gold", "bolt"), ("cost", "case"), ("mind", "fire"), ("cold", "hero"), ("love", "lost"), ("cold", "zzzz")]:
    path = ladder(a, b)
    if path:
        print(f"{a} -> {b}: {' > '.join(path)} ({len(path) - 1} steps)")
    else:
        print(f"{a} -> {b}: no ladder")
degree = {w: len(neighbors(w)) for w in WORDS}
hub = max(WORDS, key=lambda w: (degree[w], w))
print("most connected:", hub, sorted(neighbors(hub)))
isolated = [w for w in WORDS if degree[w] == 0]
print("isolated:", isolated)
