from fractions import Fraction as F
vals = [F(1, 2), 0.3, F(1, 3), 1, F(2, 3), 0.5, F(-1, 4)]
print(sorted(vals, key=lambda v: (v, str(v))))
print(F(1, 2) == 0.5, F(1, 3) == 1 / 3, F(2, 2) == 1, F(1, 2) < 0.6, F(7, 3) > 2, F(1, 2) != F(2, 4))
print(hash(F(1, 2)) == hash(0.5), hash(F(4, 2)) == hash(2), len({F(1, 2), 0.5, F(2, 4), 1, F(1)}))
print(max(F(1, 3), F(2, 7)), min([F(5, 11), F(4, 9)]), bool(F(0, 5)), bool(F(1, 5)))
print(round(F(7, 2)), round(F(5, 2)), round(F(-5, 2)), round(F(1, 3), 4), round(F(15, 1), -1), int(F(-7, 2)), int(F(7, 2)))
