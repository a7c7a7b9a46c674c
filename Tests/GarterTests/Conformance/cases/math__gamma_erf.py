import math
for x in [0.5, 1, 1.5, 2.5, 5, 10.1, 20, 0.1, -0.5, -1.5, 30.5, 100, 171]:
    print(x, math.gamma(x), math.lgamma(x))
for x in [-3, -1, -0.5, 0, 0.1, 0.5, 1, 2, 3]:
    print(x, math.erf(x), math.erfc(x))
print(math.lgamma(1000), math.lgamma(0.001), math.gamma(1e-5))
try:
    math.gamma(200)
except OverflowError as e:
    print("OverflowError", e)
