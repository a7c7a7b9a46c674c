# Big-int word kernels: products with a machine word, Knuth long division (quotient digit
# estimates that need the add-back step), divmod signs, and values at the word boundaries.
import sys
M = sys.maxsize
vals = [0, 1, -1, 2, M, -M, -M - 1, M + 1, 2**64 - 1, 2**64, -2**64, 2**127, 2**128 - 1,
        3**80, -(3**80), 10**40 + 7, -(10**60) - 1, 2**192 - 2**64, (2**64 - 1) * 2**128]
for a in vals:
    for b in vals:
        p = a * b
        if b:
            q, r = divmod(a, b)
            assert q * b + r == a and (r == 0 or (r < 0) == (b < 0)) and abs(r) < abs(b), (a, b)
            assert a // b == q and a % b == r
        print(p.bit_length(), end=' ')
print()
# Add-back cases of algorithm D (the first quotient digit estimate is one too large).
for u, v in ((2**192, 2**128 + 1), (2**192, 2**129 + 1), ((2**64 - 1) * 2**192, (2**64 - 1) * 2**128 + 1),
             ((2**64 - 2) * 2**192, (2**64 - 2) * 2**128 + 1)):
    for a, b in ((u, v), (-u, v), (u, -v), (-u, -v), (u + 12345, v), (u - 1, v)):
        q, r = divmod(a, b)
        assert q * b + r == a and abs(r) < abs(b)
        print(q, r)
print(divmod(2**256, 2**128 + 1), (2**256 - 1) // (2**64 + 3), -(2**200) % 7)
x = 1
for i in range(1, 60):
    x *= i
    x *= -M - 1
    x = x // (i + 1) if i % 3 else x % (10**30 + i)
print(x, divmod(x, -7), x * True, x * False, -x * 0)
f = 1
for i in range(2, 400):
    f *= i
while f:
    f, r = divmod(f, 10**18 + 9)
print(f, r)
print(pow(3, 10**5, 10**40 + 1), int('9' * 200) // int('7' * 80), int('-' + '1' * 150) % int('3' * 40))
print((10**100) * (1 << 63), (1 << 63) * -(10**50), (-1 << 63) * (10**30))
try:
    print(10**400 // 0)
except ZeroDivisionError as e:
    print('zde', e)
try:
    print(divmod(10**400, 0))
except ZeroDivisionError as e:
    print('zde', e)
