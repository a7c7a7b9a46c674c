x = 10.0
for i in range(4):
    x = x * 1e100
    print(i, x)
print("as int:", int(1e300))
print(int(x))
