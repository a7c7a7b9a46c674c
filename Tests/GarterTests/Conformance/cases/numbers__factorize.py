def factorize(n):
    out = []
    d = 2
    while d * d <= n:
        while n % d == 0:
            out.append(d)
            n //= d
        d += 1
    if n > 1:
        out.append(n)
    return out

for n in [2, 12, 97, 360, 1001, 65536, 999999, 600851475143]:
    fs = factorize(n)
    prod = 1
    for f in fs:
        prod *= f
    counts = {}
    for f in fs:
        counts[f] = counts.get(f, 0) + 1
    text = " * ".join(f"{p}^{e}" if e > 1 else str(p) for p, e in counts.items())
    print(f"{n} = {text}  ok={prod == n}")
