import types

def body(ns):
    ns["greet"] = lambda self: "hi from " + type(self).__name__
    ns["x"] = 5

Point = types.new_class("Point", (), {}, body)
p = Point()
print(Point.__name__, p.greet(), Point.x)
Sub = types.new_class("Sub", (Point,))
print(Sub.__mro__[1] is Point, Sub().greet())
meta, ns, kw = types.prepare_class("X", (), {"metaclass": type, "flag": 1})
print(meta, ns, kw)
print(types.resolve_bases((int, str)))
