inventory = [("apples", 3, 0.5), ("pears", 0, 0.75), ("kiwis", 12, 0.2), ("plums", 7, 0.4)]
in_stock = [name for name, q, _ in inventory if q]
print(in_stock)
value = sum(q * p for _, q, p in inventory)
print(round(value, 2))
names, qtys, prices = zip(*inventory)
print(names, qtys, prices)
print(max(inventory, key=lambda t: t[1] * t[2]))
updated = [(n, q + 5, p) if q < 5 else (n, q, p) for n, q, p in inventory]
print(updated)
