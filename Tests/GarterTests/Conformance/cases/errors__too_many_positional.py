def f(a, b):
    return a - b
print(f(5, 3))
f(1, 2, 3)
