print(str(12), str(1.5), str(None), str([1, "2"]), str(b"x"), str(True), str())
print(float("1.5"), float(" 2 "), float("-inf"), float("1e-3"), float(7), float(True), float())
print(bool(), bool(0), bool("a"), bool([0]), bool(0.0), bool(-0.0), bool(None))
print(list("abc"), tuple([1, 2]), set("aab") == {"a", "b"}, dict(a=1), frozenset() == set())
try:
    float("1,5")
except ValueError as e:
    print("ValueError:", e)
