from fractions import Fraction as F
a, b = F(3, 4), F(5, 6)
print(a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b), a ** 2, a ** -1, -a, abs(F(-7, 3)))
print(a + 1, 2 - a, a * 4, 3 / a, a + 0.25, 1.5 * a, F(1, 3) ** 0.5)
print(repr(F(6, -8)), F(0), F(5), F("3/7"), F("-1.25"), F("2e-3"), F(" 10 "), F(0.1), F(1.5), F(F(2, 3), F(4, 5)))
print(sum(F(1, n) for n in range(1, 8)), F(22, 7) - F(355, 113))
h = F(1)
for n in range(2, 6):
    h += F(1, n * n)
print(h, float(h), h.numerator, h.denominator, h.as_integer_ratio())
