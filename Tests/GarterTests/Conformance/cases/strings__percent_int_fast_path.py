# `%` formatting of ints and strs with widths and flags, one argument or a tuple.
values = [0, 7, -7, 42, -42, 12345, -12345, 10**18, -(10**18), 2**63 - 1, -(2**63), 2**64, -(2**70)]
specs = ["%d", "%i", "%u", "%5d", "%05d", "%-5d|", "%-05d|", "%0d", "%1d", "%020d", "%-20d|", "%64d", "%064d", "%65d", "%+d", "% d", "%+05d", "%#d", "%.3d", "%5.3d"]
for spec in specs:
    print(spec, [spec % v for v in values])
print("emp%05d" % 42, "x%3dy%-3dz" % (1, 2), "%s-%s" % ("a", "b"), "%s" % "solo")
print("%*d|" % (6, 42), "%-*d|" % (6, 42), "%*d|" % (-6, 42), "%0*d" % (5, -3))
print("%d %s" % (True, False), "%d" % 3.99, "%s" % 5, "%5s|" % "ab", "%-5s|" % "ab", "%.1s" % "abc")
print("%(a)05d %(b)s" % {"a": 7, "b": "bee"})
print("%d%%" % 50, "%c" % 65, "%x %o %X" % (255, 8, 255))
for bad in [("%d", "x"), ("%d", None), ("%d %d", (1,)), ("%d", (1, 2)), ("%s %s", ("a",)), ("%y", 1)]:
    try:
        print(bad[0] % bad[1])
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
class I(int):
    def __str__(self):
        return "custom"
print("%d %s" % (I(5), I(6)))
class S(str):
    pass
print("%s|%5s" % (S("sub"), S("s")))
print(b"%05d|%s" % (42, b"by"))
class J:
    def __index__(self):
        return 9
class K:
    def __int__(self):
        return 8
class BadInt:
    def __int__(self):
        return "no"
print("%d %05d %x %o" % (J(), J(), J(), J()))
print("%d %i %u" % (K(), K(), K()))
for spec, v in [("%x", K()), ("%d", BadInt()), ("%d", object())]:
    try:
        print(spec % v)
    except TypeError as e:
        print("TypeError", e)
class Both:
    def __int__(self):
        return 1
    def __index__(self):
        return 2
class RaisesType:
    def __index__(self):
        raise TypeError("inner")
class RaisesValue:
    def __index__(self):
        raise ValueError("inner value")
print("%d %x" % (Both(), Both()))
for spec, v in [("%x", RaisesType()), ("%d", RaisesType()), ("%d", RaisesValue())]:
    try:
        print(spec % v)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
