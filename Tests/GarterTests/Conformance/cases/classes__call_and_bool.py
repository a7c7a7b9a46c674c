class Multiplier:
    def __init__(self, k):
        self.k = k
        self.calls = 0
    def __call__(self, x):
        self.calls += 1
        return x * self.k
triple = Multiplier(3)
print(triple(4), triple("ab"), list(map(triple, [1, 2])), triple.calls, callable(triple))
class Empty:
    def __len__(self):
        return 0
class Truthy:
    def __bool__(self):
        return True
    def __len__(self):
        return 0
class Falsy:
    def __bool__(self):
        return False
class Plain:
    pass
for obj in [Empty(), Truthy(), Falsy(), Plain()]:
    print(type(obj).__name__, bool(obj), "yes" if obj else "no", not obj)
