class Shape: pass
class Square(Shape):
    def __init__(self, s): self.s = s
class Circ(Shape):
    def __init__(self, r): self.r = r
def area(x):
    if isinstance(x, Square):
        return x.s ** 2
    if isinstance(x, Circ):
        return round(3.14159 * x.r ** 2, 3)
    if isinstance(x, (int, float)):
        return x
    if isinstance(x, (list, tuple)):
        return sum(area(i) for i in x)
    raise TypeError(f"cannot compute area of {type(x).__name__}")
print(area(Square(3)), area(Circ(1)), area([Square(1), (Circ(2), 5)]), area(2.5))
try:
    area("big")
except TypeError as e:
    print("TypeError:", e)
print(type(Square(1)) is Square, type(Square(1)) is Shape, Square.__name__, Square.__base__.__name__)
