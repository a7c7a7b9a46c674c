from functools import reduce
totals = {"a": [1, 2, 3], "b": []}
for k, v in totals.items():
    print(k, reduce(lambda x, y: x + y, v))
