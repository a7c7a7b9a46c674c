import random
rng = random.Random(12345)
wins = {"stay": 0, "switch": 0}
for _ in range(2000):
    doors = [0, 0, 0]
    car = rng.randrange(3)
    doors[car] = 1
    pick = rng.randrange(3)
    opened = rng.choice([d for d in range(3) if d != pick and not doors[d]])
    switched = next(d for d in range(3) if d not in (pick, opened))
    wins["stay"] += doors[pick]
    wins["switch"] += doors[switched]
print(wins)
rolls = [rng.randint(1, 6) + rng.randint(1, 6) for _ in range(1000)]
hist = {s: rolls.count(s) for s in range(2, 13)}
for s, c in hist.items():
    print(f"{s:>2} {'#' * (c // 10)} {c}")
