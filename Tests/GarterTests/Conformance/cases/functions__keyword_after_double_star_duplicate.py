def f(**k): return k
def g(a=0, **k): return a, k
for call in [lambda: f(**{"a": 1}, a=2), lambda: f(a=2, **{"a": 1}), lambda: f(**{"a": 1}, **{"a": 2}), lambda: g(**{"a": 1}, a=2),
             lambda: g(a=1, **{"a": 2}), lambda: f(x=1, **{"y": 2}, z=3), lambda: f(**{"y": 2}, x=1, y=5)]:
    try:
        print(call())
    except TypeError as e:
        print(e)
calls = 0


def key(x):
    global calls
    calls += 1
    return x


print(sorted([5], key=key), calls, sorted([], key=key), calls)
for call in [lambda: sorted([1], key=lambda: 0), lambda: [2].sort(key=lambda a, b: 0), lambda: max([1], key=lambda: 0)]:
    try:
        print(call())
    except TypeError as e:
        print(e)
