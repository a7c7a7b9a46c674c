x = 10
g = (x * i for i in range(3))
x = 20
print(list(g))
items = [1, 2, 3]
g2 = (i for i in items)
items.append(4)
print(list(g2))
def make():
    n = 3
    return (n * k for k in range(n))
print(list(make()))
try:
    g3 = (1 / d for d in [1, 0])
    print("created lazily")
    print(list(g3))
except ZeroDivisionError as e:
    print("error on consumption:", e)
