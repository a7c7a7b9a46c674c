# `for a, b in ...` over dict items, enumerate and zip: values, exhaustion, mutation
# errors, re-use of a partly consumed iterator, big counters, and targets other than locals.
import sys

d = {"a": 1, "b": 2, "c": 3}
for k, v in d.items():
    print(k, v)

# At module level the targets are globals; in a function, locals.
def pairs_in_function(d):
    out = []
    for k, v in d.items():
        out.append((k, v))
    for i, (k, v) in enumerate(d.items()):
        out.append((i, k, v))
    return out
print(pairs_in_function(d))

# Deleted entries are skipped.
d2 = {i: i * i for i in range(10)}
for i in range(0, 10, 3):
    del d2[i]
print([(k, v) for k, v in d2.items()])

# Changing the dict while iterating.
def mutate_size():
    d = {1: 1, 2: 2}
    try:
        for k, v in d.items():
            d[k + 10] = v
    except RuntimeError as e:
        print("RuntimeError:", e)
mutate_size()

def mutate_keys():
    d = {1: 1, 2: 2, 3: 3}
    try:
        for k, v in d.items():
            del d[k]
            d[k + 100] = v
    except RuntimeError as e:
        print("RuntimeError:", e)
    print(sorted(d.items()))
mutate_keys()

# Values changed (not keys) during iteration are fine and seen.
d3 = {"x": 1, "y": 2, "z": 3}
for k, v in d3.items():
    if k == "x":
        d3["z"] = 30
    print(k, v)

# enumerate: start values, big counters past the machine word, generators as sources.
for i, x in enumerate("abc", 5):
    print(i, x)
for i, x in enumerate("abc", sys.maxsize - 1):
    print(i, x)
for i, x in enumerate("ab", -2):
    print(i, x)
for i, x in enumerate(range(3), 2 ** 70):
    print(i, x)

def gen(n):
    for i in range(n):
        yield i * 10
for i, x in enumerate(gen(4)):
    print(i, x)

# zip: shortest wins; the first iterator may be advanced once more than the second.
a = iter([1, 2, 3, 4])
b = iter("xy")
for p, q in zip(a, b):
    print(p, q)
print(list(a))
for p, q in zip(gen(3), [7, 8, 9, 10]):
    print(p, q)
for p, q in zip([], gen(3)):
    print("never")

# A partly consumed iterator continues where the loop stopped, and stays exhausted.
e = enumerate(["p", "q", "r", "s"])
for i, x in e:
    if i == 1:
        break
print(next(e))
for i, x in e:
    print("rest", i, x)
for i, x in e:
    print("never")
print(next(e, "done"))

it = iter({"k1": 1, "k2": 2, "k3": 3}.items())
for k, v in it:
    print(k, v)
    break
print(list(it))
print(list(it))

z = zip([1, 2, 3], "abc")
for p, q in z:
    if p == 2:
        break
print(list(z))

# Unpacking targets other than plain names.
class Box:
    pass
box = Box()
store = {}
for box.key, store["v"] in {"one": 1}.items():
    pass
print(box.key, store)
lst = [0, 0]
for lst[0], lst[1] in enumerate("q"):
    pass
print(lst)

# Wrong target counts still raise as CPython does.
try:
    for a1, b1, c1 in zip([1], [2]):
        pass
except ValueError as err:
    print("ValueError:", err)
try:
    for (a1,) in enumerate([1]):
        pass
except ValueError as err:
    print("ValueError:", err)
for *head, tail in enumerate("ab"):
    print(head, tail)

# Nested loops and comprehensions share nothing between their pairs.
print([(i, j, x, y) for i, x in enumerate("ab") for j, y in enumerate("cd")])
print({k: v for k, v in zip("abc", range(3))})
print(sum(i * x for i, x in enumerate([3, 4, 5])))

# The pair a loop unpacks is a fresh tuple when kept whole.
kept = [pair for pair in enumerate("xy")]
print(kept, type(kept[0]).__name__)
kept2 = list(d.items())
print(kept2)

# An exception inside the source iterator propagates from the loop.
def bad():
    yield 1
    raise KeyError("boom")
try:
    for i, x in enumerate(bad()):
        print(i, x)
except KeyError as err:
    print("KeyError:", err)
