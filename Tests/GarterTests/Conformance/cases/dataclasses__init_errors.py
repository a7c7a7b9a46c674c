from dataclasses import dataclass, field

@dataclass
class Point:
    x: int
    y: int

@dataclass
class Span:
    start: int
    end: int = 0
    tags: list = field(default_factory=list)

tests = [
    lambda: Point(1),
    lambda: Point(),
    lambda: Point(1, 2, 3),
    lambda: Point(1, x=2),
    lambda: Point(1, 2, z=3),
    lambda: Span(),
    lambda: Span(1, 2, [], 4),
    lambda: Span(1, 2, tags=[1], extra=True),
]
for t in tests:
    try:
        print(t())
    except TypeError as e:
        print("TypeError:", e)
print(Span(5), Span(start=1, end=3, tags=["a"]))
