# str.join over exact strs, str subclasses and bad items; whitespace splitting with
# ASCII and Unicode separators; f-strings joining many parts.
class S(str):
    pass

words = ["alpha", "", "béta", "gamma" * 5, "δ"]
print("|".join(words), ",".join(tuple(words)), "".join(words))
print("-".join([S("x"), "y", S("z")]), repr("".join([S("only")])), type("".join([S("only")])).__name__)
print(type("".join(["one"])).__name__, "ab".join(["1", "2", "3"]))
for bad in (["a", 1], ["a", None, "b"], [b"x"]):
    try:
        ",".join(bad)
    except TypeError as e:
        print(e)
print("é".join(["a", "b"]), "".join(x for x in "hello"), "+".join(map(str, range(12))))
text = " a\tb\n\x1cc\x1fd\u2003e\u00a0f\x85g  \x0bh\x0ci\r "
print(text.split(), text.split(None, 2), text.rsplit(None, 2))
print(b" a\tb\x1cc ".split(), "x\u3000y".split(), "".split(), "   ".split())
n = 7
print(f"{n}{n:03d}{'é'}{n!r:>4}{'z' * 20}{n / 2:.3f}{'!'}")
big = "|".join(str(i) for i in range(3000))
print(len(big), big[:30], big[-20:], len(big.split("|")))
