from collections import deque
d = deque([1, 2, 3])
try:
    for x in d:
        if x == 2:
            d.append(4)
except RuntimeError as e:
    print("RuntimeError:", e)
print(d)
d2 = deque(range(5))
for _ in range(3):
    d2.rotate()
    print(list(d2))
q = deque()
for i in range(1000):
    q.append(i)
    if len(q) > 10:
        q.popleft()
print(q, len(q), q[0], q[-1], sum(q))
pal = "racecar"
dq = deque(pal)
ok = True
while len(dq) > 1:
    if dq.popleft() != dq.pop():
        ok = False
print(ok)
