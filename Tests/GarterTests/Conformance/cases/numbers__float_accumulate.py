vals = [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7]
running = 0.0
for v in vals:
    running += v
    print(f"{running!r:>22} {running:.3f}")
print(sum(vals), sum(vals, 10.0))
print(1.1 * 1.1, 1.1 ** 2, 2.2 * 3, 0.1 * 0.1)
print(1 - 0.9, 1.0 - 0.9 - 0.1)
print(100 * 1.1, 3 * 1.1, 0.57 * 100)
