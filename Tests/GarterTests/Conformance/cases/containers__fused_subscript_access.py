# Subscripts of locals by a local or constant index, and augmented subscript
# assignment: the fast paths for lists, tuples and dicts, and every case that
# must fall through to the full subscript protocol.


def reads():
    xs = [10, 20, 30]
    t = ("a", "b", "c")
    d = {"k": 1, "j": [2]}
    i = 1
    n = -1
    big = 2**70
    print(xs[0], xs[i], xs[n], xs[-3], t[i], t[-1], d["k"], d["j"])
    s = "hello"
    print(s[i], s[0], s[n])
    r = range(5, 10)
    print(r[i], r[-1])
    b = b"xyz"
    print(b[0], b[i])
    sl = slice(0, 2)
    print(xs[sl], t[sl])
    print(xs[True], t[False])
    for bad in (lambda: xs[3], lambda: xs[-4], lambda: t[5], lambda: d["missing"],
                lambda: xs[big], lambda: xs["0"], lambda: d[[1]], lambda: i[0]):
        try:
            bad()
        except Exception as e:
            print(type(e).__name__, e)


class Missing(dict):
    def __missing__(self, key):
        return "default:" + key


class Logged(list):
    def __getitem__(self, i):
        print("get", i)
        return super().__getitem__(i)

    def __setitem__(self, i, v):
        print("set", i, v)
        super().__setitem__(i, v)


class IntLike:
    def __index__(self):
        return 2


def subclasses():
    m = Missing(a="x")
    k = "b"
    print(m["a"], m[k])
    lg = Logged([1, 2, 3])
    j = 0
    print(lg[j], lg[1])
    lg[j] += 5
    print(lg)
    xs = [1, 2, 3]
    ix = IntLike()
    print(xs[ix])
    xs[ix] += 10
    print(xs)


def augmented():
    v = [1.5, 2.5, 3.5]
    dx = 0.25
    for _ in range(3):
        v[0] -= dx
        v[1] += dx * 2
        v[-1] *= 2
    print(v)
    counts = {}
    for w in "a b a c b a".split():
        counts[w] = counts.get(w, 0) + 1
    counts["a"] += 100
    print(counts)
    t = (1, 2)
    try:
        t[0] += 1
    except TypeError as e:
        print("TypeError", e)
    try:
        v[5] += 1
    except IndexError as e:
        print("IndexError", e)
    d = {}
    try:
        d["x"] += 1
    except KeyError as e:
        print("KeyError", e)
    nested = [[0, 0], [0, 0]]
    for i in range(2):
        for j in range(2):
            nested[i][j] += i * 10 + j
    print(nested)
    s = "ab"
    try:
        s[0] += "c"
    except TypeError as e:
        print("TypeError", e)


def rebinding():
    # The container local is rebound between reads, including to other types.
    x = [1, 2]
    out = []
    for step in range(4):
        out.append(x[0])
        x = {0: "dict"} if step == 0 else (("tuple",) if step == 1 else "str")
    print(out)


def stores():
    xs = [0] * 4
    for i in range(-4, 4):
        xs[i] = i
    print(xs)
    try:
        xs[4] = 1
    except IndexError as e:
        print("IndexError", e)
    items = [object()]
    items[0] = "replaced"
    print(items)


reads()
subclasses()
augmented()
rebinding()
stores()
