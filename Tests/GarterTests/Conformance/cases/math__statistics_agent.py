import math

latencies_ms = [12.1, 15.4, 11.9, 250.0, 13.3, 14.8, 12.7, 16.2, 13.9, 11.2, 18.4, 12.0, 95.5, 13.1]

def mean(xs):
    return math.fsum(xs) / len(xs)

def stdev(xs):
    m = mean(xs)
    return math.sqrt(math.fsum((x - m) ** 2 for x in xs) / (len(xs) - 1))

def percentile(xs, p):
    s = sorted(xs)
    k = (len(s) - 1) * p / 100
    f, c = math.floor(k), math.ceil(k)
    if f == c:
        return s[int(k)]
    return s[f] * (c - k) + s[c] * (k - f)

m, sd = mean(latencies_ms), stdev(latencies_ms)
print(f"n={len(latencies_ms)} mean={m:.3f} stdev={sd:.3f}")
for p in (50, 90, 95, 99):
    print(f"p{p}: {percentile(latencies_ms, p):.2f}")
outliers = [x for x in latencies_ms if abs(x - m) > 2 * sd]
print("outliers:", outliers)
clean = [x for x in latencies_ms if x not in outliers]
print(f"clean mean={mean(clean):.4f} geo={math.exp(mean([math.log(x) for x in clean])):.4f}")
z = [(x - m) / sd for x in latencies_ms]
print([round(v, 2) for v in z])
print("log-bins:", sorted({math.floor(math.log10(x)) for x in latencies_ms}))
buckets = {}
for x in latencies_ms:
    b = 2 ** math.ceil(math.log2(x))
    buckets[b] = buckets.get(b, 0) + 1
for b in sorted(buckets):
    print(f"<= {b:>4} ms: {'#' * buckets[b]}")
print(math.isclose(mean(clean), 13.9166666, rel_tol=1e-6))
