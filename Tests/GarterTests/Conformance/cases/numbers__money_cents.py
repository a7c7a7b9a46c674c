prices = {"apple": 0.5, "banana": 0.25, "cherry": 3.1, "durian": 12.99}
qty = {"apple": 7, "banana": 12, "cherry": 3, "durian": 1}
total_cents = 0
for item in sorted(prices):
    cents = round(prices[item] * 100) * qty[item]
    total_cents += cents
    print(f"{item:<8} {qty[item]:>3} x {prices[item]:>6.2f} = {cents / 100:>8.2f}")
print(f"{'TOTAL':<8} {total_cents / 100:>27.2f}")
tax = total_cents * 8 // 100
print("tax cents", tax, "grand", (total_cents + tax) / 100)
split = divmod(total_cents + tax, 3)
print("split three ways:", split, [split[0] + (1 if i < split[1] else 0) for i in range(3)])
