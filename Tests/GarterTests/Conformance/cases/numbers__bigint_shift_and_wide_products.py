# Right shifts of big ints (floor semantics for negatives, bits lost below the shift),
# Int x Int products that overflow into two words, and literal comparisons of big ints.
import random
r = random.Random(5)
out = []
vals = [0, 1, -1, 2**63, -2**63, 2**64-1, -(2**64), 2**64, 2**127 + 12345, -(2**127) - 99, 2**200 + 3, -(2**200) + 7, 6364136223846793005 * 1442695040888963407]
for _ in range(300):
    vals.append(r.randrange(-2**190, 2**190))
shifts = [0, 1, 5, 20, 33, 63, 64, 65, 127, 128, 129, 200, 250, 1000]
acc = 0
for v in vals:
    for s in shifts:
        acc = (acc * 1000003 + (v >> s)) % (2**61 - 1)
    acc = (acc + v * 6364136223846793005 + (v * -3) + (v < 0) + (v == 0)) % (2**61 - 1)
    if v:
        acc = (acc + (12345678901234567890123 // v) + (12345678901234567890123 % v)) % (2**61 - 1)
for a in [2**62, -2**62, 3037000500, -3037000500, 2**63 - 1, -2**63, 9223372036854775807]:
    for b in [2, -2, 3037000500, -3037000500, 2**63-1, -2**63, 4]:
        acc = (acc * 31 + a * b) % (2**61 - 1)
        print(a * b, end=" ")
print()
print(acc)
print(-1 >> 100, -(2**70) >> 70, -(2**70) >> 69, -(2**70) - 1 >> 70, (2**70) >> 6)
