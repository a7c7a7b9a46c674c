log = []
def v(x):
    log.append(x)
    return x
print(v(1) < v(2) < v(3))
print(log)
log.clear()
print(v(3) < v(2) < v(1))
print(log)
x = 5
print(1 < x < 10, 1 < x > 3, x == 5 != 6, 0 <= x <= 4, "a" < "b" <= "b")
n = 2
print(1 in [1, 2] in [[1, 2]], n is not None is not False)
