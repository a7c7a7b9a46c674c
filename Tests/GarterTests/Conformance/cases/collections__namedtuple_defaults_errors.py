from collections import namedtuple
Cfg = namedtuple("Cfg", "host port debug", defaults=[8080, False])
print(Cfg("localhost"), Cfg("h", 1), Cfg("h", debug=True), Cfg._field_defaults)
R = namedtuple("R", ["a", "def", "_x", "a"], rename=True)
print(R._fields, R(1, 2, 3, 4))
errors = [lambda: Cfg(), lambda: Cfg("a", 1, 2, 3), lambda: Cfg("a", port=1, zzz=2), lambda: Cfg("a", host="b"),
          lambda: namedtuple("Bad", "x x"), lambda: namedtuple("Bad", "_x"), lambda: namedtuple("Bad", "class"),
          lambda: namedtuple("1x", "a"), lambda: Cfg("a")._replace(nope=1), lambda: Cfg._make([1]),
          lambda: namedtuple("T", "a b", defaults=[1, 2, 3])]
for f in errors:
    try:
        f()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
P = namedtuple("P", "x y")
try:
    P(1)
except TypeError as e:
    print(e)
