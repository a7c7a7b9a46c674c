from itertools import accumulate, pairwise, starmap, compress, filterfalse
import operator
balances = list(accumulate([100, -20, 35, -50, 10]))
print(balances, list(accumulate([3, 1, 4, 1, 5, 9, 2, 6], max)), list(accumulate([1, 2, 3, 4], operator.mul)))
print(list(accumulate([1, 2, 3], initial=100)), list(accumulate([], initial=0)), list(accumulate([])))
print(list(accumulate(["a", "b", "c"])), list(accumulate([1.5, 2.25], lambda a, b: a * 2 + b)))
prices = [10.0, 10.5, 10.2, 11.0, 10.8, 12.1]
changes = [round((b - a) / a * 100, 2) for a, b in pairwise(prices)]
print(changes, list(pairwise("abcd")), list(pairwise([1])))
print(list(starmap(pow, [(2, 5), (3, 2), (10, 3)])), list(starmap(lambda a, b: f"{a}={b}", {"x": 1, "y": 2}.items())))
print(list(compress("ABCDEF", [1, 0, 1, 0, 1, 1])), list(compress(range(10), [x % 3 == 0 for x in range(10)])))
print(list(filterfalse(lambda x: x % 2, range(10))), list(filterfalse(None, [0, 1, "", "a", None, []])))
