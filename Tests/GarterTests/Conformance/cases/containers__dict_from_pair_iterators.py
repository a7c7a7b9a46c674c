# Dicts built from pair iterators (zip, enumerate, dict items) and dict displays whose
# keys or values fail part-way.
header = ["id", "name", "qty"]
row = "7,widget,3".split(",")
print(dict(zip(header, row)))
print(dict(zip(header, row[:2])))
print(dict(zip(header[:1], row)))
print(dict(enumerate("abc")))
print(dict(enumerate("ab", 10)))
src = {"x": 1, "y": 2}
print(dict(src.items()))
print(dict(iter(src.items())))
print(dict(zip(iter("ab"), (i * i for i in range(5)))))

# Repeated keys keep the last value, in first-insertion order.
print(dict(zip("abca", range(4))))

# update() with the same iterators, onto existing keys.
d = {"a": 0, "z": 26}
d.update(zip("ab", [1, 2]))
d.update(enumerate("q"))
print(d)

# Partly consumed iterators give the rest.
z = zip("abcd", range(4))
next(z)
print(dict(z))
print(dict(z))
e = enumerate("xyz")
next(e)
print(dict(e))

# Unhashable keys.
try:
    dict(zip([[1], [2]], "ab"))
except TypeError as err:
    print("TypeError:", err)
try:
    dict(enumerate([1])).update(zip([{}], [1]))
except TypeError as err:
    print("TypeError:", err)

# A display with an unhashable key in the middle releases what it did not store.
def display(bad):
    return {"a": [1], bad: [2], "c": [3]}
try:
    display([])
except TypeError as err:
    print("TypeError:", err)
print(display("b"))
try:
    {"k" + str(i): [i] for i in range(3)} | {[]: 1}
except TypeError as err:
    print("TypeError:", err)

# Source errors surface from dict().
def failing():
    yield 1
    raise ValueError("stop")
try:
    dict(zip("ab", failing()))
except ValueError as err:
    print("ValueError:", err)
class Key:
    def __init__(self, n):
        self.n = n
    def __hash__(self):
        if self.n == 2:
            raise RuntimeError("no hash for 2")
        return self.n
    def __eq__(self, other):
        return isinstance(other, Key) and other.n == self.n
    def __repr__(self):
        return f"Key({self.n})"
print(dict(zip([Key(1), Key(3)], "ab")))
try:
    dict(zip([Key(1), Key(2)], "ab"))
except RuntimeError as err:
    print("RuntimeError:", err)
try:
    {Key(1): 1, Key(2): 2}
except RuntimeError as err:
    print("RuntimeError:", err)

# Elements that are not pairs still raise CPython's errors.
try:
    dict(enumerate("ab")) | dict([(1, 2, 3)])
except ValueError as err:
    print("ValueError:", err)
try:
    dict([1])
except TypeError as err:
    print("TypeError:", err)
