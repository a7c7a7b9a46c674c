import pprint

data = {"key": ["alpha", "beta", "gamma", "delta"], "n": 12345, "t": ("x", "y")}
for width in (1, 10, 20, 30, 40, 60, 80):
    print("width", width)
    pprint.pprint(data, width=width)
print(pprint.pformat(data, indent=4, width=20))
print(pprint.pformat([[1, 2, [3, 4, [5, 6, [7, 8]]]]], depth=3))
print(pprint.pformat({"a": {"b": {"c": {}}}}, depth=1))
print(pprint.pformat(list(range(25)), width=20, compact=True, indent=2))
