for v in [0, 1, -1, -2, 42, 2 ** 61 - 1, 2 ** 61, 2 ** 100, True, False, 1.0, 2.5, -0.0]:
    print(repr(v), hash(v))
print(hash(10) == hash(10.0), hash((1, 2)) == hash((1, 2)))
