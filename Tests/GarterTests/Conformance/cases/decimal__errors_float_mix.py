from decimal import Decimal
print(Decimal("1.5") + 1)
print(Decimal("1.5") + 1.5)
