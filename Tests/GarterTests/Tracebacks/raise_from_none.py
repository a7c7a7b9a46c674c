try:
    int("x")
except ValueError:
    raise RuntimeError("bad") from None
