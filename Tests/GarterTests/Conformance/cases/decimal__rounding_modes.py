from decimal import (Decimal, ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR,
                     ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_05UP)

modes = [ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP, ROUND_HALF_DOWN,
         ROUND_HALF_EVEN, ROUND_05UP]
values = ["1.25", "1.35", "-1.25", "-1.35", "1.251", "1.249", "0.05", "-0.051", "1.0"]
print(modes)
for v in values:
    d = Decimal(v)
    print(v.rjust(6), [str(d.quantize(Decimal("0.1"), rounding=m)) for m in modes])
for m in modes:
    print(m, Decimal("2.5").to_integral_value(rounding=m), Decimal("-2.5").to_integral_value(rounding=m))
