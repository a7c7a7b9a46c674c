import math
print(math.hypot(3, 4), math.hypot(5, 12), math.hypot(1, 1), math.hypot(), math.hypot(-7), math.hypot(1, 2, 3, 4))
print(math.hypot(1e200, 1e200), math.hypot(1e-200, 1e-200), math.hypot(0.1, 0.2, 0.3))
pts = [(0, 0), (3, 4), (6, 8), (1.5, 2.5), (-1, -1)]
for p in pts:
    for q in pts:
        if p < q:
            print(p, q, math.dist(p, q))
print(math.dist((1, 2, 3), [4, 5, 6]))
try:
    math.dist((1, 2), (1, 2, 3))
except ValueError as e:
    print(e)
