def f(a=1, b):
    return a + b
print(f(2))
