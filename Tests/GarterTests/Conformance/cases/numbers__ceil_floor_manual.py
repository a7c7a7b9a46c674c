def ceil_div(a, b):
    return -(-a // b)
for a, b in [(7, 2), (8, 2), (-7, 2), (0, 3), (1, 1000)]:
    print(a, b, a // b, ceil_div(a, b))
for v in [2.3, -2.3, 2.0, -0.5, 1e15 + 0.5]:
    fl = int(v // 1)
    ce = -int(-v // 1)
    print(v, fl, ce)
pages = [ceil_div(n, 10) for n in [0, 1, 9, 10, 11, 99, 100, 101]]
print(pages)
