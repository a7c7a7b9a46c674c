a = [3, 1, 2]
r = reversed(a)
print(list(r), list(r))
print(list(reversed(range(5))), list(reversed("abc")), list(reversed((1, 2))))
s = sorted(a)
print(a, s, s is a)
print(sorted(a) == a, a.sort() is None, a)
