items = {"a": [1, 2, 3)}
print(items)
