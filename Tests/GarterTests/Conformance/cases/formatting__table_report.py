rows = [
    ("Alice", "Engineering", 125000.0, 0.12),
    ("Bob", "Marketing", 87500.5, 0.075),
    ("Charlotte", "Sales", 64000.0, 0.2),
    ("Dmitri", "Engineering", 142250.75, 0.15),
]
hdr = f"{'Name':<10} {'Dept':<12} {'Salary':>12} {'Bonus%':>7} {'Bonus':>10}"
print(hdr)
print("-" * len(hdr))
total = 0
for name, dept, sal, b in rows:
    bonus = sal * b
    total += bonus
    print(f"{name:<10} {dept:<12} {sal:>12,.2f} {b:>7.1%} {bonus:>10,.0f}")
print("-" * len(hdr))
print(f"{'Total bonus':<36}{total:>17,.2f}")
