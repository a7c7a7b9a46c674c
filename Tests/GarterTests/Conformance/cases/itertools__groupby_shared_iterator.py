from itertools import groupby
data = [1, 1, 2, 3, 3, 3]
groups = list(groupby(data))
print([(k, list(g)) for k, g in groups])
gb = groupby(data)
k1, g1 = next(gb)
k2, g2 = next(gb)
print(k1, list(g1), k2, list(g2))
calls = []
def key(x):
    calls.append(x)
    return x % 2
for k, g in groupby([1, 3, 2, 4, 5], key=key):
    print(k, next(g))
print(calls)
