vals = [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 0.49999, 2.675]
for v in vals:
    print(v, round(v), round(v, 1), round(v, 2))
print(round(2.675, 2), round(1.005, 2), round(0.125, 2), round(0.375, 2))
print(round(1234.5678, -2), round(1250, -2), round(1350, -2), round(-1250, -2))
print(round(15, -1), round(25, -1), round(5, 0), round(7))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, type(round(5, -1)).__name__)
print(round(123.456, 0), round(-0.4), round(0.0))
