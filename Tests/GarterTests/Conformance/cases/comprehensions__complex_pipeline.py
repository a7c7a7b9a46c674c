raw = ["  42 ", "x", "17", "", " -5", "3.5", "100", "007"]
cleaned = [s.strip() for s in raw]
valid = [int(s) for s in cleaned if s.lstrip("-").isdigit()]
print(valid)
buckets = {k: [v for v in valid if v // 50 == k] for k in sorted({v // 50 for v in valid})}
print(buckets)
stats = {k: (len(v), sum(v), min(v), max(v)) for k, v in buckets.items()}
print(stats)
