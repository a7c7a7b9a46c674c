rows = [("b", 2, "x"), ("a", 3, "y"), ("b", 1, "z"), ("a", 3, "a"), ("é", -1, ""), ("", 0, "q"), ("b", 2, "a")]
print(sorted(rows)); print(sorted(rows, reverse=True))
print(sorted(rows, key=lambda r: (r[1], r[0])))
print(sorted(rows, key=lambda r: (r[1], r[0]), reverse=True))
print(sorted([(1, "a"), (1, 2)] if False else [(True, 1), (0, 2), (1, 0)]))
try:
    sorted([(1, "a"), ("b", 1)])
except TypeError as e:
    print(e)
print(sorted([(1, 2), (1,), (0, 5, 6), ()]))
class S(str): pass
print(sorted([(S("b"), 1), (S("a"), 2)]))
print(sorted([(2**70, "a"), (1, "b")]))
print(sorted([(1.5, 1), (1, 2), (float("nan"), 0)]))
