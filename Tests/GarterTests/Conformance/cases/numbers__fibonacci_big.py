a, b = 0, 1
for i in range(150):
    a, b = b, a + b
    if i % 25 == 0:
        print(i, a)
print("fib(150) =", a)
print(a % 1000000007)
print(str(a)[:10], str(a)[-10:])
digits = sum(int(c) for c in str(a))
print("digit sum", digits)
