a = {"k": [1, 2], "n": {"x": 1}}
b = a.copy()
b["k"].append(3)
b["n2"] = 5
print(a, b)
print(a == {"n": {"x": 1}, "k": [1, 2, 3]}, a != b)
c = dict(a)
print(c == a, c is a)
print({1: 1} == {1.0: 1}, {"a": 1} == {"a": 1, "b": 2})
