from dataclasses import dataclass, field, replace, fields, astuple, KW_ONLY
from typing import NamedTuple, Protocol, Generic, TypeVar
T = TypeVar("T")
@dataclass(slots=True)
class P:
    x: int
    y: int = 0
@dataclass(kw_only=True)
class Q:
    a: int
    b: str = "b"
@dataclass
class R:
    a: int
    _: KW_ONLY
    b: int = 2
class Pair(NamedTuple):
    left: int
    right: int = 0
class Box(Generic[T]):
    def __init__(self, v: T): self.v = v
    def get(self) -> T: return self.v
class Greeter(Protocol):
    def greet(self) -> str: ...
p = P(1)
print(p, replace(p, y=5), [f.name for f in fields(p)], astuple(p), hasattr(p, "__dict__"))
print(Q(a=1), R(1, b=3), Pair(1), Pair(1, 2)._asdict(), Pair._fields, Box(3).get(), Box[int])
try:
    Q(1)
except TypeError as e:
    print(e)
try:
    P(1, 2, 3)
except TypeError as e:
    print(e)
print(P(1) == P(1), P(1) == P(2), P.__match_args__, Q.__match_args__ if hasattr(Q, "__match_args__") else None)
match P(3, 4):
    case P(x=3, y=y):
        print("matched", y)
@dataclass(frozen=True, order=True)
class V:
    n: int
    tags: tuple = ()
print(sorted([V(2), V(1, ("a",))]), hash(V(1)) == hash(V(1)), {V(1): "one"}[V(1)])
