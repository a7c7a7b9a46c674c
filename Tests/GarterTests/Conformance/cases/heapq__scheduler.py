import heapq
import itertools
tasks = [("write report", 3, 2), ("fix bug", 1, 5), ("email", 5, 1), ("deploy", 1, 3), ("review", 2, 2), ("lunch", 4, 1)]
counter = itertools.count()
pq = []
for name, prio, dur in tasks:
    heapq.heappush(pq, (prio, next(counter), name, dur))
t = 0
while pq:
    prio, _, name, dur = heapq.heappop(pq)
    print(f"t={t:>2} run {name:<13} prio={prio} dur={dur}")
    t += dur
graph = {"A": {"B": 4, "C": 2}, "B": {"C": 5, "D": 10}, "C": {"E": 3}, "D": {"F": 11}, "E": {"D": 4}, "F": {}}
def dijkstra(src):
    dist = {src: 0}
    prev = {}
    heap = [(0, src)]
    while heap:
        d, u = heapq.heappop(heap)
        if d > dist.get(u, float("inf")):
            continue
        for v, w in graph[u].items():
            nd = d + w
            if nd < dist.get(v, float("inf")):
                dist[v] = nd
                prev[v] = u
                heapq.heappush(heap, (nd, v))
    return dist, prev
dist, prev = dijkstra("A")
print(dist)
node, path = "F", []
while node:
    path.append(node)
    node = prev.get(node)
print(" -> ".join(reversed(path)))
stream = [17, 3, 99, 42, 8, 56, 23, 71, 5, 64]
top = []
for x in stream:
    if len(top) < 3:
        heapq.heappush(top, x)
    else:
        heapq.heappushpop(top, x)
print(sorted(top, reverse=True))
