def find(items, key):
    for it in items:
        if it == key:
            return it
result = find(["a", "b"], "c")
print("result is", result)
print(result.upper())
