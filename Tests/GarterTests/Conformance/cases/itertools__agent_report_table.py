from itertools import groupby, accumulate, zip_longest, chain, islice
from operator import itemgetter
txns = [("2024-01", "rent", -1200), ("2024-01", "salary", 4000), ("2024-01", "food", -320), ("2024-02", "food", -280),
        ("2024-02", "salary", 4000), ("2024-02", "rent", -1200), ("2024-02", "fun", -150), ("2024-03", "salary", 4100),
        ("2024-03", "rent", -1250), ("2024-03", "food", -300)]
months = []
for month, rows in groupby(txns, key=itemgetter(0)):
    rows = list(rows)
    months.append((month, sum(r[2] for r in rows)))
balance = list(accumulate(n for _, n in months))
header = f"{'month':<8}{'net':>8}{'balance':>10}"
print(header)
print("-" * len(header))
for (m, net), bal in zip(months, balance):
    print(f"{m:<8}{net:>8}{bal:>10}")
cats = sorted({c for _, c, _ in txns})
cols = [[f"{c}:{sum(a for _, cc, a in txns if cc == c)}" for c in cats[i::2]] for i in range(2)]
for left, right in zip_longest(*cols, fillvalue=""):
    print(f"{left:<16}{right}")
biggest = sorted(chain.from_iterable([t] for t in txns), key=lambda t: t[2])[:3]
print(list(islice((f"{m} {c} {a}" for m, c, a in biggest), 2)))
