import math
seed = 12345
def rnd():
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed / 2147483648
vals = []
for i in range(300):
    r = rnd()
    e = int(rnd() * 40) - 20
    vals.append((r - 0.5) * 10 ** e)
out = []
for x in vals:
    ax = abs(x)
    row = [math.hypot(x, x * 0.7), math.hypot(x, 1.3, -x / 3), math.sqrt(ax), math.exp(min(x, 700)), math.log(ax) if ax else 0,
           math.log2(ax) if ax else 0, math.log10(ax) if ax else 0, math.sin(x), math.cos(x), math.atan(x), math.tanh(x),
           math.erf(x), math.erfc(x), math.expm1(min(x, 700)), math.log1p(ax), math.cbrt(x), math.fsum([x, x / 3, -x, 1e-3]),
           math.floor(x) if abs(x) < 1e300 else 0, math.degrees(x), math.radians(x), math.fmod(x, 3.7), math.remainder(x, 2.5)]
    if 0 < ax < 170:
        row += [math.gamma(ax), math.lgamma(ax), math.gamma(-ax + 0.5) if (-ax + 0.5) != int(-ax + 0.5) else 0, math.lgamma(ax + 0.25)]
    out.append(" ".join(repr(v) for v in row))
for n in [2**64, 3**100, 10**30 + 7, 2**1100 + 1, 7**500, 10**400]:
    out.append(repr((math.log(n), math.log2(n), math.log10(n), math.log(n, 3))))
for a in range(1, 40):
    out.append(repr(math.dist([a, a * 1.5, 2], [a / 3, 0.1, a])))
print("\n".join(out))
