import numbers
from decimal import Decimal
from fractions import Fraction

values = [1, True, 2.5, Fraction(1, 3), Decimal("1.5"), "3", None]
for v in values:
    print(type(v).__name__, [isinstance(v, t) for t in
                             (numbers.Number, numbers.Complex, numbers.Real, numbers.Rational, numbers.Integral)])
print(issubclass(int, numbers.Integral), issubclass(float, numbers.Rational), issubclass(bool, numbers.Number))

class Money:
    pass

numbers.Real.register(Money)
print(isinstance(Money(), numbers.Real), isinstance(Money(), numbers.Number), isinstance(Money(), numbers.Integral))

def describe(x):
    if isinstance(x, numbers.Integral):
        return "integral"
    if isinstance(x, numbers.Rational):
        return "rational"
    if isinstance(x, numbers.Real):
        return "real"
    if isinstance(x, numbers.Number):
        return "number"
    return "other"

print([describe(v) for v in values])
