import math
class Meters:
    def __init__(self, v):
        self.v = v
    def __float__(self):
        return float(self.v)
class Idx:
    def __index__(self):
        return 7
print(math.sqrt(Meters(9)), math.floor(Meters(2.5)), math.factorial(Idx()), math.sqrt(True), math.comb(Idx(), 2))
for bad in [lambda: math.sqrt("4"), lambda: math.floor("x"), lambda: math.log(None), lambda: math.isqrt(4.0),
            lambda: math.sqrt(), lambda: math.pow(2), lambda: math.hypot("a"), lambda: math.gcd("a")]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
