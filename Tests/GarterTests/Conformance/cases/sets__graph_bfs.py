graph = {1: [2, 3], 2: [4], 3: [4, 5], 4: [6], 5: [6], 6: [], 7: [1]}
def bfs(start):
    seen = {start}
    order = []
    frontier = [start]
    while frontier:
        nxt = []
        for node in frontier:
            order.append(node)
            for nb in graph[node]:
                if nb not in seen:
                    seen.add(nb)
                    nxt.append(nb)
        frontier = nxt
    return order, seen
order, seen = bfs(1)
print(order, sorted(seen), 7 in seen)
reach = {n: sorted(bfs(n)[1]) for n in graph}
print(reach)
sinks = {n for n, nbrs in graph.items() if not nbrs}
sources = set(graph) - {m for nbrs in graph.values() for m in nbrs}
print(sinks, sources)
