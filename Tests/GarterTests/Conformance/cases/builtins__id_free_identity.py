a = [1]
b = a
c = [1]
print(a is b, a is c, a == c, None is None, True is True)
x = "hello"
y = x
print(x is y, x == "hello")
print([] is not [], (1, 2) == (1, 2))
