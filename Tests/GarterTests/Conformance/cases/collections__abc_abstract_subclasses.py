from collections.abc import Iterator, Iterable, Set, MutableSet, MutableSequence, Hashable, Callable
class Count(Iterator):
    def __init__(self): self.n = 0
    def __next__(self):
        self.n += 1
        if self.n > 3: raise StopIteration
        return self.n
print(list(Count()))
class MyList(MutableSequence):
    def __init__(self): self.d = []
    def __getitem__(self, i): return self.d[i]
    def __setitem__(self, i, v): self.d[i] = v
    def __delitem__(self, i): del self.d[i]
    def __len__(self): return len(self.d)
    def insert(self, i, v): self.d.insert(i, v)
m = MyList(); m.append(1); m.extend([2, 3]); m.reverse()
print(list(m), m.pop(), len(m), 2 in m, m.index(3))
for cls in (Iterable, Set, MutableSet, Hashable, Callable, Iterator):
    try:
        cls()
    except TypeError as e:
        print(e)
class H(Hashable): pass
try: H()
except TypeError as e: print(e)
class D(dict, MutableSequence): pass
print(type(D()).__name__)
