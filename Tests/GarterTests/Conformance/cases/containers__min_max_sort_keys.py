data = [{"n": "x", "v": 3}, {"n": "y", "v": 1}, {"n": "z", "v": 2}]
print(min(data, key=lambda d: d["v"]), max(data, key=lambda d: d["v"])["n"])
print(sorted(data, key=lambda d: d["n"], reverse=True))
print([d["n"] for d in sorted(data, key=lambda d: d["v"])])
print(max([], default="empty"), min([], key=len, default=None))
print(max("hello"), min([3, 1, 2]), max(1, 2, 3), min("b", "a", "c"))
print(sorted("Hello World"), sorted([3, 1, 2], reverse=True))
pairs = [(1, "b"), (1, "a"), (0, "c")]
print(sorted(pairs), sorted(pairs, key=lambda p: p[1]))
