a = b = c = 0
a += 1
print(a, b, c)
x, y = y, x = 1, 2
print(x, y)
lst = [0, 0, 0]
i = 0
i, lst[i] = 1, 9
print(i, lst)
p = [1, 2, 3]
p[0], p[2] = p[2], p[0]
print(p)
m, n = divmod(17, 5)
print(m, n)
(a, b), (c, d) = (1, 2), (3, 4)
print(a, b, c, d)
[e, f] = "ef"
print(e, f)
