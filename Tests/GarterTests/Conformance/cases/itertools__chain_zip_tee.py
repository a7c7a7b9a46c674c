from itertools import chain, zip_longest, tee, cycle, islice
lists = [[1, 2], [], (3,), range(4, 6), "ab"]
print(list(chain(*lists)), list(chain.from_iterable(lists)), list(chain()), list(chain.from_iterable(["xy", "z"])))
print(list(zip_longest("abc", [1, 2], [True])), list(zip_longest("ab", "cd", fillvalue="-")), list(zip_longest()))
a, b, c = tee((x * x for x in range(5)), 3)
print(list(a), next(b), next(b), list(c), list(b))
x, y = tee(iter([1, 2, 3]), 2)
print(list(zip(x, islice(y, 1, None))), tee([1], 0))
rows = [["name", "qty"], ["apple", 3], ["kiwi"]]
for r in zip_longest(*rows, fillvalue=""):
    print(r)
colors = cycle(["red", "green", "blue"])
print([f"{i}:{next(colors)}" for i in range(7)])
print(type(chain()).__name__, type(chain.from_iterable([])).__name__, iter(chain()) is not None)
