# Dict operations on 1M keys: building with int and str keys, updating in place,
# lookups (hits and misses), get/setdefault, iteration over items, deletion.


def main():
    n = 1_000_000
    d = {}
    for i in range(n):
        d[(i * 7919) % n] = i
    for i in range(0, n, 3):
        d[i] += 1
    hits = 0
    misses = 0
    for i in range(0, 2 * n, 2):
        if i in d:
            hits += 1
        else:
            misses += 1
    total = 0
    for k, v in d.items():
        total += k ^ v
    for i in range(0, n, 2):
        del d[i]
    print("ints:", len(d), hits, misses, total)

    s = {}
    for i in range(200_000):
        s["key" + str(i)] = i
    counts = {}
    for i in range(300_000):
        k = "key" + str((i * 31) % 250_000)
        v = s.get(k, -1)
        counts.setdefault(v % 10, 0)
        counts[v % 10] += 1
    merged = {**counts, "extra": len(s)}
    squares = {k: v * v for k, v in s.items() if v % 100 == 0}
    print("strs:", len(s), sorted(counts.items()), merged["extra"], sum(squares.values()))


main()
