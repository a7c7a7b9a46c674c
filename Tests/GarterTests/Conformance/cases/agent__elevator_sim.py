class Elevator:
    def __init__(self, floors):
        self.floor = 0
        self.floors = floors
        self.direction = 0
        self.stops = set()
        self.log = []
        self.moves = 0

    def call(self, floor):
        if not 0 <= floor < self.floors:
            self.log.append(f"ignored invalid floor {floor}")
            return
        self.stops.add(floor)

    def step(self, t):
        if not self.stops:
            self.direction = 0
            return False
        if self.floor in self.stops:
            self.stops.discard(self.floor)
            self.log.append(f"t={t:>2} open doors at {self.floor}")
            return True
        if self.direction == 0:
            nearest = min(self.stops, key=lambda f: (abs(f - self.floor), f))
            self.direction = 1 if nearest > self.floor else -1
        ahead = [f for f in self.stops if (f - self.floor) * self.direction > 0]
        if not ahead:
            self.direction = -self.direction
        self.floor += self.direction
        self.moves += 1
        self.log.append(f"t={t:>2} move {'up' if self.direction > 0 else 'down'} to {self.floor}")
        return True

schedule = {0: [5], 2: [2], 3: [8], 7: [1], 9: [12], 15: [0, 6]}
e = Elevator(10)
t = 0
while t < 40:
    for f in schedule.get(t, []):
        e.log.append(f"t={t:>2} call to {f}")
        e.call(f)
    busy = e.step(t)
    if not busy and t > max(schedule):
        break
    t += 1
print("\n".join(e.log))
print(f"finished at t={t}, floor={e.floor}, total moves={e.moves}")
