it = iter([1, 2])
print(next(it), next(it), next(it, "default"), next(it, None))
e = iter({})
print(next(e, "empty dict"))
s = iter("ab")
print(next(s), list(s), next(s, "end"))
r = iter(range(3))
print(list(r), list(r))
class Cnt:
    def __init__(self):
        self.n = 0
    def __call__(self):
        self.n += 1
        return self.n
sentinel_iter = iter(Cnt(), 4)
print(list(sentinel_iter))
lines = iter(["a", "b", "", "c"])
print(list(iter(lambda: next(lines), "")))
