tri = [n * (n + 1) // 2 for n in range(1, 21)]
print(tri)
squares = {n * n for n in range(1, 50)}
both = [t for t in tri if t in squares]
print("triangular squares:", both)
def divisors_count(n):
    c = 0
    i = 1
    while i * i <= n:
        if n % i == 0:
            c += 1 if i * i == n else 2
        i += 1
    return c
n = 1
while True:
    t = n * (n + 1) // 2
    if divisors_count(t) > 50:
        print("first triangle with >50 divisors:", t, divisors_count(t))
        break
    n += 1
