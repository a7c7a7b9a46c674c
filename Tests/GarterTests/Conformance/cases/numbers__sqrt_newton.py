def isqrt(n):
    if n < 2:
        return n
    x = n
    y = (x + 1) // 2
    while y < x:
        x = y
        y = (x + n // x) // 2
    return x

def fsqrt(v, iters=30):
    g = v / 2 if v > 1 else 1.0
    for _ in range(iters):
        g = (g + v / g) / 2
    return g

for n in [0, 1, 2, 15, 16, 17, 10 ** 20, 2 ** 101]:
    r = isqrt(n)
    print(n, r, r * r <= n < (r + 1) * (r + 1))
for v in [2.0, 9.0, 0.25, 1e6]:
    print(v, fsqrt(v), fsqrt(v) == v ** 0.5)
