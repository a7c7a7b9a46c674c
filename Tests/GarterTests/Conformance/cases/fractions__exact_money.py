from fractions import Fraction
prices = ["19.99", "5.01", "0.10", "0.20", "100"]
total = sum(Fraction(p) for p in prices)
print(total, float(total), f"{float(total):.2f}")
print(sum(float(p) for p in prices), 0.1 + 0.2, Fraction("0.1") + Fraction("0.2") == Fraction("0.3"))
split = total / 3
print(split, round(split, 2), float(round(split, 2)))
rates = [Fraction(5, 100), Fraction(7, 100)]
balance = Fraction(1000)
for r in rates:
    balance *= 1 + r
print(balance, float(balance))
