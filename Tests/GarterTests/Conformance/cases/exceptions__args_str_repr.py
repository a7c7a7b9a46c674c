cases = [
    Exception(),
    Exception("msg"),
    Exception("a", 2, None),
    ValueError(42),
    KeyError("k"),
    KeyError("k", "j"),
    IndexError(),
    RuntimeError(""),
    ZeroDivisionError("custom"),
    StopIteration(5),
    OSError("disk"),
]
for e in cases:
    print(f"{type(e).__name__:<18} args={e.args!r:<20} str={str(e)!r:<16} repr={e!r}")
