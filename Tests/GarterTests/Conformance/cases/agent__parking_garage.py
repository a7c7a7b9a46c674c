RATES = {"car": 3.0, "motorcycle": 1.5, "truck": 6.0}
SPOTS = {"compact": 3, "regular": 4, "large": 2}
FITS = {"motorcycle": ["compact", "regular", "large"], "car": ["regular", "compact", "large"], "truck": ["large"]}

class Garage:
    def __init__(self):
        self.free = {k: [f"{k[0].upper()}{i + 1}" for i in range(n)] for k, n in SPOTS.items()}
        self.parked = {}
        self.revenue = 0.0
        self.turned_away = []
    def enter(self, plate, kind, t):
        for size in FITS[kind]:
            if self.free[size]:
                spot = self.free[size].pop(0)
                self.parked[plate] = (kind, spot, size, t)
                return f"{plate} ({kind}) -> {spot}"
        self.turned_away.append(plate)
        return f"{plate} ({kind}) turned away: full"
    def leave(self, plate, t):
        kind, spot, size, t0 = self.parked.pop(plate)
        hours = max(1, -(-(t - t0) // 60))
        fee = min(hours * RATES[kind], RATES[kind] * 8)
        self.revenue += fee
        self.free[size].append(spot)
        self.free[size].sort()
        return f"{plate} leaves {spot} after {t - t0} min, pays ${fee:.2f}"
    def occupancy(self):
        return {k: f"{SPOTS[k] - len(v)}/{SPOTS[k]}" for k, v in self.free.items()}

g = Garage()
events = [
    (0, "in", "CAR1", "car"), (5, "in", "TRK1", "truck"), (10, "in", "MOT1", "motorcycle"), (12, "in", "CAR2", "car"),
    (20, "in", "TRK2", "truck"), (25, "in", "TRK3", "truck"), (30, "in", "CAR3", "car"), (31, "in", "CAR4", "car"),
    (40, "in", "CAR5", "car"), (41, "in", "CAR6", "car"), (45, "in", "CAR7", "car"), (90, "out", "CAR1", None),
    (95, "in", "CAR8", "car"), (200, "out", "TRK1", None), (610, "out", "MOT1", None), (700, "out", "TRK2", None),
    (1000, "out", "CAR2", None),
]
for t, kind, plate, vtype in events:
    msg = g.enter(plate, vtype, t) if kind == "in" else g.leave(plate, t)
    print(f"t={t:>4} {msg}")
print("occupancy:", g.occupancy())
print("turned away:", g.turned_away)
print(f"revenue: ${g.revenue:.2f}")
print("still parked:", sorted(g.parked))
