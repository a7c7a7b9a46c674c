from fractions import Fraction
import math
pi = Fraction(math.pi)
print(pi)
for d in [1, 7, 10, 100, 1000, 10**6]:
    approx = pi.limit_denominator(d)
    print(d, approx, float(approx))
print(Fraction("0.333333").limit_denominator(10), Fraction(1.1).limit_denominator(), Fraction(3, 8).limit_denominator(4))
print(Fraction.from_float(0.1), Fraction(0.1).limit_denominator(1000))
