first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "hello"
print(init, last)
a, *mid, b = range(2)
print(a, mid, b)
a, *mid, b = (1, 2, 3, 4, 5)
print(a, mid, b)
(x, *y), z = [1, 2, 3], 4
print(x, y, z)
for head, *tail in [(1, 2, 3), (4,), "ab"]:
    print(head, tail)
record = ("Ann", "Lee", "ann@x.org", "555-1234", "555-9999")
name, surname, email, *phones = record
print(name, surname, email, phones)
print([*"ab", *range(2)], (*[1], *(2, 3)), {*[1, 1, 2]}, {**{"a": 1}, "b": 2})
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print("ValueError:", e)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print("ValueError:", e)
try:
    a, *b, c = [1]
except ValueError as e:
    print("ValueError:", e)
