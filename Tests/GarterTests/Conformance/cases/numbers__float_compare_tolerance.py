def close(a, b, rel=1e-9, abs_tol=0.0):
    return abs(a - b) <= max(rel * max(abs(a), abs(b)), abs_tol)

tests = [(0.1 + 0.2, 0.3), (1e10 + 1, 1e10), (1.0, 1.0000000001), (0.0, 1e-12), (100.0, 100.00001)]
for a, b in tests:
    print(a, b, a == b, close(a, b), close(a, b, abs_tol=1e-9))
print(0.1 + 0.2 - 0.3)
print(1e-16 + 1.0 == 1.0, 1e-15 + 1.0 == 1.0)
