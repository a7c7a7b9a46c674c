# `+` and `+=` type errors: str, tuple and bytes word both alike; `list += x` extends.
for a, b in [("x", 1), ([1], 2), ((1,), 3), ("x", None), ([], "s"), (b"x", 1), (b"x", "s"), ((), [])]:
    try:
        a += b
        print("ok", a)
    except TypeError as e:
        print(e)
    try:
        a + b
    except TypeError as e:
        print(e)
