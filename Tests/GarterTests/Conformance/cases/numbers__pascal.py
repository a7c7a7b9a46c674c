rows = [[1]]
for i in range(1, 15):
    prev = rows[-1]
    rows.append([1] + [prev[j] + prev[j + 1] for j in range(len(prev) - 1)] + [1])
for r in rows[:8]:
    print(" ".join(str(v) for v in r).center(40))
print(rows[-1])
print(sum(rows[-1]), 2 ** 14)
def comb(n, k):
    r = 1
    for i in range(k):
        r = r * (n - i) // (i + 1)
    return r
print(comb(14, 7), rows[14][7], comb(100, 50))
