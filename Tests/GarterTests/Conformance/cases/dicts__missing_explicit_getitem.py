import functools
class Q(dict):
    def __missing__(self, k):
        self[k] = str(k); return self[k]
q = Q()
print(q[5], q.__getitem__(6))
g = Q().__getitem__
print(g(7))
print(''.join(map(Q().__getitem__, [1, 2])))
@functools.lru_cache
def make(): return Q().__getitem__
print([make()(c) for c in b"ab"])
