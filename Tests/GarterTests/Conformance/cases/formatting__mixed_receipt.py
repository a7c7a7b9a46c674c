items = [("Coffee", 2, 3.45), ("Bagel", 1, 2.5), ("Orange juice (large)", 3, 4.0)]
W = 40
print("RECEIPT".center(W, "="))
sub = 0.0
for name, qty, price in items:
    line = qty * price
    sub += line
    label = name if len(name) <= 20 else name[:17] + "..."
    print(f"{label:<20}{qty:>4} x{price:>6.2f}{line:>8.2f}")
tax = round(sub * 0.0825, 2)
print("-" * W)
for label, amt in [("Subtotal", sub), ("Tax 8.25%", tax), ("TOTAL", sub + tax)]:
    print(f"{label:>30}{amt:>10.2f}")
print("=" * W)
