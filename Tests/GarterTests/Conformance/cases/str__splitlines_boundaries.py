# str.splitlines at every line boundary Python knows, with and without keepends, on ASCII
# and non-ASCII text; one-character and empty lines; the whole string as its only line.
samples = [
    "", "a", "abc", "\n", "\n\n", "a\nb\nc\nd", "a\r\nb\rc\n", "x\r\n\r\ny",
    "one\x0btwo\x0cthree\x1cfour\x1dfive\x1esix", "é\x85ü\u2028ñ\u2029end",
    "tail\n", "\r", "\r\n", "no break here but long enough to not be small",
    "mixed é\nascii\n", "ends\r", "a\n\nb\n\n\nc",
]
for s in samples:
    print(repr(s), s.splitlines(), s.splitlines(True), s.splitlines(keepends=True))
s = "whole line"
print(s.splitlines()[0] is s, len("\n".join(str(i) for i in range(3000)).splitlines()))
text = "line %d\n" * 5
print((text % (1, 2, 3, 4, 5)).splitlines())
for bad in [lambda: "a".splitlines(1, 2), lambda: "a".splitlines(sep="x")]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
