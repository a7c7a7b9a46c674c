a = [1, 2, 3]
b = [1, 2, 3]
c = a
print(a == b, a is b, a is c, a is not b)
c.append(4)
print(a, b, a == b)
print([] is [], () == (), [None] * 2 == [None, None])
print(a[:] is a, a[:] == a)
