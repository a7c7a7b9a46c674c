inventory = {"apple": 5, "banana": 0, "cherry": 12, "date": 3}
def low_stock(inv, threshold):
    for name, qty in inv.items():
        if qty < threshold:
            yield name, qty
print(list(low_stock(inventory, 4)))
print(dict(low_stock(inventory, 10)))
restock = {name: qty + 10 for name, qty in low_stock(inventory, 4)}
print(restock)
