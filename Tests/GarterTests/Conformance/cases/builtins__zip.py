a = [1, 2, 3]
b = "abcd"
print(list(zip(a, b)))
print(list(zip(a)), list(zip()), list(zip(a, b, (True, False))))
print(list(zip(a, [4, 5, 6], strict=True)))
try:
    list(zip(a, b, strict=True))
except ValueError as e:
    print("ValueError:", e)
try:
    list(zip("abcd", a, strict=True))
except ValueError as e:
    print("ValueError:", e)
pairs = [("x", 1), ("y", 2)]
names, nums = zip(*pairs)
print(names, nums)
print(dict(zip(names, nums)))
