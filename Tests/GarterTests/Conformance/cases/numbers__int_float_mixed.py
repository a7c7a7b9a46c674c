print(1 + 2.0, 3 * 0.5, 7 // 2.0, 7 % 2.5, 2 ** 3.0)
print(10 / 3, 10 // 3, 10.0 // 3, -10.0 // 3)
print(int(7 / 2), int(-7 / 2), 7 // 2, -7 // 2)
print(1e3 == 1000, hash(1000) == hash(1000.0), 5 == 5.0)
x = 0
for i in range(10):
    x += 0.1
print(x, round(x, 10), x == 1.0)
total = 0
for cents in [199, 250, 1099]:
    total += cents
print(total / 100, f"{total / 100:.2f}")
print(float(2 ** 60), int(float(2 ** 60)) == 2 ** 60, float(2 ** 60 + 1) == float(2 ** 60))
