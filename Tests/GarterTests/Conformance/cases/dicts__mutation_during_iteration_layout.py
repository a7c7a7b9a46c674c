def run(make, n, mut):
    d = make(n)
    seen = []
    try:
        for k in d:
            seen.append(k)
            mut(d, k)
        return ("ok", len(seen), len(d))
    except RuntimeError as e:
        return (str(e)[:20], len(seen), len(d))
makers = [lambda n: {i: i for i in range(n)}, lambda n: dict.fromkeys(range(n)), lambda n: dict(zip(range(n), range(n))),
          lambda n: {**{i: i for i in range(n)}}, lambda n: {i: i for i in range(n)}.copy()]
def m1(d, k): del d[k]; d[k + 1000] = 0
def m2(d, k): d.pop(k); d[-k - 1] = 0
def m3(d, k):
    if isinstance(k, int) and k % 2 == 0: del d[k]; d[str(k)] = 1
out = []
for mk in makers:
    for n in list(range(1, 40)) + [100, 1000]:
        for m in (m1, m2, m3):
            out.append(run(mk, n, m))
print(out)
d = {}
for i in range(100):
    d[i] = i
for i in range(90):
    del d[i]
print(list(d))
d = {1: 1, 2: 2, 3: 3}
d.popitem(); d[4] = 4
print(d)
