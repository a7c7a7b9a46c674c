def naturals(start=1):
    n = start
    while True:
        yield n
        n += 1
def take(n, it):
    out = []
    for x in it:
        if len(out) >= n:
            break
        out.append(x)
    return out
def primes():
    found = []
    for n in naturals(2):
        if all(n % p for p in found if p * p <= n):
            found.append(n)
            yield n
print(take(10, naturals()))
print(take(15, primes()))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
print(take(20, fib()))
print(next(x for x in fib() if x > 1000))
