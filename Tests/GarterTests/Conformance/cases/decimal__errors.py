import decimal
from decimal import Decimal

def attempt(f):
    try:
        print(repr(f()))
    except (ArithmeticError, TypeError, ValueError) as e:
        print(type(e).__name__, e)

attempt(lambda: Decimal("abc"))
attempt(lambda: Decimal(None))
attempt(lambda: Decimal([1, 2]))
attempt(lambda: Decimal(1) / 0)
attempt(lambda: Decimal(0) / 0)
attempt(lambda: Decimal(1) // 0)
attempt(lambda: Decimal(1) % 0)
attempt(lambda: Decimal("1.2345").quantize(Decimal("1e-30")))
attempt(lambda: Decimal(-2).sqrt())
attempt(lambda: Decimal("1e999999") * 10)
attempt(lambda: Decimal("nan") < 1)
attempt(lambda: round(Decimal("nan")))
attempt(lambda: int(Decimal("inf")))
attempt(lambda: Decimal((2, (1,), 0)))
attempt(lambda: Decimal((0, (1, 20), -1)))
attempt(lambda: decimal.Context(prec=0))
attempt(lambda: decimal.Context(prec="a"))
attempt(lambda: Decimal(1).quantize("a"))
attempt(lambda: Decimal.from_float("x"))
attempt(lambda: format(Decimal(1), "q"))
attempt(lambda: hash(Decimal("snan")))
print(issubclass(decimal.DivisionByZero, ZeroDivisionError), issubclass(decimal.InvalidOperation, ArithmeticError))
try:
    Decimal(5) / 0
except ZeroDivisionError as e:
    print("caught as ZeroDivisionError:", type(e).__name__)
