class Coord:
    def __init__(self, r, c):
        self.r, self.c = r, c
    def __eq__(self, o):
        return isinstance(o, Coord) and (self.r, self.c) == (o.r, o.c)
    def __hash__(self):
        return hash((self.r, self.c))
    def __repr__(self):
        return f"<{self.r},{self.c}>"
    def neighbors(self):
        return [Coord(self.r + dr, self.c + dc) for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0))]
walls = {Coord(1, 1), Coord(1, 2), Coord(2, 1)}
start = Coord(0, 0)
seen = {start}
frontier = [start]
steps = 0
while frontier and steps < 3:
    nxt = []
    for p in frontier:
        for n in p.neighbors():
            if 0 <= n.r < 4 and 0 <= n.c < 4 and n not in walls and n not in seen:
                seen.add(n)
                nxt.append(n)
    frontier = nxt
    steps += 1
    print(steps, sorted(frontier, key=lambda p: (p.r, p.c)))
print(len(seen), Coord(0, 1) in seen, hash(Coord(1, 2)) == hash((1, 2)))
