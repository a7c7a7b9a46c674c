import bisect
def grade(score, breakpoints=[60, 70, 80, 90], grades="FDCBA"):
    return grades[bisect.bisect(breakpoints, score)]
print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100, 60, 59]])
a = [1, 2, 4, 4, 4, 8]
print(bisect.bisect_left(a, 4), bisect.bisect_right(a, 4), bisect.bisect(a, 0), bisect.bisect(a, 9), bisect.bisect_left(a, 5))
print(bisect.bisect_left(a, 4, 3), bisect.bisect_right(a, 4, 0, 3), bisect.bisect_left(a, 4, lo=1, hi=2))
sl = []
for x in [5, 1, 4, 1, 5, 9, 2, 6]:
    bisect.insort(sl, x)
print(sl)
bisect.insort_left(sl, 5); bisect.insort_right(sl, 0); print(sl)
events = [(1, "boot"), (5, "login"), (9, "logout")]
times = [t for t, _ in events]
i = bisect.bisect_right(times, 6) - 1
print(events[i])
people = [("ann", 31), ("bob", 25), ("cy", 40)]
people.sort(key=lambda p: p[1])
print(bisect.bisect_left(people, 30, key=lambda p: p[1]))
bisect.insort(people, ("di", 33), key=lambda p: p[1])
print(people)
try:
    bisect.bisect([1], 1, lo=-1)
except ValueError as e:
    print("ValueError:", e)
