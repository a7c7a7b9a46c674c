from typing import Protocol, runtime_checkable, TypedDict, NamedTuple, Literal, Annotated, Self, TypeAlias, ParamSpec, Concatenate, Required, NotRequired, LiteralString, Never, assert_never, Any, Final, ClassVar, Generic, TypeVar, Iterator, Callable, overload, get_origin, get_args, NewType
@runtime_checkable
class Closer(Protocol):
    def close(self) -> None: ...
class F:
    def close(self): pass
print(isinstance(F(), Closer), isinstance(1, Closer))
class Movie(TypedDict, total=False):
    title: str
    year: int
m: Movie = {"title": "x"}
print(m, Movie.__total__ if hasattr(Movie, '__total__') else '', Movie.__annotations__)
class Pt(NamedTuple):
    x: float
    y: float = 0.0
    def dist(self) -> float: return (self.x ** 2 + self.y ** 2) ** 0.5
p = Pt(3, 4); print(p, p.dist(), p._replace(x=0), Pt._field_defaults, p._fields)
Mode = Literal["r", "w"]
print(Mode, get_args(Mode), get_args(Annotated[int, "meta"]))
UserId = NewType("UserId", int); print(UserId(5), UserId)
P = ParamSpec("P"); T = TypeVar("T")
def deco(f: Callable[P, T]) -> Callable[P, T]: return f
class Stack(Generic[T]):
    def __init__(self) -> None: self.items: list[T] = []
    def push(self, x: T) -> Self: self.items.append(x); return self
print(Stack[int]().push(1).push(2).items)
def check(x: int | str) -> str:
    if isinstance(x, int): return "int"
    elif isinstance(x, str): return "str"
    else: assert_never(x)
print(check(1), check("a"))
@overload
def f(x: int) -> int: ...
@overload
def f(x: str) -> str: ...
def f(x): return x
print(f(3))
print(Callable[[int], str], Iterator[int], Any, Final[int], ClassVar[int], Self, Never, LiteralString, Required[int])
