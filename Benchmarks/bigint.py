# Big integers: factorial(2000) by repeated multiplication, its decimal string
# (5736 digits, converted in chunks with divmod because CPython refuses str()
# above 4300 digits by default), direct str() of big values under the limit,
# big-int floor division, modulo, pow with modulus, and shifts.


def factorial(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r


def to_decimal(n, chunk=10 ** 1000):
    if n < chunk:
        return str(n)
    parts = []
    while n:
        n, r = divmod(n, chunk)
        parts.append(r)
    out = str(parts[-1])
    for p in reversed(parts[:-1]):
        out += str(p).zfill(1000)
    return out


def main():
    digits_total = 0
    for _ in range(300):
        f = factorial(2000)
        s = to_decimal(f)
        digits_total += len(s)
    print("factorial(2000) digits:", len(s), "digit sum:", sum(int(c) for c in s))
    print("head:", s[:40], "tail zeros:", len(s) - len(s.rstrip("0")))

    f1400 = factorial(1400)
    text = str(f1400)
    print("factorial(1400):", len(text), text[:20], int(text) == f1400)

    a, b = 0, 1
    for _ in range(10_000):
        a, b = b, a + b
    print("fib(10000) bits:", a.bit_length(), a % 1000000007)

    m = (1 << 521) - 1
    x = pow(3, m - 1, m)
    print("pow mod:", x, f // factorial(1990) % 1000003, (f >> 9000) & 0xFFFF)
    print("digits_total:", digits_total)


main()
