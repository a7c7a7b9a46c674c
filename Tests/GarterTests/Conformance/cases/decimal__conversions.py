from decimal import Decimal
import math

d = Decimal("-12.75")
print(int(d), float(d), round(d), round(d, 1), round(Decimal("2.5")), round(Decimal("3.5")))
print(math.floor(d), math.ceil(d), math.trunc(d))
print(Decimal("1.5").as_tuple(), Decimal("-0.00").as_tuple())
print(Decimal("0.75").as_integer_ratio(), Decimal(5).as_integer_ratio())
print(Decimal((0, (3, 1, 4), -2)), Decimal((1, [1, 0], 3)), Decimal((0, (), "F")))
print(Decimal.from_float(0.25), Decimal.from_float(1.1))
print(Decimal("123.456").adjusted(), Decimal("0.001").adjusted())
print(Decimal("1E+2").to_eng_string(), Decimal("12345E-10").to_eng_string())
print(Decimal("100").normalize(), Decimal("1.2300").normalize(), Decimal("0.000").normalize())
print(Decimal("-1.5").copy_abs(), Decimal("1.5").copy_negate(), Decimal("1.5").copy_sign(Decimal(-1)))
print(Decimal("3.7").is_signed(), Decimal("-0").is_signed(), Decimal("0").is_zero(), Decimal("inf").is_infinite())
print(Decimal("nan").is_nan(), Decimal("5").is_finite(), Decimal(2).sqrt(), Decimal("0.0144").sqrt())
print(str(Decimal("1E-7")), str(Decimal("0.000001")), str(Decimal("1E+5")), str(Decimal("123E-2")))
print(Decimal(2).exp(), Decimal(10).ln(), Decimal(1000).log10())
