r = range(10, 0, -2)
print(list(r), r[1], r[-1], list(r[1:3]), list(r[::-1]), 4 in r, 5 in r)
print(list(range(-3, 3)), list(range(3, -3, -2)), len(range(0, 100, 7)))
print(range(1, 5)[-1], range(0, 20, 5).index(15))
for i in range(3, 0, -1):
    print("countdown", i)
