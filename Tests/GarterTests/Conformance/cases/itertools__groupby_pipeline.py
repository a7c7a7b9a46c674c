from itertools import groupby
from operator import itemgetter
sales = [("2024-01", "north", 120), ("2024-01", "south", 80), ("2024-02", "north", 95),
         ("2024-02", "north", 30), ("2024-02", "south", 110), ("2024-03", "south", 60)]
for month, rows in groupby(sales, key=itemgetter(0)):
    rows = list(rows)
    print(month, len(rows), sum(r[2] for r in rows))
by_region = sorted(sales, key=itemgetter(1))
for region, rows in groupby(by_region, key=itemgetter(1)):
    print(region, [r[2] for r in rows])
print([(k, len(list(g))) for k, g in groupby("aaabccddddde")])
print([k for k, _ in groupby([1, 1, 2, 2, 1, 3, 3])])
runs = [(k, sum(1 for _ in g)) for k, g in groupby([0, 0, 1, 1, 1, 0, 1])]
print(runs, max(runs, key=lambda kv: kv[1] if kv[0] else 0))
groups = groupby("aabbcc")
first = next(groups)
second = next(groups)
print(first[0], list(first[1]), second[0], list(second[1]))
print([(k, list(g)) for k, g in groupby(range(10), key=lambda x: x // 3)])
print([(k, list(g)) for k, g in groupby([])], list(groupby("ab", key=str.upper))[1][0])
