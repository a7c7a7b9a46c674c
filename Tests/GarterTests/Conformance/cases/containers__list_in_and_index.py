items = ["apple", "banana", "cherry", "banana"]
print("banana" in items, "grape" in items, "grape" not in items)
print(items.index("banana"), items.index("banana", 2))
try:
    items.index("grape")
except ValueError as e:
    print("ValueError:", e)
try:
    items.remove("grape")
except ValueError as e:
    print("ValueError:", e)
print([i for i, x in enumerate(items) if x == "banana"])
print(1 in [1.0], 0 in [False], None in [0, "", []], [] in [[]])
