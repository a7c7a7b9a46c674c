def lev(a, b):
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]

pairs = [("kitten", "sitting"), ("flaw", "lawn"), ("", "abc"), ("same", "same"), ("intention", "execution")]
for a, b in pairs:
    print(f"{a!r:>12} -> {b!r:<12} {lev(a, b)}")
cands = ["apple", "apply", "ample", "maple", "applet"]
target = "appel"
print(sorted(cands, key=lambda c: (lev(target, c), c)))
