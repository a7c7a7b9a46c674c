import math
vals = [0.1] * 10
print(sum(vals), math.fsum(vals), sum(vals) == 1.0, math.fsum(vals) == 1.0)
print(math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]))
print(math.fsum([1e-16, 1, 1e16]), math.fsum([]), math.fsum(range(10)), math.fsum([0.3, 0.6, 0.1]))
print(math.fsum([float("inf"), 1.0]), math.fsum([float("-inf"), -5]))
print(math.isclose(0.1 + 0.2, 0.3), 0.1 + 0.2 == 0.3)
print(math.isclose(1.0, 1.0001), math.isclose(1.0, 1.0001, rel_tol=1e-3))
print(math.isclose(0.0, 1e-10), math.isclose(0.0, 1e-10, abs_tol=1e-9))
print(math.isclose(float("inf"), float("inf")), math.isclose(float("nan"), float("nan")), math.isclose(1e308, float("inf")))
try:
    math.isclose(1, 2, rel_tol=-1)
except ValueError as e:
    print("ValueError:", e)
try:
    math.fsum([float("inf"), float("-inf")])
except ValueError as e:
    print("ValueError:", e)
try:
    math.fsum([1e308, 1e308])
except OverflowError as e:
    print("OverflowError:", e)
