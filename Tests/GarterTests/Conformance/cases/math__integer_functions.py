import math
print([math.factorial(n) for n in range(8)], math.factorial(30))
print(math.comb(10, 3), math.comb(52, 5), math.comb(5, 7), math.comb(100, 50))
print(math.perm(5), math.perm(5, 2), math.perm(10, 0), math.perm(3, 5))
print(math.gcd(48, 18), math.gcd(0, 5), math.gcd(-12, 18), math.gcd(), math.gcd(12, 18, 24), math.gcd(2**80, 2**70 * 3))
print(math.lcm(4, 6), math.lcm(3, 5, 7), math.lcm(), math.lcm(0, 5), math.lcm(-4, 6))
print(math.isqrt(0), math.isqrt(15), math.isqrt(16), math.isqrt(10**40 + 1), math.isqrt(2**127))
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod([0.5, 4]), math.prod(range(1, 21)), math.prod([2, 3], start=10))
for bad in [lambda: math.factorial(-1), lambda: math.factorial(2.5), lambda: math.comb(-1, 2),
            lambda: math.isqrt(-4), lambda: math.perm(3, -1), lambda: math.gcd(1.5, 2)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
