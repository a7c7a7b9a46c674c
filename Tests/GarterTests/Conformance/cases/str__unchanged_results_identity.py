# str methods that change nothing return the string itself (as CPython does for exact
# str), and the same calls that do change it return equal new strings.
s = "hello world"
print(s.strip() is s, s.lstrip() is s, s.rstrip() is s, s.replace("x", "y") is s)
print(s.removeprefix("q") is s, s.removesuffix("q") is s, s.removeprefix("he"), s.removesuffix("ld"))
print(s.ljust(3) is s, s.rjust(11) is s, s.center(5) is s, s.zfill(2) is s, s.expandtabs() is s)
print(repr(s.ljust(13, "*")), repr(s.rjust(12)), repr(s.center(15, "-")), repr("42".zfill(5)), repr("-7".zfill(4)))
print(repr("a\tb".expandtabs(4)), repr("a\tb".expandtabs()), repr("x".expandtabs(-3)))
u = "héllo"
print(u.ljust(5) is u, u.center(6), u.zfill(4) is u, u.removeprefix("hé"), u.strip() is u)
print(repr("  padded\t".strip()), repr("\u3000wide\u3000".strip()), repr("".strip()))
e = ""
print(e.strip() is e, e.ljust(0) is e)
class S(str):
    pass
t = S("abc")
for r in [t.ljust(1), t.zfill(2), t.removeprefix("z"), t.expandtabs(), t.strip(), t.center(2)]:
    print(type(r).__name__, r, r == t)
for bad in [lambda: s.ljust("3"), lambda: s.center(3, "ab"), lambda: s.zfill(None), lambda: s.expandtabs("2"), lambda: s.removeprefix(3)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
