class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

p = Point(3, -4)
print("({0.x}, {0.y})".format(p))
print("{p.x:+d},{p.y:+d}".format(p=p))
grid = [[1, 2], [3, 4]]
print("{0[1][0]} {0[0][1]}".format(grid))
print("{m[a]} {m[b]:>5}".format(m={"a": "A", "b": "B"}))
print("{0.__class__.__name__}".format(p))
