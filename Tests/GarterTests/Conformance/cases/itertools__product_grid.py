from itertools import product, combinations, permutations
params = {"lr": [0.1, 0.01], "depth": [2, 4, 8], "loss": ["mse", "mae"]}
keys = list(params)
runs = [dict(zip(keys, vals)) for vals in product(*params.values())]
print(len(runs), runs[0], runs[-1])
def score(r):
    return round((1 / r["lr"]) * 0.01 + r["depth"] * (1.5 if r["loss"] == "mse" else 1.2), 3)
best = sorted(runs, key=score, reverse=True)[:3]
for r in best:
    print(score(r), r)
teams = ["ann", "bob", "cy", "di"]
matches = list(combinations(teams, 2))
print(len(matches), matches)
schedule = {t: [m for m in matches if t in m] for t in teams}
print(schedule["cy"])
words = {"".join(p) for p in permutations("tea")}
print(sorted(words))
neighbors = [(dx, dy) for dx, dy in product((-1, 0, 1), repeat=2) if (dx, dy) != (0, 0)]
print(neighbors)
