# complex() ignores ASCII and Unicode whitespace around the number and inside its
# parentheses, reads Unicode decimal digits, and allows underscores only between digits;
# float.fromhex() ignores only ASCII whitespace.
for text in [" 1+2j\n", "\n(1+2j)\n", "( 1+2j )", "\t-3.5j\r\n", "\u3000(1+2j)\u3000", "\x0b2\x0c",
             "1_000+2_0j", "(1e3-2E-1j)", "  inf+nanj  "]:
    print(repr(text), complex(text))
for text in ["1 + 2j", "1\n+2j", "(1+2j", "", "  ", "()"]:
    try:
        complex(text)
    except ValueError as e:
        print(repr(text), "ValueError:", e)
for text in [" 0x1p3\n", "\t-0x1.8p1 ", " inf ", "\n-Infinity"]:
    print(repr(text), float.fromhex(text))
try:
    float.fromhex("0x1 p3")
except ValueError as e:
    print("ValueError:", e)
for text in ["\u20000x10\u2000", "\x1c0x10", " 0x10\x0b", "\r\n0x1p1\r\n"]:
    try:
        print(repr(text), float.fromhex(text))
    except ValueError as e:
        print(repr(text), "ValueError:", e)
for text in ["1__0j", "1_j", "_1j", "(1_0j)", "1e1_0j", "\x1c1j\x1c", "1\u3000j", "j\u2003", "\u0661+\u0662j",
             "1.", ".5j", "1e", "1e+", "infj", "-infinityj", "nan+nanj", "1+j", "-j", "+J", "(j)", "1e400+1e400j",
             "1+2", "1+2jj", "  (  3  )  ", "0x1"]:
    try:
        print(repr(text), complex(text))
    except ValueError as e:
        print(repr(text), "ValueError:", e)
