values = [3, 1, "two", 5]
print(sorted(values[:2]))
print(sorted(values))
