# Sorting inputs made of natural runs (sorted, reversed, sawtooth, organ pipe, runs with
# equal keys): results and stability must be CPython's whatever the run structure.
def lcg(seed):
    x = seed
    while True:
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        yield x

g = lcg(7)
random = [next(g) % 1000 for _ in range(3000)]
patterns = {
    "sorted": list(range(2000)),
    "reversed": list(range(2000, 0, -1)),
    "reversed_dups": [i // 3 for i in range(1500, 0, -1)],
    "sawtooth": [i % 37 for i in range(2500)],
    "organ": list(range(1000)) + list(range(1000, 0, -1)),
    "random": random,
    "few": [5, 3, 5, 3, 5],
    "two": [2, 1],
    "runs": sorted(random[:700]) + sorted(random[700:1500], reverse=True) + random[1500:1600],
}
for name, data in patterns.items():
    pairs = [(v, i) for i, v in enumerate(data)]
    a = sorted(pairs, key=lambda p: p[0])
    b = sorted(pairs, key=lambda p: p[0], reverse=True)
    c = sorted(data)
    d = sorted(data, reverse=True)
    e = sorted(pairs, key=lambda p: (p[0] % 7, -p[1]))
    f = sorted([str(v) for v in data])
    ok = a == sorted(pairs) and all(x[0] <= y[0] for x, y in zip(a, a[1:]))
    print(name, ok, a[:3], a[-3:], b[:3], b[-3:], c[:3], d[:3], e[:3], f[:3], f[-2:])
    checksum = sum(i * p[1] for i, p in enumerate(a)) % 1000003
    checksum_b = sum(i * p[1] for i, p in enumerate(b)) % 1000003
    print(" ", checksum, checksum_b)

words = "the quick brown fox jumps over the lazy dog the end".split()
print(sorted(words, key=len), sorted(words, key=len, reverse=True))
recs = [{"region": r, "amount": a} for r, a in zip("nsewnsewns", [5, 3, 5, 1, 5, 3, 9, 1, 0, 5])]
print(sorted(recs, key=lambda r: (r["region"], -r["amount"])))
items = list(range(40, 0, -1))
items.sort(key=lambda v: v // 4)
print(items)

class Loud:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        if self.v == 13 or other.v == 13:
            raise ValueError("unlucky")
        return self.v < other.v
    def __repr__(self):
        return f"L{self.v}"

xs = [Loud(v) for v in range(20, 0, -1)]
try:
    xs.sort()
except ValueError as err:
    print("ValueError", err)
try:
    sorted([3, "a", 1])
except TypeError as err:
    print("TypeError", err)
print(sorted([Loud(v) for v in (3, 1, 2)]))
