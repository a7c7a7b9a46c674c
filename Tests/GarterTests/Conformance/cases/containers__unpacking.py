a, b = 1, 2
a, b = b, a
print(a, b)
first, *middle, last = range(7)
print(first, middle, last)
*init, tail = "abc"
print(init, tail)
head, *rest = [1]
print(head, rest)
(p, q), r = [[1, 2], 3]
print(p, q, r)
for i, (name, score) in enumerate([("a", 1), ("b", 2)]):
    print(i, name, score)
print(*[1, 2, 3], sep="-")
merged = [*range(3), *"ab", *(9,)]
print(merged)
x = y = z = []
x.append(1)
print(x, y, z)
t = 1, 2, 3
print(t, type(t).__name__)
