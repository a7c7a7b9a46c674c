s = set()
s.add(5)
s.add(3)
s.add(5)
print(s, len(s))
s.update([1, 2], (9,), range(3))
print(s)
s.discard(100)
s.discard(9)
print(s)
s.remove(0)
print(s)
try:
    s.remove(42)
except KeyError as e:
    print("KeyError:", e)
x = s.pop()
print(x in s, len(s))
s.add(x)
print(sorted(s))
s |= {20, 21}
s &= {1, 2, 3, 20, 30}
s -= {1}
s ^= {2, 99}
print(sorted(s))
s.clear()
print(s, len(s))
