from decimal import Decimal, ROUND_HALF_UP, ROUND_HALF_EVEN

prices = [Decimal("19.99"), Decimal("5.01"), Decimal("0.333")]
qty = [3, 7, 12]
subtotal = sum(p * q for p, q in zip(prices, qty))
print("subtotal", subtotal)
tax = (subtotal * Decimal("0.0825")).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
print("tax", tax)
total = subtotal + tax
print("total", total.quantize(Decimal("0.01")))
cents = Decimal("0.01")
for v in ["2.675", "2.665", "-2.675", "0.005", "0.015", "0.025"]:
    d = Decimal(v)
    print(v, d.quantize(cents, ROUND_HALF_UP), d.quantize(cents, ROUND_HALF_EVEN))
split = Decimal("100") / 3
print(split, split.quantize(cents), split.quantize(cents) * 3)
print(f"{total:.2f}", f"{Decimal('1234567.891'):,.2f}", f"{Decimal('-0.5'):+.1f}")
