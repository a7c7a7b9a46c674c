from dataclasses import dataclass, replace, astuple

@dataclass(frozen=True)
class Point:
    x: float
    y: float

    def distance(self, other):
        return ((self.x - other.x) ** 2 + (self.y - other.y) ** 2) ** 0.5

pts = [Point(0, 0), Point(3, 4), Point(-1, 2), Point(3, 4)]
print(pts)
print(len(set(pts)), pts[1] == pts[3], pts[1] is pts[3])
print(pts[0].distance(pts[1]))
moved = replace(pts[2], x=10)
print(moved, pts[2], astuple(moved))
lookup = {p: i for i, p in enumerate(pts)}
print(lookup)
print(hash(Point(1, 2)) == hash(Point(1, 2)))
