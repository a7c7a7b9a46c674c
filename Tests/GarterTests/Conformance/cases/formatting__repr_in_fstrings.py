vals = ["str", 1, 1.0, None, [1, "a"], {"k": (1, 2)}, ("t",), True]
for v in vals:
    print(f"{v} | {v!r} | {v!s:>12} | {str(v)!r}")
