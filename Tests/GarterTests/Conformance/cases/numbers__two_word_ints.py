# Arithmetic on ints around 64 and 128 bits (inline, two-word and longer big ints):
# + - * // % divmod >> & | ^ with every sign, shifts past the width, zero divisors.
import itertools
vals = [0, 1, -1, 2, -2, 3, 7, -7, 2**31, 2**63 - 1, 2**63, -(2**63), -(2**63) - 1, 2**64 - 1, 2**64, -(2**64), 2**64 + 1,
        2**100 + 12345, -(2**100) - 99, 2**127 - 1, -(2**127), 2**127, 2**128 - 1, -(2**128) + 1, 2**128, 2**129 + 5,
        6364136223846793005, 1442695040888963407, 12345678901234567890123, -98765432109876543210987, True, False]
out = []
for a, b in itertools.product(vals, repeat=2):
    row = [a + b, a - b, a * b, a & b if a >= 0 and b >= 0 else a & b, a | b, a ^ b]
    if b != 0:
        row += [a // b, a % b, divmod(a, b)]
    if 0 <= b <= 200:
        row.append(a >> b)
    out.append(hash(tuple(row)) & 0xFFFF)
    if len(out) % 97 == 0:
        print(a, b, row)
print(sum(out), len(out))
for s in range(0, 140, 7):
    print(s, (2**127 + 3) >> s, (-(2**127) - 3) >> s, (-(2**64)) >> s, (-(2**64) - 1) >> s)
x = 7
t = 0
for i in range(2000):
    x = (x * 6364136223846793005 + 1442695040888963407) % (1 << 64)
    t += (x >> 20) % 100000 + (x >> 33) % 8
    t ^= x % 2**64 // 3
print(x, t, type(x).__name__, (2**64) % (1 << 64), -5 % (1 << 64), -(2**65) // (1 << 64), 5 // -(1 << 64), 5 % -(1 << 64))
try:
    (2**64) // 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    (2**64) % 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    (2**64) >> -1
except ValueError as e:
    print("ValueError:", e)
print(True + 2**64, 2**64 * True, 2**64 - True, (2**64) & True, 2**70 >> 2**70, (-(2**70)) >> 2**65)
