from fractions import Fraction
for arg in ["1/0", "abc", "1/2/3", "", "0x10", "1.5/2"]:
    try:
        print(Fraction(arg))
    except (ValueError, ZeroDivisionError) as e:
        print(type(e).__name__ + ":", e)
for fn in [lambda: Fraction(1, 0), lambda: Fraction(1, 2) / 0, lambda: Fraction(0) ** -1, lambda: Fraction(1.5, 2),
           lambda: Fraction([1]), lambda: Fraction(1).limit_denominator(0), lambda: Fraction(float("inf"))]:
    try:
        print(fn())
    except (ValueError, ZeroDivisionError, TypeError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
