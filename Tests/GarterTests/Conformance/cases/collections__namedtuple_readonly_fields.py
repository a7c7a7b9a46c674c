from collections import namedtuple

Pt = namedtuple("Pt", "x y")
p = Pt(1, 2)
try:
    p.x = 3
except AttributeError as e:
    print(e)
try:
    del p.y
except AttributeError as e:
    print(e)
try:
    p.z = 1
except AttributeError as e:
    print(e)
print(p, p.x, Pt.x.__doc__)
