def grade(s):
    return "A" if s >= 90 else "B" if s >= 80 else "C" if s >= 70 else "F"
print([grade(s) for s in [95, 85, 75, 50, 90, 89.999]])
print(1 if 0 else 2 if 0 else 3)
print((1 if 0 else 2) if 1 else 3)
print(not 1 == 2, not (1 == 2), (not 1) == 2)
print(-1 if 0 else +1, [1, 2][1 if True else 0])
