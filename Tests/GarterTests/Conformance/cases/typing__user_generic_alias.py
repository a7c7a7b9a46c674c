from typing import Generic, TypeVar, List, Dict, Protocol
T = TypeVar("T")
K = TypeVar("K")
class Box(Generic[T]):
    def __init__(self, v: T): self.v = v
class Pair(Generic[K, T]):
    pass
print(Box[int], Pair[str, int], Box[List[int]])
b = Box[int](3)
print(b.v, type(b).__name__, Box.__mro__)
class IntBox(Box[int]):
    pass
print(IntBox.__bases__, IntBox.__mro__, IntBox(5).v)
class L(List[int]):
    pass
print(L.__bases__, L([1, 2]))
class P(Protocol[T]):
    def f(self) -> T: ...
print(P.__bases__)
try:
    isinstance(b, Box[int])
except TypeError as e:
    print(e)
print(Box[int] == Box[int], Box[int].__origin__, Box[int].__args__)
