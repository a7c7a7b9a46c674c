# Case mapping, counting, searching and splitting on ASCII and mixed text of every length
# around the eight-byte steps the runtime takes, including whitespace separators \x1c-\x1f.
import random
random.seed(5)
alphabet = "abcXYZ \u00e9\u00df\u4e2d\U0001F600\n=\t\x1c\x1f\x0b"
for n in [0, 1, 7, 8, 9, 15, 16, 17, 63, 64, 65, 255 * 8, 255 * 8 + 3, 255 * 8 * 2 + 11, 5000]:
    s = "".join(random.choice(alphabet) for _ in range(n))
    print(n, len(s), s.count("a"), s.find("\u00e9"), s.find("ab"), s.find("\U0001F600="), ascii(s.upper()[:10]), ascii(s.lower()[-10:]), len(s.upper()))
    print(s.find("=", 3), s.find("ab", 2, 100), s.index("X") if "X" in s else -1, ascii(s.replace("a", "\u00e9")[:20]), s.count("ab"))
    print(len(s.split()), [len(p) for p in s.split()][:8], len(s.split("=")), s.rfind("c"), len(s.casefold()))
    a = s.encode("ascii", "replace").decode()
    print(len(a.split()), a.upper() == a.upper().upper(), a.lower().count("x"), a.swapcase()[:12].encode())
t = "hello world " * 1000
print(len(t), t.upper()[:30], t.count("o w"), t.find("world", 500), t.replace("wor", "W").count("W"))
print("ABCdef123!@#xyz[]`{}".lower(), "ABCdef123!@#xyz[]`{}@AZaz".upper())
print("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab".find("aab"), ("a" * 10000 + "b").find("a" * 50 + "b"))
print(("ab" * 5000 + "abc").find("abc"), ("ab" * 5000).count("ba"), ("xy" * 100).replace("yx", "-")[:20])
print("a\x1cb\x1dc\x1ed\x1fe f\tg\nh\x0bi\x0cj\rk".split())
print(b"a\x1cb c\td".split(), "\x1c\x1d  x  \x1e".strip(), "x\x1fy".isspace(), "\x1f\x1c".isspace())
print("exactly15bytes!".split(), "sixteen bytes!!!".split(), "tiny a bb ccc".split(" "))
