import heapq
a = [("10:00:01", "web", "start"), ("10:00:05", "web", "req"), ("10:00:09", "web", "stop")]
b = [("10:00:02", "db", "connect"), ("10:00:05", "db", "query"), ("10:00:07", "db", "close")]
c = [("09:59:59", "cron", "tick"), ("10:00:10", "cron", "tick")]
for ts, src, ev in heapq.merge(a, b, c):
    print(ts, src, ev)
print(list(heapq.merge(a, b, key=lambda r: (r[0], r[1]))) == sorted(a + b, key=lambda r: (r[0], r[1])))
m = heapq.merge([5, 3, 1], [4, 2], reverse=True)
print(next(m), next(m), list(m))
print(list(heapq.merge([], [1], [])), list(heapq.merge()))
streams = [range(0, 30, 7), range(1, 30, 5), range(2, 30, 11)]
print(list(heapq.merge(*streams)))
