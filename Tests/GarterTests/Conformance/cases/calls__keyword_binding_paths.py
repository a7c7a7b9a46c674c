# Keyword and star calls through the general binding path, module attributes read in
# loops, and dataclass construction by position, keyword and default.
import math
import json as j
from dataclasses import dataclass, field


def kw(a, b=2, *, c=3, **rest):
    return (a, b, c, sorted(rest.items()))


def star(*args, **kwargs):
    return (args, sorted(kwargs.items()))


def cells(x, y=10):
    def inner():
        return x + y
    return inner()


results = []
for i in range(3):
    results.append(kw(i, c=i * 2))
    results.append(kw(a=i, b=i + 1, d=4))
    results.append(star(i, i + 1, key=i))
    results.append(cells(i))
    results.append(cells(y=i, x=1))
print(results)

for call in (lambda: kw(), lambda: kw(1, 2, 3), lambda: kw(1, a=2), lambda: cells(1, z=2),
             lambda: cells(), lambda: kw(1, c=1, **{"c": 2})):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)


class Box:
    def __init__(self, value, *, scale=1):
        self.value = value * scale


print([Box(v, scale=3).value for v in range(4)])
try:
    Box(1, scale=2, extra=3)
except TypeError as e:
    print("TypeError:", e)

total = 0.0
for i in range(50):
    total += math.sqrt(i) + math.floor(i / 3)
print(round(total, 6), math.pi, j.dumps([1, 2]))
print(math.__name__, type(math.__dict__).__name__)
math.answer = 42
print(math.answer)
del math.answer
for _ in range(2):
    try:
        math.answer
    except AttributeError as e:
        print("AttributeError:", e)
try:
    math.no_such_function(1)
except AttributeError as e:
    print("AttributeError:", e)


@dataclass
class Point:
    x: int
    y: int = 0
    label: str = "p"


print([Point(1), Point(1, 2), Point(x=3, y=4), Point(5, label="q"), Point(y=7, x=8)])
for args, kwargs in [((), {}), ((1, 2, 3, 4), {}), ((1,), {"x": 2}), ((1,), {"z": 3}),
                     ((), {"y": 1}), ((1,), {"self": 2})]:
    try:
        Point(*args, **kwargs)
    except TypeError as e:
        print("TypeError:", e)


@dataclass
class Tracked:
    a: int
    b: list = field(default_factory=list)

    def __setattr__(self, name, value):
        print("set", name, value)
        object.__setattr__(self, name, value)


print(Tracked(1), Tracked(a=2, b=[3]))


@dataclass(frozen=True)
class Frozen:
    a: int
    b: int = 5


print(Frozen(1), Frozen(b=1, a=2), hash(Frozen(1)) == hash(Frozen(1, 5)))
