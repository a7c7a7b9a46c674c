for v in [0.5, 1.5, 2.5, -0.5, -1.5, 0.125, 0.375, 2.675, 1.005, 10.5, 11.5]:
    print(v, round(v), round(v, 1), round(v, 2))
print(round(5), round(5, 2), round(-15, -1), round(25, -1), round(1234.5), round(1235.5))
try:
    round(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    round(float("nan"))
except ValueError as e:
    print("ValueError:", e)
