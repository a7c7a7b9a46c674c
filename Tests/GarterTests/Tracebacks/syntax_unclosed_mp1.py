x = 1
print(foo(x)
y = 2
print(y)
