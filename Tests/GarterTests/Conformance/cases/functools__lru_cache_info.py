import functools
calls = []
@functools.lru_cache(maxsize=3)
def slow(x, y=0):
    calls.append((x, y))
    return x * 10 + y
for args in [(1,), (2,), (1,), (3,), (4,), (1,), (2,), (1,)]:
    slow(*args)
print(calls)
print(slow.cache_info(), slow.cache_info().hits, slow.cache_info()._asdict())
slow(1, y=2); slow(1, 2); slow(1, y=2)
print(slow.cache_info())
slow.cache_clear()
print(slow.cache_info(), slow.__name__, slow.__wrapped__(5), slow.cache_parameters())
@functools.lru_cache
def plain(x):
    return [x]
print(plain(1) is plain(1), plain.cache_info())
@functools.lru_cache(maxsize=0)
def nocache(x):
    return x
nocache(1); nocache(1)
print(nocache.cache_info())
@functools.lru_cache(typed=True)
def typed(x):
    return type(x).__name__
print(typed(1), typed(1.0), typed.cache_info().currsize)
try:
    plain([1])
except TypeError as e:
    print("TypeError:", e)
try:
    functools.lru_cache("x")
except TypeError as e:
    print("TypeError:", e)
class Svc:
    def __init__(self):
        self.n = 0
    @functools.lru_cache(maxsize=None)
    def get(self, k):
        self.n += 1
        return k * 2
s = Svc()
print(s.get(2), s.get(2), s.n)
