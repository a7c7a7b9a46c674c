# `for i in range(...)` stores each int straight into the loop variable: the variable may
# hold an object or a string before the loop, be unbound, be captured by a closure, and
# the loop may end, break, run its else clause or never start.


def kinds():
    out = []
    i = "before"
    for i in range(3):
        out.append(i)
    out.append(i)
    j = [1, 2, 3]
    for j in range(5, 0, -2):
        out.append(j)
    out.append(j)
    for k in range(0):
        out.append(k)
    try:
        out.append(k)
    except UnboundLocalError as e:
        out.append(str(e))
    for m in range(10, 20, 4):
        if m > 15:
            break
    else:
        out.append("no break")
    out.append(m)
    for n in range(-3, 3, 2):
        pass
    else:
        out.append(("else", n))
    return out


print(kinds())


def captured():
    fns = []
    for i in range(3):
        fns.append(lambda: i)
    return [f() for f in fns], i


print(captured())


def nested(n):
    total = 0
    for i in range(n):
        for j in range(i):
            total += i * j
        i = "reassigned"
    return total, i


print(nested(6))


def big_and_steps():
    out = []
    for v in range(2**62, 2**62 + 3):
        out.append(v)
    for v in range(-2**63, -2**63 + 2):
        out.append(v)
    for v in range(9, -1, -3):
        out.append(v)
    return out


print(big_and_steps())


def mutate_range_loop():
    r = range(4)
    seen = []
    for x in r:
        seen.append(x)
        x = None
    return seen, x


print(mutate_range_loop())


class Holder:
    pass


def attribute_target():
    h = Holder()
    for h.value in range(3):
        pass
    d = {}
    for d["k"] in range(2):
        pass
    return h.value, d


print(attribute_target())

for g in range(3):
    pass
print("global", g)
