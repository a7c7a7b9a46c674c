for ch in "ab":
    print("str", ch)
for k in {"x": 1, "y": 2}:
    print("dict key", k)
for k, v in {"x": 1}.items():
    print("item", k, v)
for t in (1, 2):
    print("tuple", t)
for n in range(3, 0, -1):
    print("range", n)
for b in b"AB":
    print("bytes", b)
for i, (a, b) in enumerate(zip("xy", [10, 20])):
    print("zip", i, a, b)
for x in reversed([1, 2, 3]):
    print("rev", x)
for x in sorted({3: "c", 1: "a"}):
    print("sorted", x)
