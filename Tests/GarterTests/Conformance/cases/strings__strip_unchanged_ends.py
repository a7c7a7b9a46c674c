# strip() of a string with nothing to strip returns the string itself; the end bytes decide
# for ASCII, and non-ASCII ends (which may be Unicode whitespace) take the full scan.
for s in ["", " ", "a", " a", "a ", "\ta\n", "é", " é ", "\u3000x\u3000", "x\x1c", "\x85y", "abc"]:
    print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), s.strip() is s)
class S(str): pass
print(type(S("ab").strip()).__name__, type(S(" ab").strip()).__name__)
