class Idx:
    def __index__(self):
        return 1


calls = [
    lambda: "abc".index(1), lambda: "abc".find(None), lambda: "abc".count(2), lambda: "abc".rfind(1), lambda: "abc".rindex(1),
    lambda: "a".partition(1), lambda: "a".rpartition(1), lambda: "a".replace(1, ""), lambda: "a".removeprefix(1),
    lambda: int.from_bytes("x", "big"), lambda: int.from_bytes(5, "big"), lambda: int.from_bytes([256], "big"),
    lambda: int.from_bytes([1, "a"], "big"), lambda: int.from_bytes(b"a", "mid"), lambda: int.from_bytes(bytearray(b"\x01\x02"), "big"),
    lambda: int.from_bytes(b"\x01"), lambda: int.from_bytes([1, 2], byteorder="little"), lambda: int.from_bytes(b"\xff", "big", signed=True),
    lambda: iter(1, 2), lambda: list(iter(iter([1, 2, 0, 3]).__next__, 0)),
    lambda: [1, 2, 3].index(2, "a"), lambda: [1, 2, 3].index(2, None), lambda: [1, 2, 3].index(2, Idx()), lambda: [1, 2, 3].index(3, -2, 10 ** 30),
    lambda: [1, 2, 3].index(1, -10 ** 30), lambda: [].sort(reverse=1, k=1), lambda: [2, 1].sort(reverse=True),
    lambda: object(1), lambda: object(a=1), lambda: type(object()).__name__,
]
for i, c in enumerate(calls):
    try:
        r = c()
        print(i, "ok", r)
    except Exception as e:
        print(i, type(e).__name__, e)
