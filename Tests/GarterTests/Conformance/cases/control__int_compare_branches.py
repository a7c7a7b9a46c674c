# Integer comparisons feeding a branch (`if`, `while`, `and`/`or`, `not`, chains,
# conditional expressions, comprehension filters) and comparisons kept as values.
def classify(n):
    if n < 0:
        return "neg"
    if not n != 0:
        return "zero"
    if 0 < n <= 10:
        return "small"
    return "big" if n >= 1000 else "mid"


print([classify(n) for n in (-5, 0, 1, 10, 11, 999, 1000, 10**20, -10**20)])
i, total = 0, 0
while i < 10:
    if i % 2 == 0 and i > 2 or i == 1:
        total += i
    i += 1
print(i, total)
flags = [a < b for a, b in [(1, 2), (2, 1), (3, 3)]]
print(flags, [x for x in range(20) if x > 15 or x <= 1], [a == b for a, b in zip(range(3), [0, 5, 2])])
x = 5 > 3
y = (2 >= 7) is False
print(x, y, type(x).__name__, 1 < 2 < 3, 3 > 2 > 2, -1 != -1, True < 2, 2.5 > 2, 3 == 3.0)
n, steps = 27, 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
print(steps)
for a, b in [(1, 2), (2**63, 2**63 - 1), (-(2**63), 2**63), (True, 1), (0, False)]:
    print(a < b, a <= b, a > b, a >= b, a == b, a != b, "lt" if a < b else "ge", "ne" if not a == b else "eq")
count = 0
for k in range(-3, 4):
    while k < 2:
        k += 1
        count += 1
    if k > 2:
        continue
    count += 100
print(count)
odd = [x for x in range(-5, 6) if x & 1]
n, seen = 5, []
while n:
    seen.append(n)
    n -= 1
flags = ["t" if v else "f" for v in (0, 1, -1, 2**70, -(2**70), 0 * 2**70, True, False, 0.0, None)]
print(odd, seen, flags, [k for k in (3, 0, -2) if not k], 0 or 7, 5 and 0)
