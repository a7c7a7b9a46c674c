# Function __annotations__ are evaluated at definition time (parameters in order, then return).
from typing import Optional, List, Dict
import functools

def area(width: float, height: float = 1.0, *args: int, scale: "float" = 1, **kw: str) -> float:
    return width * height * scale

print(area.__annotations__)

def plain(a, b):
    return a + b

print(plain.__annotations__)
plain.__annotations__['a'] = int
print(plain.__annotations__)

class Shape:
    def resize(self, factor: float) -> "Shape":
        return self

print(Shape.resize.__annotations__)
print(Shape().resize.__annotations__)

def opt(x: Optional[int] = None, y: List[Dict[str, int]] = ()) -> None:
    pass

print(opt.__annotations__)

lam = lambda x: x
print(lam.__annotations__)

# wraps copies __annotations__
def deco(fn):
    @functools.wraps(fn)
    def inner(*a, **k):
        return fn(*a, **k)
    return inner

@deco
def wrapped(n: int) -> str:
    return str(n)

print(wrapped.__annotations__, wrapped(3))

# singledispatch picks the type from the annotation
@functools.singledispatch
def show(x):
    return f"object {x!r}"

@show.register
def _(x: int):
    return f"int {x}"

@show.register
def _(x: list):
    return f"list of {len(x)}"

print(show(1), show([1, 2]), show("s"), show(True))

try:
    plain.__annotations__ = 5
except TypeError as e:
    print("TypeError:", e)

# Annotations are evaluated when the def runs.
try:
    def bad(x: undefined_name):
        pass
except NameError as e:
    print("NameError:", e)
