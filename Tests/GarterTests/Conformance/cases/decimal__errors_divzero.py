from decimal import Decimal
print(Decimal(10) / 4)
print(Decimal(10) / Decimal("0.00"))
