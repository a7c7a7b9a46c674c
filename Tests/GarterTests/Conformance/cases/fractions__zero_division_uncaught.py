from fractions import Fraction
shares = {"a": Fraction(1, 3), "b": Fraction(1, 6), "c": Fraction(0)}
for k, v in shares.items():
    print(k, v, 1 / v)
