for v in [0.9999999, 1.0000001, -0.9999999, 2.5, -2.5, 1e10, 123456789.987]:
    print(v, int(v), round(v), v // 1, v % 1 if v > 0 else "neg")
print(int(-0.0), int(1e18), int(1.5e18))
print(float("1_000.5"), float("-0"), float(".5"), float("5."), float("1E-3"))
