def square_to_xy(sq):
    return ord(sq[0]) - ord("a"), int(sq[1]) - 1

def xy_to_square(x, y):
    return chr(ord("a") + x) + str(y + 1)

MOVES = [(1, 2), (2, 1), (2, -1), (1, -2), (-1, -2), (-2, -1), (-2, 1), (-1, 2)]

def knight_path(start, goal, blocked=()):
    blocked = {square_to_xy(b) for b in blocked}
    s, g = square_to_xy(start), square_to_xy(goal)
    prev = {s: None}
    queue = [s]
    while queue:
        cur = queue.pop(0)
        if cur == g:
            path = []
            while cur is not None:
                path.append(xy_to_square(*cur))
                cur = prev[cur]
            return path[::-1]
        for dx, dy in MOVES:
            nx, ny = cur[0] + dx, cur[1] + dy
            if 0 <= nx < 8 and 0 <= ny < 8 and (nx, ny) not in prev and (nx, ny) not in blocked:
                prev[(nx, ny)] = cur
                queue.append((nx, ny))
    return None

for a, b, blocked in [("a1", "h8", ()), ("a1", "b3", ()), ("d4", "d5", ()), ("a1", "a1", ()), ("a1", "c2", ("b3", "c2")), ("a1", "h8", ("b3", "c2"))]:
    p = knight_path(a, b, blocked)
    print(f"{a}->{b} blocked={list(blocked)}: " + (f"{len(p) - 1} moves {p}" if p else "unreachable"))
dist = {}
for x in range(8):
    for y in range(8):
        dist[(x, y)] = len(knight_path("a1", xy_to_square(x, y))) - 1
for y in range(7, -1, -1):
    print(str(y + 1) + " " + " ".join(str(dist[(x, y)]) for x in range(8)))
print("  " + " ".join("abcdefgh"))
hist = {}
for d in dist.values():
    hist[d] = hist.get(d, 0) + 1
print("squares by distance:", dict(sorted(hist.items())))
