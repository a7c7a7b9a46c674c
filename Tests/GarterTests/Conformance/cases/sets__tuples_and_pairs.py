edges = {(1, 2), (2, 3), (1, 2), (3, 1), (2, 1)}
print(len(edges), sorted(edges))
undirected = {tuple(sorted(e)) for e in edges}
print(sorted(undirected))
points = {(x, y) for x in range(3) for y in range(3) if (x + y) % 2 == 0}
print(sorted(points), (1, 1) in points, (0, 1) in points)
visited = set()
path = [(0, 0), (0, 1), (1, 1), (0, 1), (0, 0), (2, 2)]
revisits = []
for p in path:
    if p in visited:
        revisits.append(p)
    visited.add(p)
print(revisits, len(visited))
