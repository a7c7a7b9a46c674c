def is_prime(n):
    return n > 1 and all(n % d for d in range(2, int(n ** 0.5) + 1))
print([n for n in range(50) if is_prime(n)])
print({n: [d for d in range(1, n + 1) if n % d == 0] for n in [12, 13, 28]})
print(list(map(lambda p: p * p, filter(is_prime, range(20)))))
print(sum(1 for n in range(1000) if is_prime(n)))
