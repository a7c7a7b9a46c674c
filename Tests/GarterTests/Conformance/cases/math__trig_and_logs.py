import math
for x in [0, 0.5, 1, math.pi / 6, math.pi / 4, math.pi / 3, math.pi / 2, 2, 10]:
    print(f"{x:.4f}", math.sin(x), math.cos(x), math.tan(x))
print(math.asin(0.5), math.acos(0.5), math.atan(1), math.atan2(1, -1), math.atan2(-0.0, -1))
print(math.sinh(1), math.cosh(1), math.tanh(0.5), math.asinh(1), math.acosh(2), math.atanh(0.5))
print(math.log(math.e), math.log(100, 10), math.log(8, 2), math.log10(1000), math.log2(1024), math.log1p(1e-10))
print(math.log(10**100), math.log10(10**50), math.log2(2**200), math.log(2**1100, 2))
print(math.expm1(1e-10), math.exp(-745), math.exp(709))
print(math.log(0.5), math.log10(0.001), math.log(1))
