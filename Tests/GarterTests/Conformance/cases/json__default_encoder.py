import json

class Money:
    def __init__(self, cents, cur):
        self.cents = cents
        self.cur = cur

class Point:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y

def encode(o):
    if isinstance(o, Money):
        return {"amount": o.cents / 100, "currency": o.cur}
    if isinstance(o, set):
        return sorted(o)
    if isinstance(o, Point):
        return [o.x, o.y]
    raise TypeError(f"cannot encode {type(o).__name__}")

doc = {"price": Money(1999, "EUR"), "tags": {"b", "a", "c"}, "where": Point(1, 2), "items": [Money(5, "USD")]}
print(json.dumps(doc, default=encode))
print(json.dumps(doc, default=encode, indent=2, sort_keys=True))

class MyEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, (set, frozenset)):
            return {"__set__": sorted(o)}
        return super().default(o)

print(json.dumps({"s": {3, 1, 2}, "f": frozenset()}, cls=MyEncoder))
print(MyEncoder(indent=1).encode([{1, 2}]))
print(json.JSONEncoder(sort_keys=True, separators=(",", ":")).encode({"b": [1], "a": None}))
try:
    json.dumps({"x": object.__new__ if False else Money(1, "X")})
except TypeError as e:
    print("TypeError:", e)
try:
    json.dumps({"s": {1}}, cls=MyEncoder, default=None)
    print(json.dumps([b"bytes"], cls=MyEncoder))
except TypeError as e:
    print("TypeError:", e)
