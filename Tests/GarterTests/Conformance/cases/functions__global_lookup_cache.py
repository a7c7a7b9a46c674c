# Global name lookups stay correct while globals and builtins shadowing change
# (LOAD_GLOBAL is cached per run; every change to the key set must be seen).
import builtins

def use_len(x):
    return len(x)

results = []
for i in range(6):
    if i == 2:
        def len(x):
            return -1
    if i == 4:
        del len
    results.append(use_len([1, 2, 3]))
print(results)

counter = 0
def bump():
    global counter
    counter += 1
    return counter
print([bump() for _ in range(5)], counter)

# Rebinding through globals() and changing the value while the key set is unchanged.
def read_value():
    return value
value = 1
seen = [read_value()]
globals()["value"] = 2
seen.append(read_value())
value = "three"
seen.append(read_value())
print(seen)

# A name that is deleted and re-added moves to a new entry.
def read_a():
    return a
a = 10
print(read_a())
del a
try:
    read_a()
except NameError as e:
    print("NameError:", e)
a = 20
print(read_a())

# Many other globals inserted between lookups (the table grows and is rebuilt).
def read_b():
    return b
b = "b"
for k in range(200):
    globals()[f"g{k}"] = k
    if k % 50 == 0:
        print(read_b(), g0 + k)
for k in range(200):
    del globals()[f"g{k}"]
print(read_b(), "g5" in globals())

# Shadowing a builtin with a global after the builtin lookup was cached, and back.
def kind(x):
    return isinstance(x, int)
print(kind(3))
isinstance = lambda x, t: "shadowed"
print(kind(3))
del isinstance
print(kind(3))

# Builtin lookups in a loop, with the shadow set inside the loop body.
out = []
for i in range(4):
    out.append(abs(-i))
    if i == 1:
        abs = lambda x: "g"
print(out)
del abs

# The same function code object used from closures with one globals dict.
def make(n):
    def f():
        return max(n, limit)
    return f
limit = 5
fs = [make(i) for i in (3, 7)]
print([f() for f in fs])
limit = 10
print([f() for f in fs])

# Undefined names raise NameError each time, not a stale hit.
def missing():
    return undefined_name
for _ in range(2):
    try:
        missing()
    except NameError as e:
        print(e)
undefined_name = "now defined"
print(missing())
print(builtins.len("abc"))
