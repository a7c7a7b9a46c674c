x = 10
del x
try:
    print(x)
except NameError as e:
    print("NameError:", e)
a = [1, 2, 3, 4]
del a[1], a[1]
print(a)
d = {"k": 1, "j": 2}
del d["k"]
print(d)
class O:
    pass
o = O()
o.attr = 5
del o.attr
print(hasattr(o, "attr"))
p, q = 1, 2
del p, q
try:
    p
except NameError as e:
    print("NameError:", e)
def f():
    y = 1
    del y
    return y
try:
    f()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
