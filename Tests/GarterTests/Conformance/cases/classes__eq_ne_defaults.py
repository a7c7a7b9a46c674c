class Pt:
    def __init__(self, x):
        self.x = x
    def __eq__(self, other):
        print("  __eq__ called")
        return isinstance(other, Pt) and self.x == other.x
a, b = Pt(1), Pt(1)
print(a == b)
print(a != b)
print(a == 1)
print([a].count(b), b in [a], a in [a])
