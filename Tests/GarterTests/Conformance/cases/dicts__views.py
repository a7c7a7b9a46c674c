d = {"x": 1, "y": 2, "z": 3}
k = d.keys()
v = d.values()
it = d.items()
print(k, v, it)
d["w"] = 4
print(k, len(k), "w" in k, 4 in v, ("w", 4) in it)
del d["x"]
print(list(k), list(v), list(it))
print(k & {"y", "q"} == {"y"}, sorted(k | {"a"}), sorted(k - {"y"}), sorted(k ^ {"y", "q"}))
print(sorted(it & {("y", 2), ("z", 0)}))
print(list(reversed(d.keys())), list(reversed(d.items())))
print(d.keys() == {"y", "z", "w"}, k.isdisjoint({"m"}))
