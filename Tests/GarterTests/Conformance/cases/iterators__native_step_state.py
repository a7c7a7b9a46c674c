# Native iterators keep their position between steps: tuple, str, set, dict views,
# enumerate (past the int range), zip (strict), reversed (also of a shrinking bytearray),
# list_reverseiterator, bytes; and their errors when the container changes.
import sys
t = (1, 2, 3)
it = iter(t)
print(next(it), list(it), list(it))
for s in ("abc", "héllo"):
    it = iter(s)
    print(next(it), next(it), "".join(it))
d = {"a": 1, "b": 2, "c": 3}
print(list(d), list(d.values()), list(d.items()))
it = iter(d.items())
print(next(it))
d["z"] = 26
try:
    next(it)
except RuntimeError as e:
    print("RuntimeError:", e)
s = {1, 2, 3}
it = iter(s)
next(it)
s.add(4)
try:
    next(it)
except RuntimeError as e:
    print("RuntimeError:", e)
e = enumerate("xyz", sys.maxsize - 1)
print(list(e))
print(list(zip("ab", [1, 2], (True, False))))
try:
    list(zip("abc", [1, 2], strict=True))
except ValueError as err:
    print("ValueError:", err)
try:
    list(zip("ab", [1, 2, 3], strict=True))
except ValueError as err:
    print("ValueError:", err)
print(list(reversed((1, 2, 3))), list(reversed("héllo")), list(reversed(b"abc")), list(reversed(range(3))))
ba = bytearray(b"abcdef")
r = reversed(ba)
print(next(r), next(r))
for _ in range(5):
    ba.pop()
print(list(r))
lst = [1, 2, 3, 4]
r = reversed(lst)
print(next(r))
lst.pop()
lst.pop()
print(list(r))
print(list(iter(b"hi")), [x for x in enumerate(d)], list(reversed({"p": 1, "q": 2})))
