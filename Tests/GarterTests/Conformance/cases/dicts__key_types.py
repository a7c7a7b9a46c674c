d = {}
d[1] = "int"
d[1.0] = "float overwrites int"
d[True] = "bool overwrites too"
d[(1, 2)] = "tuple"
d[None] = "none"
d["1"] = "str"
d[frozenset([1, 2])] = "frozenset"
print(len(d), d[1], d[(1, 2)], d[None], d["1"], d[frozenset([2, 1])])
print(list(d.keys())[:2])
try:
    d[[1, 2]] = "list"
except TypeError as e:
    print("TypeError:", e)
try:
    d[{}] = 1
except TypeError as e:
    print("TypeError:", e)
print({0: "a", False: "b", 0.0: "c"})
