vals = [1, 1.0, -0.0, "s", "it's", 'q"', b"b", None, True, [1, "a"], (1,), {"k": [None]}, range(3), 1e100, 0.1, float("inf")]
for v in vals:
    print(repr(v))
print(repr(repr("x")), repr(str(5)), repr([1, [2, [3]]]))
