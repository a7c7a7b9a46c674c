a = 17
b = 5
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** b)
print(-a // b, -a % b, a // -b, a % -b, -a // -b, -a % -b)
print(divmod(a, b), divmod(-a, b), divmod(a, -b), divmod(-a, -b))
print(0 // 3, 0 % 3, -0 // 3)
print(2 ** 10, 2 ** 0, 0 ** 0, (-2) ** 3, -2 ** 2)
print(10 / 4, 10 / 5, -7 / 2, 1 / 3)
print(type(10 / 5).__name__, type(10 // 5).__name__)
