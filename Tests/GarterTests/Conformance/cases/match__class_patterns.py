class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
class Circle:
    __match_args__ = ("center", "r")
    def __init__(self, center, r):
        self.center, self.r = center, r
class Rect:
    def __init__(self, w, h):
        self.w, self.h = w, h
def describe(s):
    match s:
        case Point(0, 0):
            return "origin"
        case Point(x, 0):
            return f"on x-axis at {x}"
        case Point(x=0, y=y):
            return f"on y-axis at {y}"
        case Point(x, y) if x == y:
            return f"diagonal {x}"
        case Point():
            return "some point"
        case Circle(Point(x, y), r) if r > 10:
            return f"big circle at ({x},{y})"
        case Circle(center=c, r=r):
            return f"circle r={r} center.x={c.x}"
        case Rect(w=w, h=h) if w == h:
            return f"square {w}"
        case Rect(w=w):
            return f"rect w={w}"
        case int() | float() as n:
            return f"number {n}"
        case str(s):
            return f"string {s!r}"
        case _:
            return "unknown"
for obj in [Point(0, 0), Point(5, 0), Point(0, 7), Point(2, 2), Point(1, 2),
            Circle(Point(1, 1), 20), Circle(Point(9, 1), 1), Rect(3, 3), Rect(3, 4), 5, 2.5, "hi", [1]]:
    print(describe(obj))
