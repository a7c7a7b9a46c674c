d = {0: 0, 1: 1, 2: 2}
try:
    for k in d:
        del d[k]
        d[k + 10] = 0
except RuntimeError as e:
    print("A", e, d)
d = {i: i for i in range(6)}
try:
    for k in d:
        d.pop(k)
        d[str(k)] = k
except RuntimeError as e:
    print("B", e, d)
d = {'a': 1, 'b': 2}
for k in d:
    d[k] = 5  # value changes are fine
print(d)
d = {'a': 1, 'b': 2}
it = iter(d)
next(it)
d['c'] = 3
try:
    next(it)
except RuntimeError as e:
    print("C", e)
try:
    next(it)
except RuntimeError as e:
    print("C2", e)
d = {1: 1, 2: 2}
it = iter(d.items())
del d[1]
d[3] = 3
try:
    print(list(it))
except RuntimeError as e:
    print("D", e)
try:
    list(it)
    print("D2 exhausted", list(it))
except RuntimeError as e:
    print("D2", e)
d = {1: 1, 2: 2}
try:
    for v in d.values():
        d.clear(); d[5] = 5; d[6] = 6
except RuntimeError as e:
    print("E", e)
for o, k in [((1, 2), 0), ((1, 2), 'x'), ('ab', True), (5, 0), (frozenset(), 0), (range(2), 'x')]:
    try:
        del o[k]
    except TypeError as e:
        print(e)
for n in range(1, 12):
    d = {i: i for i in range(n)}
    seen = []
    try:
        for k in d:
            seen.append(k)
            del d[k]
            d[k + 100] = 0
        print(n, "ok", seen, d)
    except RuntimeError as e:
        print(n, e, seen, d)
for n in range(1, 12):
    d = dict.fromkeys(range(n))
    seen = []
    try:
        for k in d:
            seen.append(k)
            d.pop(k)
            d[str(k)] = k
        print(n, "ok", seen, d)
    except RuntimeError as e:
        print(n, e, seen, d)
