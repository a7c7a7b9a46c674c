print(sum([1, 2, 3.0]), type(sum([1, 2, 3.0])).__name__, sum([0.1] * 10))
print(sum(x / 10 for x in range(11)), sum([1e100, 1.0, -1e100]))
print(sum(range(1, 101)) / 100, sum([-1, 1]) == 0)
