def f(a, b=2, *args, c, d=4, **kwargs):
    return f"a={a} b={b} args={args} c={c} d={d} kwargs={kwargs}"

print(f(1, c=3))
print(f(1, 5, 6, 7, c=8))
print(f(1, c=3, d=9, e=10, g=11))
print(f(a=0, c=1))
print(f(*[1, 2, 3], **{"c": 4, "z": 5}))

def g(x, y, /, z, *, w):
    return (x, y, z, w)
print(g(1, 2, 3, w=4), g(1, 2, z=3, w=4))

def h(pos_only, /, standard, *, kw_only):
    return pos_only + standard + kw_only
print(h(1, 2, kw_only=3), h(1, standard=2, kw_only=3))
