data = [5, 2, 9, 1, 5, 6]
print(sorted(data), sorted(data, reverse=True), data)
print(sorted("banana"), sorted({"b": 1, "a": 2}), sorted((3, 1, 2)))
print(sorted(["bb", "a", "ccc"], key=len), sorted(["b", "A", "c"], key=str.lower))
print(list(reversed(data)), list(reversed("abc")), list(reversed(range(4))))
try:
    reversed({1: 2, 3: 4})
    print("dict reversible")
except TypeError as e:
    print("TypeError:", e)
try:
    reversed({1, 2})
except TypeError as e:
    print("TypeError:", e)
print(sorted([]), sorted([], reverse=True), sorted([3, 1, 2], key=lambda x: -x))
