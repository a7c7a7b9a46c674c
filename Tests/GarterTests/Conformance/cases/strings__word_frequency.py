text = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness"""
counts = {}
for raw in text.split():
    w = raw.strip(",.").lower()
    counts[w] = counts.get(w, 0) + 1
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
for w, c in top[:8]:
    print(f"{w:<12}{c:>3} {'#' * c}")
print(len(counts), sum(counts.values()))
print([w for w, c in counts.items() if c == 1])
