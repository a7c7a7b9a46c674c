import decimal
from decimal import Decimal, getcontext, localcontext, Context

ctx = getcontext()
print(ctx.prec, ctx.rounding, ctx.Emax, ctx.Emin)
print(ctx)
print(Decimal(1) / 7)
ctx.prec = 6
print(Decimal(1) / 7, Decimal("123456789") + 0, Decimal("123456789"))
ctx.rounding = decimal.ROUND_DOWN
print(Decimal(2) / 3)
ctx.prec = 28
ctx.rounding = decimal.ROUND_HALF_EVEN
with localcontext() as lc:
    lc.prec = 3
    print(Decimal(1) / 3, lc.prec)
print(Decimal(1) / 3, getcontext().prec)
with localcontext(prec=5, rounding=decimal.ROUND_UP):
    print(Decimal(1) / 3)
c = Context(prec=4)
print(c.divide(Decimal(1), Decimal(3)), c.add(1, 2), c.multiply(Decimal("1.2345"), 2))
print(c.create_decimal("3.14159"), Decimal("3.14159"))
print(Decimal("1.23456789").normalize(Context(prec=3)))
