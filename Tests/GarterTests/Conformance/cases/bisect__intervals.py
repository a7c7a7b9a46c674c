from bisect import bisect_left, bisect_right, insort
rates = [(0, 0.0), (10000, 0.1), (40000, 0.2), (90000, 0.35)]
bounds = [b for b, _ in rates]
def tax(income):
    total = 0.0
    for i, (lo, r) in enumerate(rates):
        hi = rates[i + 1][0] if i + 1 < len(rates) else float("inf")
        if income > lo:
            total += (min(income, hi) - lo) * r
    return round(total, 2)
for inc in [5000, 10000, 25000, 60000, 150000]:
    print(inc, rates[bisect_right(bounds, inc) - 1][1], tax(inc))
sorted_ids = list(range(0, 100, 7))
def contains(xs, v):
    i = bisect_left(xs, v)
    return i < len(xs) and xs[i] == v
print([v for v in range(20) if contains(sorted_ids, v)])
def count_range(xs, lo, hi):
    return bisect_right(xs, hi) - bisect_left(xs, lo)
print(count_range(sorted_ids, 10, 50), count_range(sorted_ids, 100, 200))
med = []
for x in [5, 15, 1, 3, 8, 7, 9, 10]:
    insort(med, x)
    n = len(med)
    print(x, med[n // 2] if n % 2 else (med[n // 2 - 1] + med[n // 2]) / 2)
