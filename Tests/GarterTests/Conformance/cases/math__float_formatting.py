import math
vals = [math.pi, math.e, 1 / 3, 2 / 3, 1e16, 1e-7, 123456789.123, math.sqrt(2) * 1e10, 0.1 + 0.2]
for v in vals:
    print(repr(v), str(v), f"{v:.3f}", f"{v:e}", f"{v:g}", round(v, 4))
print(math.floor(1e16 / 3), math.ceil(-1e-300), round(math.pi, 10), round(2.675, 2))
print(math.trunc(1e20), int(math.floor(-7.5)), math.floor(5) + 0.5)
