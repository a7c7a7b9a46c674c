from fractions import Fraction
recipe = {"flour": "2 1/4", "sugar": "3/4", "butter": "1/2", "eggs": "2", "milk": "1 1/3"}
def parse(qty):
    total = Fraction(0)
    for part in qty.split():
        total += Fraction(part)
    return total
def fmt(q):
    whole, rem = divmod(q.numerator, q.denominator)
    if rem == 0:
        return str(whole)
    frac = Fraction(rem, q.denominator)
    return f"{whole} {frac}" if whole else str(frac)
for factor in [Fraction(1, 2), Fraction(3, 2), 3]:
    scaled = {k: fmt(parse(v) * factor) for k, v in recipe.items()}
    print(factor, scaled)
