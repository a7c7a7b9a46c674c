def f(x, y=0):
    return x * y
print(f(2, y=3))
print(f(2, z=4))
