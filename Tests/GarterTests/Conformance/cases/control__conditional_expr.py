for n in range(-2, 3):
    sign = "neg" if n < 0 else "zero" if n == 0 else "pos"
    parity = "even" if n % 2 == 0 else "odd"
    print(n, sign, parity)
x = None
print(x if x is not None else "default", (x or "fallback"), x and x.upper())
s = "hi"
print(s.upper() if s else "", len(s) if s else 0)
f = (lambda a: a * 2) if True else (lambda a: a)
print(f(21))
print([("big" if v > 2 else "small") for v in [1, 3]])
