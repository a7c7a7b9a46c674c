from collections import Counter
a = Counter(apples=3, pears=1, kiwis=0)
b = Counter(apples=1, pears=4, plums=2)
print(a + b, a - b, b - a, a | b, a & b, +a, -Counter(x=-2, y=3))
a2 = Counter(a); a2 += b; print(a2)
a3 = Counter(a); a3 -= b; print(a3)
a4 = Counter(a); a4 |= b; print(a4)
a5 = Counter(a); a5 &= b; print(a5)
c = Counter("abc"); c.update("aab"); c.update({"z": 5}); print(c)
c.subtract("aaaa"); c.subtract(z=10); print(c)
print(Counter(a=1) == Counter(a=1, b=0), Counter(a=1) != Counter(a=2), Counter(a=1) <= Counter(a=1, b=1), Counter(a=2) > Counter(a=1))
print(Counter("aab") == {"a": 2, "b": 1}, {"a": 2, "b": 1} == Counter("aab"))
del c["nope"]; del c["a"]; print(c)
print(c.copy() == c, type(c.copy()).__name__, sum(Counter("aaab").values()))
try:
    Counter.fromkeys("abc")
except NotImplementedError as e:
    print("NotImplementedError:", e)
