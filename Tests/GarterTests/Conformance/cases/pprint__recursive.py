import pprint

a = [1, 2]
a.append(a)
print(pprint.saferepr(a).split(" with id")[0])
print(pprint.isrecursive(a), pprint.isreadable(a), pprint.isreadable([1, "x"]))
d = {"k": 1}
d["self"] = d
print(pprint.isrecursive(d))
print(pprint.saferepr({"b": [1, 2], "a": (3,)}))
print(pprint.isreadable(object()))
