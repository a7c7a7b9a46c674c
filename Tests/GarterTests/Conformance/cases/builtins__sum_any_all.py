print(sum([1, 2, 3]), sum([1, 2, 3], 10), sum([]), sum([0.5, 0.25]), sum(range(10), start=-45))
print(sum([[1], [2]], []), sum(((1,), (2,)), ()), sum([True, True, False]))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print("TypeError:", e)
print(any([]), all([]), any([0, "", None]), any([0, 1]), all([1, "x", [0]]), all([1, 0]))
print(any(x > 3 for x in [1, 5]), all(isinstance(x, int) for x in [1, 2, True]))
