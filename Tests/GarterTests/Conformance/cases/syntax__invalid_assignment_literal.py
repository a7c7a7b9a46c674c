x = 1
1 = x
print(x)
