print(len("hello"), len([1, 2]), len((1,)), len({}), len({1, 2, 2}), len(range(10)), len(b"ab"), len(""))
for i, v in enumerate(["a", "b", "c"]):
    print(i, v)
for i, v in enumerate("xy", start=1):
    print(i, v)
for i, v in enumerate(range(3), -5):
    print(i, v)
e = enumerate(["p", "q"])
print(next(e), list(e))
print(list(enumerate({"k1": 1, "k2": 2})))
