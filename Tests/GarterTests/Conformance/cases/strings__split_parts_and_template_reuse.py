# str.split/rsplit in all shapes (one-byte and longer separators, maxsplit, whitespace,
# non-ASCII, the whole string as the only part), and % / str.format templates reused in a
# loop, including malformed ones that must fail every time.
samples = ["a,b,,c", ",", "", "abc", "a, b, c", "  lead and trail  ", "é,ü,,ß", "x" * 40 + ",y", "\u2003a\u2003b\u2003"]
for s in samples:
    print(repr(s), s.split(","), s.rsplit(","), s.split(", "), s.split(), s.rsplit())
    for n in (-1, 0, 1, 2, 10):
        print(" ", n, s.split(",", n), s.rsplit(",", n), s.split(None, n), s.rsplit(maxsplit=n))
word = "unchanged"
parts = word.split(",")
print(parts, parts[0] is word, word.split()[0] is word)
try:
    "a".split("")
except ValueError as e:
    print("ValueError", e)
try:
    "a".rsplit(1)
except TypeError as e:
    print("TypeError", e)
print("a b".split(sep=None, maxsplit=1), "a\nb\r\nc".split("\n"))
print([line.split("=") for line in "k=v\nx=1=2\n=\nnone".splitlines()])

rows = []
for i in range(12):
    rows.append("%d: %s" % (i, "x" * i))
    rows.append("{}-{:>3}".format(i, i * i))
    rows.append("%(a)s/%(b)04d" % {"a": i, "b": i})
    rows.append("{0}{0}{name}".format(i, name="n"))
    rows.append("%5.1f%%" % (i / 3))
print(rows)
for t in ["%d %d", "%", "%(x", "{", "}", "{0!z}", "{:d}"]:
    for attempt in range(3):
        try:
            print(t % (1,) if "%" in t else t.format(1.5))
        except (ValueError, TypeError, KeyError, IndexError) as e:
            print(attempt, type(e).__name__, e)
templates = ["%s" + str(i) for i in range(20)]
print([t % "v" for t in templates for _ in range(2)])
print(["{}".format(k) + "{!r}".format(k) for k in range(10)])

items = []
for k in range(9):
    items.append(k)
print(items, len(items))
pairs = dict(zip("abc", range(3)))
print(pairs, list(zip()), list(zip("ab")), list(map(str, range(3))))
a, b, c = (x * 2 for x in range(3))
print(a, b, c)
try:
    a, b = (x for x in range(3))
except ValueError as e:
    print(e)
print(type(iter({})).__name__, type(iter({}.items())).__name__, type(zip()).__name__, type(enumerate([])).__name__, type(reversed([])).__name__, type(iter("é")).__name__, type(iter("a")).__name__)
print(type(zip()) is type(zip("a")), type(iter({}.values())) is type(iter({1: 2}.values())))
