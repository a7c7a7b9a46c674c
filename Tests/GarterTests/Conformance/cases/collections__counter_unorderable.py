from collections import Counter
c = Counter({"a": 1, "b": "x"})
print(repr(c))
c2 = Counter({"a": [1], "b": [2]})
print(c2)
print(Counter({(1, 2): 3, (0, 1): 3, (2, 2): 1}))
mixed = Counter([1, "1", 1.0, True, None, (1,)])
print(mixed, len(mixed))
print(Counter("aaa") + Counter(), Counter(x=0) + Counter(), Counter(x=-1) - Counter(x=-3))
