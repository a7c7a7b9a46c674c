class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Point(x={self.x!r}, y={self.y!r})"
    def __str__(self):
        return f"({self.x}, {self.y})"
p = Point(1, "2")
print(p)
print(repr(p), str(p), [p], (p,), {"k": p})
print(f"{p} {p!r}", "%s %r" % (p, p), "{} {!r}".format(p, p))
class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr<>"
print(OnlyRepr(), str(OnlyRepr()), [OnlyRepr()])
class OnlyStr:
    def __init__(self, v):
        self.v = v
    def __str__(self):
        return f"OnlyStr:{self.v}"
print(OnlyStr(5), str(OnlyStr(6)))
