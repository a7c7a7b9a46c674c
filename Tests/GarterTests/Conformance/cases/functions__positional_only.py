def divide(a, b, /):
    return a / b
print(divide(10, 4))
try:
    divide(a=10, b=4)
except TypeError as e:
    print("TypeError:", e)
def mixed(a, /, b, *, c):
    return a, b, c
print(mixed(1, 2, c=3), mixed(1, b=2, c=3))
def kw_collision(name, /, **kw):
    return name, kw
print(kw_collision("pos", name="kw"))
try:
    mixed(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
