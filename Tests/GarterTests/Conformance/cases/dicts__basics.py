d = {"a": 1, "b": 2}
d["c"] = 3
d["a"] = 10
print(d, len(d), d["b"], "a" in d, 1 in d, "z" not in d)
print(d.get("a"), d.get("z"), d.get("z", 0))
del d["b"]
print(d)
print(d.pop("c"), d.pop("missing", "default"), d)
d.update({"x": 5, "a": 11})
d.update(y=6)
d.update([("z", 7)])
print(d)
print(d.setdefault("a", 99), d.setdefault("new", []), d)
print(list(d), list(d.keys()), list(d.values()), list(d.items()))
print(d.popitem(), d)
d.clear()
print(d, bool(d))
