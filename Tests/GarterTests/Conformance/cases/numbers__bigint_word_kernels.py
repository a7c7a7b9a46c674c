# Big-int products with a machine-word factor and floor division / modulo / divmod of big
# ints, with signs, word boundaries, and quotient digits whose first estimate is too large.
B = 1 << 64
edges = [0, 1, 2, B - 1, B, B + 1, B * B - 1, B * B, (1 << 63), (1 << 63) - 1, 3 ** 200, 10 ** 100 + 7]
for a in edges:
    for b in [-(1 << 63), -1, 0, 1, 7, (1 << 63) - 1]:
        print(a * b, b * a, -a * b)

# Divisors of one word and more, both signs of each operand.
divisors = [1, 3, B - 1, B, B + 1, 10 ** 20, 10 ** 40 + 1, (1 << 191) - 1, 3 ** 150, B ** 3 // 2]
dividends = [0, 5, B - 1, B ** 2 + 12345, 10 ** 60, 3 ** 300 + 1, (1 << 400) - 1, 7 ** 500]
for x in dividends:
    for y in divisors:
        for sx in (1, -1):
            for sy in (1, -1):
                a, b = sx * x, sy * y
                q, r = divmod(a, b)
                assert q == a // b and r == a % b and q * b + r == a
                print(q, r)

# Quotient words whose estimate needs the add-back step (found by simulating algorithm D).
addback = [
    (0x7FFFFFFFFFFFFFFF_8000000000000000_0000000000000000_0000000000000000,
     0x8000000000000000_0000000000000000_0000000000000001),
    (B ** 4, B ** 2 + 1),
    (B ** 4, 2 * B ** 2 + 1),
    (B ** 4, (B // 2) * B ** 2 + 1),
]
for x, y in addback:
    for sx in (1, -1):
        for sy in (1, -1):
            print(divmod(sx * x, sy * y), (sx * x) // (sy * y), (sx * x) % (sy * y))

# Factorial by repeated in-place products, and its decimal digits by divmod chunks.
f = 1
for i in range(2, 300):
    f *= i
chunk = 10 ** 50
parts = []
n = f
while n:
    n, r = divmod(n, chunk)
    parts.append(r)
print(len(parts), str(parts[-1]) + "".join(str(p).zfill(50) for p in reversed(parts[:-1])) == str(f))
print(divmod(10 ** 30, True), 10 ** 30 * True, 10 ** 30 * False, type(divmod(B * B, B)[0]))
for a, b in [(10 ** 30, 0), (10 ** 30, False)]:
    for fn in (lambda: divmod(a, b), lambda: a // b, lambda: a % b):
        try:
            fn()
        except ZeroDivisionError as e:
            print("ZeroDivisionError:", e)
