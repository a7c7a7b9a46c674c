from abc import ABC, abstractmethod, ABCMeta
class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @property
    @abstractmethod
    def name(self): ...
    def describe(self): return f"{self.name}: {self.area():.2f}"
class Sq(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
    @property
    def name(self): return "square"
try: Shape()
except TypeError as e: print(e)
class Partial(Shape):
    def area(self): return 1
try: Partial()
except TypeError as e: print(e)
print(Sq(2).describe(), isinstance(Sq(1), Shape), sorted(Shape.__abstractmethods__))
class Base(metaclass=ABCMeta):
    @classmethod
    @abstractmethod
    def make(cls): ...
    @staticmethod
    @abstractmethod
    def util(): ...
try: Base()
except TypeError as e: print(e)
class Reg(ABC): pass
Reg.register(int)
print(isinstance(1, Reg), issubclass(int, Reg), issubclass(str, Reg))
from collections.abc import Iterable, Sequence, Mapping, MutableMapping, Callable, Hashable, Sized, Container, Iterator, Generator
print(isinstance([], Iterable), isinstance({}, Mapping), isinstance((), Sequence), isinstance("s", Sequence), isinstance(len, Callable), isinstance([], Hashable), isinstance(iter([]), Iterator), isinstance((x for x in []), Generator))
class MyMap(MutableMapping):
    def __init__(self): self.d = {}
    def __getitem__(self, k): return self.d[k]
    def __setitem__(self, k, v): self.d[k] = v
    def __delitem__(self, k): del self.d[k]
    def __iter__(self): return iter(self.d)
    def __len__(self): return len(self.d)
m = MyMap(); m['a'] = 1; m.update(b=2); print(dict(m), m.get('z', 0), 'a' in m, list(m.items()), m.pop('a'), len(m))
class Sz:
    def __len__(self): return 0
print(isinstance(Sz(), Sized), isinstance(Sz(), Container))
class Plugin(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Plugin and hasattr(C, "run"): return True
        return NotImplemented
class Runner:
    def run(self): pass
print(isinstance(Runner(), Plugin), issubclass(int, Plugin), isinstance(Sq(1), Reg))
class Sub(Reg): pass
Sub.register(float)
print(isinstance(1.5, Reg), isinstance(1.5, Sub), issubclass(bool, Reg))
try: Reg.register(5)
except TypeError as e: print(e)
