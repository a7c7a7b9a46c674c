n = 100
composites = set()
for i in range(2, int(n ** 0.5) + 1):
    if i not in composites:
        composites.update(range(i * i, n + 1, i))
primes = sorted(set(range(2, n + 1)) - composites)
print(primes, len(primes))
goldbach = {}
for even in range(4, 41, 2):
    for p in primes:
        if even - p in set(primes):
            goldbach[even] = (p, even - p)
            break
print(goldbach)
