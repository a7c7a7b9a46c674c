from typing import NamedTuple, TypedDict, Optional, List, Generic, TypeVar, Protocol, NewType
class Point(NamedTuple):
    x: float
    y: float = 0.0
    label: Optional[str] = None
    def norm(self) -> float:
        return (self.x ** 2 + self.y ** 2) ** 0.5
p = Point(3, 4)
print(p, p.norm(), p._fields, p._asdict(), p._replace(label="a"), isinstance(p, tuple), Point._field_defaults)
x, y, label = p
print(x, y, label, p == (3, 4, None), sorted([Point(2), Point(1, 5)]))
Pair = NamedTuple("Pair", [("a", int), ("b", str)])
print(Pair(1, "x"), Pair._fields)
class Movie(TypedDict):
    title: str
    year: int
class Movie2(Movie, total=False):
    rating: float
m: Movie = {"title": "Up", "year": 2009}
m2 = Movie2(title="Heat", year=1995)
print(m, m2, type(m2).__name__, sorted(Movie2.__required_keys__), sorted(Movie2.__optional_keys__), Movie2.__total__)
T = TypeVar("T")
class Box(Generic[T]):
    def __init__(self, item: T) -> None:
        self.item = item
    def get(self) -> T:
        return self.item
b: Box[int] = Box(5)
print(b.get(), Box[str]("s").get())
class Greeter(Protocol):
    def greet(self) -> str: ...
class En:
    def greet(self) -> str:
        return "hi"
def welcome(g: Greeter) -> str:
    return g.greet()
print(welcome(En()))
UserId = NewType("UserId", int)
uid = UserId(42)
print(uid, type(uid).__name__, UserId)
try:
    Point()
except TypeError as e:
    print("TypeError:", e)
