# Generator functions called every way: the arguments are bound when the call is made
# (errors too), the body runs only when the generator is resumed.

def countdown(n, step=1, *, label="c"):
    print("start", label, n)
    while n > 0:
        yield n
        n -= step

g = countdown(5)
print(type(g).__name__, g.__name__, g.__qualname__)
print(list(g))
print(list(countdown(10, 3, label="x")))
print(list(countdown(step=2, n=7)))
print(list(countdown(0)))

def star(*args, **kwargs):
    for a in args:
        yield a
    for k in sorted(kwargs):
        yield k, kwargs[k]

print(list(star()))
print(list(star(1, 2, b=3, a=4)))
print(list(star(*range(3), **{"z": 0})))

def captured(x, y):
    def add(z):
        return x + y + z
    for i in range(3):
        yield add(i)
    x = 100
    yield add(0)

print(list(captured(1, 10)))

def positional_only(a, b, /, c):
    yield a + b + c

print(list(positional_only(1, 2, c=3)))

errors = [
    lambda: countdown(),
    lambda: countdown(1, 2, 3),
    lambda: countdown(1, n=2),
    lambda: countdown(1, bad=2),
    lambda: countdown(1, 2, label="a", extra=1),
    lambda: positional_only(1, b=2, c=3),
    lambda: captured(1),
]
for make in errors:
    try:
        make()
        print("no error")
    except TypeError as e:
        print("TypeError:", e)

# Drained by builtins: empty, one, many items; nested drains; an error part way.
def squares(n):
    for i in range(n):
        yield i * i

print(list(squares(0)), tuple(squares(1)), len(list(squares(1000))), sum(squares(100)))
print(sorted(squares(9), reverse=True))
print(",".join(str(x) for x in squares(12)))

def nested(n):
    for i in range(n):
        yield list(squares(i))

print(list(nested(5)))

def failing(n):
    for i in range(n):
        if i == 3:
            raise ValueError("stop at %d" % i)
        yield i

try:
    list(failing(10))
except ValueError as e:
    print("ValueError:", e)

def guarded(n):
    try:
        for i in range(n):
            yield i
    finally:
        print("finally ran")

print(list(guarded(4)))
a, b, c = guarded(3)
print(a, b, c)
try:
    a, b = guarded(3)
except ValueError as e:
    print("ValueError:", e)

x, y, z = (int(p) for p in "2024-05-17".split("-"))
print(x + y + z)
first, *rest = squares(5)
print(first, rest)

# A generator object keeps its arguments after the call site's values change.
items = [1, 2, 3]
g = star(*items)
items.append(4)
print(list(g))
