import decimal
from decimal import Decimal, localcontext, Inexact, Rounded, DivisionByZero

with localcontext() as ctx:
    ctx.clear_flags()
    Decimal(1) / 3
    print(ctx.flags[Inexact], ctx.flags[Rounded], ctx.flags[DivisionByZero])
    ctx.traps[DivisionByZero] = False
    print(Decimal(1) / 0, Decimal(-1) / 0)
    print(ctx.flags[DivisionByZero])
    ctx.traps[Inexact] = True
    try:
        Decimal(1) / 3
    except Inexact as e:
        print("Inexact trapped", e)
    print(Decimal(1) / 4)
with localcontext() as ctx:
    ctx.traps[decimal.InvalidOperation] = False
    print(Decimal(0) / 0, Decimal("abc"), Decimal(-1).sqrt())
print(Decimal(1) / 8)
