def f(a, b):
    return a + b
def g(*, k):
    return k
tests = [lambda: f(1), lambda: f(1, 2, 3), lambda: f(1, b=2, c=3), lambda: f(1, a=2),
         lambda: g(1), lambda: g(), lambda: (lambda x: x)(), lambda: len(), lambda: len(1, 2), lambda: abs("x")]
for t in tests:
    try:
        t()
    except TypeError as e:
        print("TypeError:", e)
