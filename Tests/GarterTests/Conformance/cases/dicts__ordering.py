d = {}
for key in ["banana", "apple", "cherry"]:
    d[key] = len(key)
print(d)
d["apple"] = 0
print(d)
del d["banana"]
d["banana"] = 1
print(d)
print(list(d) == ["apple", "cherry", "banana"])
print({1: "a", 2: "b"} == {2: "b", 1: "a"})
print(dict(sorted(d.items())), dict(sorted(d.items(), key=lambda kv: kv[1])))
