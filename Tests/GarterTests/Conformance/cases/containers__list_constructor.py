print(list(), list("abc"), list((1, 2)), list(range(3)), list({"a": 1, "b": 2}))
print(list(x for x in range(4)), list(map(str, [1, 2])), list(zip("ab", [1, 2])))
print(list({"k": "v"}.items()), list({"k": "v"}.values()), list(reversed([1, 2, 3])))
print(tuple(list("xy")), list(tuple()), list(enumerate("ab")))
