tests = [lambda: int("3.5"), lambda: float("abc"), lambda: int(""), lambda: int("1e5"), lambda: "abc".index("d"),
         lambda: [1].index(2), lambda: int("12", 50), lambda: chr(-1), lambda: b"\xff".decode("utf-8"),
         lambda: "é".encode("ascii"), lambda: int(" 0b11 ", 0), lambda: int("0b11", 10)]
for t in tests:
    try:
        print("ok:", t())
    except ValueError as e:
        print(type(e).__name__ + ":", e)
