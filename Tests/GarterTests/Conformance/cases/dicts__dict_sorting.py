scores = {"zed": 72, "amy": 95, "bob": 72, "cat": 88, "dan": 95}
print(sorted(scores))
print(sorted(scores, key=scores.get))
print(sorted(scores.items(), key=lambda kv: (-kv[1], kv[0])))
print(dict(sorted(scores.items(), key=lambda kv: kv[1], reverse=True)))
rank = {}
prev = None
for i, (name, s) in enumerate(sorted(scores.items(), key=lambda kv: -kv[1]), 1):
    if s != prev:
        r = i
        prev = s
    rank[name] = r
print(rank)
