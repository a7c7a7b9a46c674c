from typing import Protocol, runtime_checkable, SupportsInt
@runtime_checkable
class Closer(Protocol):
    def close(self) -> None: ...
@runtime_checkable
class Sized2(Protocol):
    size: int
    def area(self) -> float: ...
class F:
    def close(self): pass
class G:
    size = 3
    def area(self): return 1.0
class Impl(Closer):
    def close(self): pass
print(isinstance(F(), Closer), isinstance(1, Closer), isinstance(G(), Sized2), isinstance(F(), Sized2), isinstance(Impl(), Closer))
class NotRC(Protocol):
    def x(self): ...
try: isinstance(1, NotRC)
except TypeError as e: print(e)
try: runtime_checkable(int)
except TypeError as e: print(e)
print(isinstance(Impl(), Impl), isinstance(3, Impl))
