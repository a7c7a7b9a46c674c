from decimal import Decimal, ROUND_HALF_UP

TWO = Decimal("0.01")
lines = [
    {"sku": "A-100", "qty": 3, "unit": "19.99", "discount": "0.10"},
    {"sku": "B-220", "qty": 1, "unit": "249.00", "discount": "0"},
    {"sku": "C-003", "qty": 12, "unit": "0.35", "discount": "0.05"},
]
total = Decimal("0")
for line in lines:
    gross = Decimal(line["unit"]) * line["qty"]
    net = (gross * (1 - Decimal(line["discount"]))).quantize(TWO, rounding=ROUND_HALF_UP)
    total += net
    print(f"{line['sku']:<6} {line['qty']:>3} x {line['unit']:>7} = {net:>9}")
vat = (total * Decimal("0.2")).quantize(TWO, rounding=ROUND_HALF_UP)
print(f"{'net':<20}{total:>10}")
print(f"{'vat':<20}{vat:>10}")
print(f"{'due':<20}{total + vat:>10}")
per_month = ((total + vat) / 12).quantize(TWO)
print("monthly", per_month, "remainder", (total + vat) - per_month * 12)
