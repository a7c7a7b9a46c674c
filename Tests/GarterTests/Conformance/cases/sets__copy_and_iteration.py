s = {5, 1, 3}
t = s.copy()
t.add(10)
print(sorted(s), sorted(t), s is t)
total = 0
for x in s:
    total += x
print(total, sum(s), max(s), min(s), sorted(s, reverse=True))
try:
    for x in s:
        s.add(x + 100)
except RuntimeError as e:
    print("RuntimeError:", e)
