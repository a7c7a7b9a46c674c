a = [1, 2, 3, 4, 5, 6]
b = [4, 5, 6, 7, 8]
print([x for x in a if x in b])
print([x for x in a if x not in set(b)])
print(sorted({x for x in a} ^ {x for x in b}))
print({x % 3 for x in a + b})
