from decimal import Decimal

vals = [Decimal("1234.5678"), Decimal("-0.005"), Decimal("1E+10"), Decimal("0"), Decimal("12.3")]
specs = ["", ".2f", ",.2f", "10.3f", "<10.1f", "^12", ">+9.2f", ".3e", ".4g", "%", ".1%", "08.2f"]
for v in vals:
    print([format(v, s) for s in specs])
print(f"{Decimal('3.14159'):.3}", f"{Decimal('1234'):,}", f"{Decimal('nan'):f}", f"{Decimal('-inf'):.2f}")
for spec in ["_.1f", "q", ".2z"]:
    try:
        print(format(Decimal("1234.5"), spec))
    except ValueError as e:
        print(spec, e)
