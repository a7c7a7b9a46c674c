from decimal import Decimal

print(Decimal("1.0") == Decimal("1.00"), Decimal("1.0") == 1, Decimal("0.5") == 0.5)
print(Decimal("0.1") == 0.1, Decimal("1.5") < 2, Decimal("2") > 1.5, Decimal(3) >= 3)
print(hash(Decimal("1.5")) == hash(1.5), hash(Decimal(7)) == hash(7), hash(Decimal("1.000")) == hash(1))
print(sorted([Decimal("2.5"), Decimal("-1"), Decimal("0.333"), 1, 2.0]))
print(max(Decimal("1.1"), Decimal("1.10")), min([Decimal(3), Decimal("2.9")]))
print({Decimal("1.0"): "a"}[Decimal(1)])
print(Decimal("1.1") in {Decimal("1.10")})
print(Decimal(1).compare(Decimal(2)), Decimal(2).compare(Decimal(2)), Decimal("NaN").compare(Decimal(1)))
print(Decimal("NaN") == Decimal("NaN"), Decimal("NaN") != 1)
print(bool(Decimal(0)), bool(Decimal("0.00")), bool(Decimal("0.01")))
