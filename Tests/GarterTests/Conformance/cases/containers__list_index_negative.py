a = [10, 20, 30, 40]
print(a[-1], a[-4], a[len(a) - 1])
a[-1] = 44
a[-2] += 5
print(a)
for i in range(-len(a), len(a)):
    print(i, a[i], end=" | ")
print()
