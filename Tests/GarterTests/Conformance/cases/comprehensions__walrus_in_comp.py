data = [3, 8, 1, 12, 7, 20]
print([y for x in data if (y := x * 3) > 10])
print(y)
vals = [(s, s * s) for x in range(5) if (s := x + 1) % 2]
print(vals)
total = 0
running = [(total := total + v) for v in [1, 2, 3, 4]]
print(running, total)
