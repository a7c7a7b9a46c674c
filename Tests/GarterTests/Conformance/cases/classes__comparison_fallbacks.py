class A:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        print(f"  A.__lt__({self.v}, {o.v})")
        return self.v < o.v
class B:
    def __init__(self, v):
        self.v = v
    def __gt__(self, o):
        print(f"  B.__gt__({self.v}, {o.v})")
        return self.v > o.v
print(A(1) < A(2))
print(A(3) > A(2))
print(B(1) < B(2))
print(A(1) < B(2))
try:
    A(1) <= A(2)
except TypeError as e:
    print("TypeError:", e)
class Eq:
    pass
e1, e2 = Eq(), Eq()
print(e1 == e1, e1 == e2, e1 != e2)
