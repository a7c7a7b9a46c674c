# float ** float in a loop: the positive-base fast path and every case that
# leaves it (zero and negative bases, overflow, infinities, nan, int operands).
import math


def powers():
    out = []
    for x in (2.0, 0.5, 1e-300, 1.0, 7.25):
        for y in (-1.5, 0.0, 0.5, 2.0, 3.0, 1e10, -1e10):
            try:
                out.append(x ** y)
            except OverflowError as e:
                out.append("OverflowError: " + str(e))
    return out


for v in powers():
    print(v)

cases = [(0.0, -1.0), (0.0, 0.0), (-8.0, 1 / 3), (-2.0, 2.0), (-2.0, 3.0), (1e308, 2.0),
         (math.inf, 2.0), (math.inf, -1.0), (math.nan, 0.0), (2.0, math.nan), (1.0, math.inf),
         (2.0, 2), (2, 0.5), (10.0, -400.0)]
for x, y in cases:
    try:
        print(repr(x), repr(y), x ** y)
    except Exception as e:
        print(repr(x), repr(y), type(e).__name__, e)

acc = 1.0
for i in range(1, 50):
    acc = (acc + i) ** 0.5
print(acc)
