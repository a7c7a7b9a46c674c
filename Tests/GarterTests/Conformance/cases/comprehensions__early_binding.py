x = 10
g = (x + i for i in range(3))
x = 100
print(list(g))
ys = [1, 2, 3]
g2 = (y for y in ys)
ys = [7, 8, 9]
print(list(g2))
def outer():
    base = 5
    return [base + i for i in range(3)], (lambda: [base * i for i in range(3)])()
print(outer())
