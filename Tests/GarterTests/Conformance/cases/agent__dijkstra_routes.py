roads = [
    ("A", "B", 7), ("A", "C", 9), ("A", "F", 14), ("B", "C", 10), ("B", "D", 15),
    ("C", "D", 11), ("C", "F", 2), ("D", "E", 6), ("E", "F", 9), ("G", "H", 1),
]
graph = {}
for a, b, w in roads:
    graph.setdefault(a, []).append((b, w))
    graph.setdefault(b, []).append((a, w))

def dijkstra(src):
    dist = {src: 0}
    prev = {}
    heap = [(0, src)]
    done = set()
    while heap:
        heap.sort()
        d, node = heap.pop(0)
        if node in done:
            continue
        done.add(node)
        for nb, w in sorted(graph[node]):
            nd = d + w
            if nb not in dist or nd < dist[nb]:
                dist[nb] = nd
                prev[nb] = node
                heap.append((nd, nb))
    return dist, prev

def path_to(prev, src, dst):
    if dst != src and dst not in prev:
        return None
    path = [dst]
    while path[-1] != src:
        path.append(prev[path[-1]])
    return path[::-1]

dist, prev = dijkstra("A")
for node in sorted(graph):
    p = path_to(prev, "A", node)
    if p is None:
        print(f"A -> {node}: unreachable")
    else:
        print(f"A -> {node}: {dist[node]:>3} via {' > '.join(p)}")
total_road = sum(w for _, _, w in roads)
print("total road length:", total_road)
far = max((d, n) for n, d in dist.items())
print("farthest from A:", far[1], "at", far[0])
