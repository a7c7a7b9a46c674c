from itertools import islice, groupby, chain, count, accumulate
def batched(iterable, n):
    it = iter(iterable)
    while True:
        batch = tuple(islice(it, n))
        if not batch:
            return
        yield batch
records = [{"id": i, "kind": "ab"[i % 2], "size": (i * 37) % 100} for i in range(1, 12)]
for b in batched(records, 4):
    print([r["id"] for r in b], sum(r["size"] for r in b))
print(list(batched("abcdefg", 3)))
ordered = sorted(records, key=lambda r: r["kind"])
summary = {k: [r["id"] for r in g] for k, g in groupby(ordered, key=lambda r: r["kind"])}
print(summary)
ids = count(1000)
tickets = [(next(ids), r["id"]) for r in records[:3]]
print(tickets)
sizes = [r["size"] for r in records]
running = list(accumulate(sizes))
over = next(i for i, total in enumerate(running) if total > 250)
print(running, "crosses 250 at index", over)
windows = list(zip(*(islice(sizes, i, None) for i in range(3))))
print([round(sum(w) / 3, 1) for w in windows])
flat = list(chain.from_iterable([r["id"]] * (r["size"] // 40) for r in records))
print(flat)
