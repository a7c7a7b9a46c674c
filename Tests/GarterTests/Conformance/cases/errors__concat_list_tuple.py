a = [1, 2]
print(a + [3])
print(a + (3,))
