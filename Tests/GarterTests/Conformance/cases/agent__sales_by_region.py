sales = [
    ("2024-01", "north", "widgets", 1200.0),
    ("2024-01", "south", "widgets", 800.0),
    ("2024-01", "north", "gadgets", 450.5),
    ("2024-02", "north", "widgets", 1350.0),
    ("2024-02", "south", "gadgets", 975.25),
    ("2024-02", "east", "widgets", 300.0),
    ("2024-03", "south", "widgets", 1100.0),
    ("2024-03", "east", "gadgets", 640.0),
    ("2024-03", "north", "gadgets", 505.0),
    ("2024-03", "north", "widgets", 1425.75),
]
months = sorted({m for m, _, _, _ in sales})
regions = sorted({r for _, r, _, _ in sales})
pivot = {r: {m: 0.0 for m in months} for r in regions}
for m, r, _, amt in sales:
    pivot[r][m] += amt

header = f"{'region':<8}" + "".join(f"{m:>11}" for m in months) + f"{'total':>12}"
print(header)
print("=" * len(header))
col_totals = {m: 0.0 for m in months}
for r in regions:
    row_total = sum(pivot[r].values())
    for m in months:
        col_totals[m] += pivot[r][m]
    print(f"{r:<8}" + "".join(f"{pivot[r][m]:>11,.2f}" for m in months) + f"{row_total:>12,.2f}")
print("-" * len(header))
grand = sum(col_totals.values())
print(f"{'total':<8}" + "".join(f"{col_totals[m]:>11,.2f}" for m in months) + f"{grand:>12,.2f}")

print()
for i in range(1, len(months)):
    prev, cur = col_totals[months[i - 1]], col_totals[months[i]]
    change = (cur - prev) / prev * 100
    arrow = "up" if change > 0 else "down"
    print(f"{months[i]} vs {months[i - 1]}: {arrow} {abs(change):.1f}%")
product_totals = {}
for _, _, p, amt in sales:
    product_totals[p] = product_totals.get(p, 0) + amt
best_region = max(regions, key=lambda r: sum(pivot[r].values()))
print("best region:", best_region)
print("product share:", {p: f"{v / grand:.1%}" for p, v in sorted(product_totals.items())})
