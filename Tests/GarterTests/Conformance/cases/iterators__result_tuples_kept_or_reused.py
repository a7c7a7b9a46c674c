pairs = list(enumerate('abc'))
print(pairs)
kept = []
for t in enumerate('xyz'):
    kept.append(t)
print(kept)
it = enumerate('pq')
a = next(it); b = next(it)
print(a, b, a is b)
d = {'k1': 1, 'k2': 2, 'k3': 3}
items = []
for kv in d.items():
    items.append(kv)
print(items, list(d.items()))
for k, v in d.items():
    print(k, v, end='; ')
print()
z = list(zip([1, 2, 3], 'abc'))
print(z, dict(zip('ab', [1, 2])))
s = set()
for t in zip([1, 1, 2], [3, 3, 4]):
    s.add(t)
print(sorted(s))
m = {}
for i, c in enumerate('hello'):
    m[c] = i
print(m, [t for t in zip('ab', 'cd', 'ef')])
x = None
for t in enumerate(range(3)):
    x = t
print(x)
print(max(enumerate([5, 9, 2]), key=lambda p: p[1]), sorted(d.items(), key=lambda kv: -kv[1]))
for i, (k, v) in enumerate(d.items()):
    print(i, k, v)
print(list(enumerate(range(3), 2**63 - 2)))
