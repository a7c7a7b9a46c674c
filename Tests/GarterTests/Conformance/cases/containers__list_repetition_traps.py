rows = [[]] * 3
rows[0].append("x")
print(rows)
rows = [[] for _ in range(3)]
rows[0].append("x")
print(rows)
a = [1, 2] * 3
print(a, len(a))
a *= 2
print(len(a))
b = a
b += [99]
print(a is b, a[-1])
c = (1, 2)
d = c
c += (3,)
print(c, d, c is d)
