from collections import deque
d = deque("bcd")
d.append("e"); d.appendleft("a"); d.extend("fg"); d.extendleft("yz")
print(d, len(d), d[0], d[-1], d[3])
print(d.pop(), d.popleft(), d)
d.rotate(2); print(d)
d.rotate(-3); print(d)
d.remove("c"); d.insert(1, "Q"); print(d, d.index("d"), d.count("a"))
d.reverse(); print(d, list(reversed(d)))
d[0] = "X"; del d[1]; print(d, "X" in d, "c" in d)
print(deque([1, 2]) + deque([3]), deque([1]) * 3, deque([1, 2]) == deque([1, 2]), deque([1]) < deque([2]))
w = deque(maxlen=3)
for i in range(6):
    w.append(i)
    print(list(w), sum(w) / len(w))
print(w, w.maxlen, deque([1, 2, 3, 4], 2), deque(maxlen=0))
w.appendleft(-1); print(w)
print(deque(), bool(deque()), bool(deque([0])), deque(range(3)).copy())
for bad in [lambda: deque().pop(), lambda: deque().popleft(), lambda: deque([1])[5], lambda: deque([1]).remove(9),
            lambda: deque([1, 2], maxlen=2).insert(0, 5), lambda: deque(maxlen=-1), lambda: hash(deque())]:
    try:
        bad()
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
