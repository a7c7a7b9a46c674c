def gcd(a, b):
    while b:
        a, b = b, a % b
    return a

class Frac:
    def __init__(self, n, d=1):
        if d < 0:
            n, d = -n, -d
        g = gcd(abs(n), d) or 1
        self.n, self.d = n // g, d // g
    def __add__(self, o):
        return Frac(self.n * o.d + o.n * self.d, self.d * o.d)
    def __mul__(self, o):
        return Frac(self.n * o.n, self.d * o.d)
    def __repr__(self):
        return f"{self.n}/{self.d}" if self.d != 1 else str(self.n)

h = Frac(0)
for k in range(1, 21):
    h = h + Frac(1, k)
print("H20 =", h)
print(Frac(3, -6), Frac(10, 5), Frac(2, 3) * Frac(9, 4))
print(h.n / h.d)
