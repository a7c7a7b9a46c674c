from collections.abc import MutableMapping, Mapping, Sequence, Iterable, Sized, Container, Callable
from abc import ABC, abstractmethod
class M(MutableMapping):
    def __getitem__(self, k): return 1
try:
    M()
except TypeError as e:
    print(e)
class Full(MutableMapping):
    def __init__(self): self.d = {}
    def __getitem__(self, k): return self.d[k]
    def __setitem__(self, k, v): self.d[k] = v
    def __delitem__(self, k): del self.d[k]
    def __iter__(self): return iter(self.d)
    def __len__(self): return len(self.d)
f = Full()
f["a"] = 1
f.update(b=2)
print(dict(f), len(f), "a" in f, f.get("z", 0), list(f.items()), f.pop("a"), dict(f))
class S(Sequence):
    def __getitem__(self, i): return [1, 2, 3][i]
try:
    S()
except TypeError as e:
    print(e)
class Base(ABC):
    @abstractmethod
    def run(self): ...
    @abstractmethod
    def stop(self): ...
class Half(Base):
    def run(self): return 1
try:
    Half()
except TypeError as e:
    print(e)
try:
    Base()
except TypeError as e:
    print(e)
print(isinstance({}, Mapping), isinstance([], Sequence), isinstance(5, Iterable), isinstance(len, Callable))
print(isinstance(f, Mapping), issubclass(Full, Sized), isinstance("", Container))
