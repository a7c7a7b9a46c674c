import heapq
recs = [("a", 3), ("b", 1), ("c", 3), ("d", 2), ("e", 1), ("f", 3)]
print(heapq.nlargest(3, recs, key=lambda r: r[1]))
print(heapq.nsmallest(3, recs, key=lambda r: r[1]))
print(heapq.nlargest(10, recs, key=lambda r: r[1]))
print(heapq.nsmallest(4, [(1, "x"), (1, "a"), (0, "z")]))
h = [(2, "b"), (1, "z"), (1, "a"), (3, "c")]
heapq.heapify(h)
print([heapq.heappop(h) for _ in range(4)])
class Job:
    def __init__(self, p, name):
        self.p, self.name = p, name
    def __lt__(self, other):
        return self.p < other.p
    def __repr__(self):
        return f"Job({self.p},{self.name})"
jobs = [Job(3, "x"), Job(1, "y"), Job(2, "z"), Job(1, "w")]
heapq.heapify(jobs)
print(jobs, heapq.heappop(jobs), heapq.nsmallest(2, jobs))
