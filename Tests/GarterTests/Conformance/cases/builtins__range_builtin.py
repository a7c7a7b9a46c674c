print(list(range(5)), list(range(2, 5)), list(range(0, 10, 3)), list(range(10, 0, -3)))
print(range(3), range(1, 5), range(0, 10, 2), repr(range(0)))
try:
    range(0, 10, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    range(1.5)
except TypeError as e:
    print("TypeError:", e)
print(len(range(-5, 5, 3)), list(range(-5, 5, 3)), range(10)[-1], range(10)[::-1][0])
