total = 0
items = [1, 2, "3", 4]
for it in items:
    print("adding", repr(it))
    total = total + it
print(total)
