a = [1, [2, 3]]
b = a
c = a[:]
d = list(a)
e = a.copy()
a.append(4)
a[1].append(99)
print(a, b, c, d, e)
print(a is b, a is c, a[1] is c[1])
def deep_copy(x):
    if isinstance(x, list):
        return [deep_copy(i) for i in x]
    if isinstance(x, dict):
        return {k: deep_copy(v) for k, v in x.items()}
    return x
f = deep_copy(a)
a[1].append(100)
print(a, f)
