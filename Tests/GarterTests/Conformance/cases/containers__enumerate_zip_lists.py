names = ["ann", "bo", "cy"]
ages = [31, 25, 40, 99]
for i, (n, a) in enumerate(zip(names, ages), start=1):
    print(i, n, a)
print(list(zip(names, ages)), dict(zip(names, ages)))
print(list(zip(*[(1, "a"), (2, "b"), (3, "c")])))
print(list(enumerate("xyz", 10)))
pairs = list(zip(range(3), range(10, 13), "abc"))
print(pairs)
