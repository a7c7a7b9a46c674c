data = [23, 45, 12, 67, 34, 89, 21, 56, 78, 43, 39, 61, 15, 92, 50, 47, 33, 70, 28, 55, 64, 5, 99, 41]
lo, hi = 0, 100
nbins = 5
width = (hi - lo) // nbins
bins = [0] * nbins
for v in data:
    idx = min((v - lo) // width, nbins - 1)
    bins[idx] += 1
peak = max(bins)
print("Horizontal:")
for i, c in enumerate(bins):
    label = f"{lo + i * width:>3}-{lo + (i + 1) * width - 1:<3}"
    print(f"{label} | {'#' * c}{' ' * (peak - c)} | {c}")
print("\nVertical:")
for level in range(peak, 0, -1):
    print(f"{level:>2} " + " ".join(" # " if c >= level else "   " for c in bins))
print("   " + " ".join(f"{lo + i * width:^3}" for i in range(nbins)))
n = len(data)
s = sorted(data)
mean = sum(data) / n
median = (s[n // 2 - 1] + s[n // 2]) / 2
q1 = s[n // 4]
q3 = s[3 * n // 4]
print(f"\nn={n} mean={mean:.2f} median={median} q1={q1} q3={q3} iqr={q3 - q1}")
outliers = [v for v in data if v < q1 - 1.5 * (q3 - q1) or v > q3 + 1.5 * (q3 - q1)]
print("outliers:", outliers)
scale = 40 / max(data)
print("sparkline:", "".join(" ▁▂▃▄▅▆▇█"[min(8, v * 9 // 100)] for v in data))
