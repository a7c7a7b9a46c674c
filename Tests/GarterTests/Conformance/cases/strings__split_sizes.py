# str.split / rsplit / bytes.split on inputs large enough to take the counted-capacity
# path, with maxsplit, whitespace runs (ASCII and not) and separators at the ends.

text = " ".join(f"w{i}" for i in range(3000))
for sep in [" ", None, "w", "  "]:
    for maxsplit in [-1, 0, 1, 5, 2999, 3000, 10 ** 6]:
        parts = text.split(sep, maxsplit)
        rparts = text.rsplit(sep, maxsplit)
        print(repr(sep), maxsplit, len(parts), parts[:2], parts[-2:], len(rparts), rparts[:2], rparts[-1:])

padded = "  a \t b\n\n c\x0b d\x0c e\r f " * 100 + "\x1c g\x1d h\x1e i\x1f j" * 50
print(len(padded.split()), padded.split()[:8], padded.split()[-6:])
print(len(padded.split(maxsplit=7)), padded.split(maxsplit=7)[-1][:20])
uni = "\u3000x\u2003y\u00a0z\u2028w " * 200
print(len(uni.split()), uni.split()[:6])
print(len(("é " * 500).split()), ("é " * 500).split(" ")[-3:])
spaces = " " * 1000
print(spaces.split(), len(spaces.split(" ")), spaces.split(" ", 3)[-1] == " " * 997)
ends = "," + ",".join(str(i) for i in range(1000)) + ","
print(len(ends.split(",")), ends.split(",")[:3], ends.split(",")[-3:])
b = b" ".join(b"b%d" % i for i in range(2000)) + b" \x1c z"
print(len(b.split()), b.split()[-3:], len(b.split(b" ")), b.rsplit(None, 2)[-2:])
print(len(("x" * 100000).split("y")), len(("ab" * 50000).split("b")))
