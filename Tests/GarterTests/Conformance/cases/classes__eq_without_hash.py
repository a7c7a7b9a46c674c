class P:
    def __init__(self, x):
        self.x = x
    def __eq__(self, o):
        return isinstance(o, P) and self.x == o.x
print(P(1) == P(1), P(1) != P(2), P(1) == 1)
try:
    {P(1)}
except TypeError as e:
    print("TypeError:", e)
print(P.__hash__ is None)
class H:
    def __init__(self, k):
        self.k = k
    def __eq__(self, o):
        return self.k == o.k
    def __hash__(self):
        return hash(self.k)
    def __repr__(self):
        return f"H({self.k})"
s = {H(1), H(1), H(2)}
print(len(s), H(2) in s, sorted(s, key=lambda h: h.k))
d = {H("a"): 1}
d[H("a")] = 2
print(d)
