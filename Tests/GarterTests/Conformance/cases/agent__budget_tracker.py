transactions = [
    ("2024-05-01", "salary", 4200.00),
    ("2024-05-01", "rent", -1500.00),
    ("2024-05-03", "groceries", -86.40),
    ("2024-05-05", "dining", -42.15),
    ("2024-05-07", "transport", -60.00),
    ("2024-05-10", "groceries", -112.35),
    ("2024-05-12", "entertainment", -25.99),
    ("2024-05-15", "freelance", 650.00),
    ("2024-05-18", "dining", -88.00),
    ("2024-05-20", "utilities", -134.72),
    ("2024-05-24", "groceries", -73.10),
    ("2024-05-28", "dining", -64.30),
]
budgets = {"rent": 1500, "groceries": 300, "dining": 150, "transport": 100, "utilities": 150, "entertainment": 50}

income = sum(a for _, _, a in transactions if a > 0)
spent = -sum(a for _, _, a in transactions if a < 0)
by_cat = {}
for _, cat, amt in transactions:
    if amt < 0:
        by_cat[cat] = by_cat.get(cat, 0) - amt
print(f"Income: {income:>10,.2f}")
print(f"Spent:  {spent:>10,.2f}")
print(f"Saved:  {income - spent:>10,.2f} ({(income - spent) / income:.1%} of income)")
print()
print(f"{'category':<14}{'spent':>9}{'budget':>9}{'left':>9}  usage")
for cat in sorted(budgets, key=lambda c: -by_cat.get(c, 0)):
    s = by_cat.get(cat, 0)
    b = budgets[cat]
    pct = s / b
    bar = "#" * min(int(pct * 20), 20)
    flag = " OVER" if s > b else ""
    print(f"{cat:<14}{s:>9.2f}{b:>9.2f}{b - s:>9.2f}  {bar:<20} {pct:>4.0%}{flag}")
unbudgeted = sorted(set(by_cat) - set(budgets))
print("unbudgeted categories:", unbudgeted or "none")
weekly = {}
for date, _, amt in transactions:
    if amt < 0:
        week = (int(date[-2:]) - 1) // 7 + 1
        weekly[week] = weekly.get(week, 0) - amt
print("weekly spend:", {f"W{w}": round(v, 2) for w, v in sorted(weekly.items())})
biggest = min(transactions, key=lambda t: t[2])
print("largest expense:", biggest)
