# Local/constant arithmetic and comparisons the interpreter fuses with their loads and
# stores: every fallback (overflow, zero division, other types, unbound locals) must behave
# exactly like the unfused instructions.


def ints(a, b):
    out = []
    out.append(a + b)
    out.append(a - b)
    out.append(a * b)
    out.append(a // b if b else "div0")
    out.append(a % b if b else "mod0")
    out.append(a & b)
    out.append(a | b)
    out.append(a ^ b)
    out.append(a >> 3)
    out.append(a << 2)
    out.append(a + 1)
    out.append(a - 7)
    out.append(a * 3)
    out.append(a // 4)
    out.append(a % 5)
    out.append(a ** 2)
    out.append(a / 8)
    return out


for a, b in [(7, 3), (-7, 3), (7, -3), (-7, -3), (0, 5), (5, 0), (2**62, 2**62), (-2**63, -1),
             (2**63 - 1, 1), (-2**63, 1), (2**100, 3), (True, False)]:
    print(a, b, ints(a, b))


def floats(x, y):
    out = [x + y, x - y, x * y, x + 1.5, x - 0.25, x * 2.0]
    try:
        out.append(x / y)
    except ZeroDivisionError as e:
        out.append(str(e))
    try:
        out.append(x / 0.0)
    except ZeroDivisionError as e:
        out.append(str(e))
    try:
        out.append(x ** 0.5)
    except (ValueError, OverflowError) as e:
        out.append(type(e).__name__ + ": " + str(e))
    try:
        out.append(x ** 2.0)
    except OverflowError as e:
        out.append(type(e).__name__ + ": " + str(e))
    out.append(x % 2.0)
    out.append(x // 2.0)
    return out


for x, y in [(1.5, 2.0), (-3.0, 0.0), (1e308, 1e308), (float("inf"), 1.0), (float("nan"), 2.0), (0.0, -0.0), (-8.0, 3.0)]:
    print(x, y, floats(x, y))


def mixed(a, b):
    return [a + b, a * 2, a - 1, b + 0.5]


print(mixed(1, 2.5))
print(mixed(2.5, 1))
print(mixed(True, 3))
print(mixed(3, True))


class Num:
    def __init__(self, v):
        self.v = v

    def __add__(self, other):
        return Num(self.v + (other.v if isinstance(other, Num) else other))

    __radd__ = __add__

    def __lt__(self, other):
        return self.v < (other.v if isinstance(other, Num) else other)

    def __repr__(self):
        return f"Num({self.v})"


def objects(n, s, items):
    r = n + 1
    r2 = 1 + n
    t = s + "!"
    u = items * 2
    v = n < 3
    w = n < n
    return r, r2, t, u, v, w


print(objects(Num(2), "hey", [1, 2]))


def stores():
    x = "text"
    x = 5
    x = x + 1
    y = [1]
    y = 2.5
    y = y * 2.0
    z = None
    z = x - 4
    w = x
    w += 10
    b = True
    b = b + 1
    f = 1.5
    f = f + 1
    return x, y, z, w, b, f


print(stores())


def swaps(n):
    total = 0
    acc = 0.0
    i = 0
    while i < n:
        total += i * 3
        total = (total + i) & 0xFFFF
        acc += i / 2
        acc = acc * 0.5
        i += 1
    return total, acc


print(swaps(1000))


def unbound(flag):
    if flag:
        z = 1
    return z + 1


for flag in (True, False):
    try:
        print(unbound(flag))
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)


def unbound_operand(flag):
    a = 1
    if flag:
        b = 2
    return a + b


for flag in (True, False):
    try:
        print(unbound_operand(flag))
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)


def unbound_compare(flag):
    if flag:
        c = 5
    if c < 3:
        return "small"
    return "big"


for flag in (True, False):
    try:
        print(unbound_compare(flag))
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)


def deleted():
    q = 3
    del q
    return q * 2


try:
    deleted()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)


def errors(a, b):
    out = []
    for op in range(6):
        try:
            if op == 0:
                out.append(a // b)
            elif op == 1:
                out.append(a % 0)
            elif op == 2:
                out.append(a >> -1)
            elif op == 3:
                out.append(a + "s")
            elif op == 4:
                out.append(a < "s")
            else:
                out.append(b ** -1)
        except Exception as e:
            out.append(f"{type(e).__name__}: {e}")
    return out


print(errors(5, 0))
print(errors(5.0, 0.0))


def compares(a, b):
    out = []
    out.append(a < b)
    out.append(a <= b)
    out.append(a == b)
    out.append(a != b)
    out.append(a > b)
    out.append(a >= b)
    out.append(a < 3)
    out.append(a == 3)
    out.append(0 < a < 10)
    out.append(not a < b)
    if a < b:
        out.append("lt")
    if a >= 2.5:
        out.append("ge2.5")
    if not a > 1:
        out.append("not-gt1")
    n = 0
    while a < b and n < 5:
        a = a + 1
        n += 1
    out.append(a)
    return out


for a, b in [(1, 2), (3, 3), (5, 1), (1.0, 2.0), (float("nan"), 1.0), (1, 1.5), (2**70, 3), (-2**63, 2**63 - 1), (2.5, 2)]:
    print(a, b, compares(a, b))


def conditional(a, flag):
    v = a + (1 if flag else a)
    w = a * (2 if flag else 3) - 1
    return v, w, (a if flag else 0) + 5


print(conditional(4, True), conditional(4, False), conditional(2.5, False))


def loops(n):
    s = 0
    for i in range(n):
        s += i % 7 - 3
        if i % 3 == 0:
            s -= 1
    return s


print(loops(100), loops(0), loops(-5))


def big(n):
    x = 1
    for _ in range(n):
        x = x * 3
    y = x - x
    return x, y, x > 2**60, x % 1000


print(big(50))

g = 10
h = g + 1
h += 2
print(g, h, g < h)


def closure():
    k = 3

    def inner(m):
        return k + m, m + k, m < k
    return inner(4)


print(closure())
