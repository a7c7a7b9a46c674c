vals = [1, -2.5, True, None, [1, "a"], (1,), (), {"k": "v"}, "s", 3e20, 1e-3, [], {}, ((1, 2), [3])]
for v in vals:
    print(str(v), "|", repr(v))
print(str(), repr(str()), str("x"), str(b"abc"), str(1 == 1))
