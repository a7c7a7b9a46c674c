data = [("2024-01", "north", 100), ("2024-01", "south", 80), ("2024-02", "north", 120),
        ("2024-02", "north", 5), ("2024-02", "east", 40), ("2024-01", "south", 20)]
table = {}
for month, region, amount in data:
    table.setdefault(month, {}).setdefault(region, 0)
    table[month][region] += amount
print(table)
regions = sorted({r for _, r, _ in data})
print("month    " + "".join(f"{r:>7}" for r in regions))
for m in sorted(table):
    print(f"{m:<9}" + "".join(f"{table[m].get(r, 0):>7}" for r in regions))
