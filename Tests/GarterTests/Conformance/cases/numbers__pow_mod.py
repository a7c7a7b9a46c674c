print(pow(2, 10), pow(2, 10, 1000), pow(3, 200, 1000000007))
print(pow(2, -1), pow(2.0, 3), pow(-2, 3), pow(-2, 2))
print(pow(7, 0, 13), pow(0, 0), pow(5, 3, 7), pow(-5, 3, 7))
print(pow(10, 100, 97), pow(123456789, 987654321, 1000000009))
def modpow(b, e, m):
    r = 1
    b %= m
    while e > 0:
        if e & 1:
            r = r * b % m
        b = b * b % m
        e >>= 1
    return r
print(modpow(3, 200, 1000000007) == pow(3, 200, 1000000007))
print(pow(3, -1, 7), pow(38, -1, 97))
