# List comprehensions and friends: filtered/nested comprehensions, zip,
# enumerate, slicing, sum/min/max, set and dict comprehensions over lists.


def main():
    n = 600_000
    xs = [(i * 2654435761) % 1000003 for i in range(n)]
    evens = [x for x in xs if x % 2 == 0]
    squares = [x * x % 9973 for x in evens]
    pairs = [(a, b) for a, b in zip(xs, xs[1:]) if a < b]
    indexed = [i * x for i, x in enumerate(xs[:100_000])]
    matrix = [[(r * 31 + c * 17) % 101 for c in range(100)] for r in range(300)]
    transposed = [[row[c] for row in matrix] for c in range(100)]
    flat = [v for row in transposed for v in row if v > 50]
    uniq = {x % 5000 for x in xs}
    buckets = {k: [] for k in range(10)}
    for x in xs[:50_000]:
        buckets[x % 10].append(x)
    total = 0
    for _ in range(8):
        total += sum([x // 3 for x in xs if x & 1])
    print(len(evens), sum(squares), len(pairs), sum(indexed) % 1000000007)
    print(sum(map(sum, transposed)), len(flat), len(uniq), [len(b) for b in buckets.values()])
    print(min(xs), max(xs), total)


main()
