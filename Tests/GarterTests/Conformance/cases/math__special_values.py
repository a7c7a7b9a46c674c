import math
inf, nan = math.inf, math.nan
print(inf + 1, inf - inf, inf * 0, -inf < 0 < inf, nan == nan, nan != nan)
print(math.sqrt(inf), math.exp(-inf), math.atan(inf), math.tanh(-inf), math.log(inf))
print(math.copysign(1, nan), math.floor(-0.0), math.sqrt(-0.0), math.hypot(inf, nan), math.hypot(nan, 1))
print(max(1, inf), min(-inf, 5), sorted([3, inf, -inf, 0]))
print(float("inf") == math.inf, repr(-0.0), 0.0 == -0.0, math.fabs(-inf))
cases = [("sqrt", lambda: math.sqrt(-1)), ("log", lambda: math.log(0)), ("log-neg", lambda: math.log(-2)),
         ("acos", lambda: math.acos(2)), ("exp", lambda: math.exp(1000)), ("pow", lambda: math.pow(0, -1)),
         ("pow-frac", lambda: math.pow(-8, 1/3)), ("floor-inf", lambda: math.floor(inf)), ("floor-nan", lambda: math.floor(nan)),
         ("sin-inf", lambda: math.sin(inf)), ("ldexp", lambda: math.ldexp(1.0, 2000)), ("fmod", lambda: math.fmod(1, 0)),
         ("cosh", lambda: math.cosh(1000)), ("gamma0", lambda: math.gamma(0)), ("lgamma-neg", lambda: math.lgamma(-2)),
         ("log-base1", lambda: math.log(10, 1)), ("atanh1", lambda: math.atanh(1)), ("int-big", lambda: math.sqrt(10**400))]
for name, f in cases:
    try:
        print(name, f())
    except (ValueError, OverflowError, ZeroDivisionError) as e:
        print(name, type(e).__name__, e)
