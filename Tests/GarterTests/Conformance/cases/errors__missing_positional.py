def f(x, y):
    return x + y
print("calling f with one arg")
print(f(1, 2))
f(1)
