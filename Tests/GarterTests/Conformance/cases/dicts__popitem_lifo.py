d = {c: i for i, c in enumerate("abcde")}
while d:
    k, v = d.popitem()
    print(k, v, d)
d = {"a": 1}
d.pop("a")
d["b"] = 2
d["a"] = 1
print(list(d.items()))
