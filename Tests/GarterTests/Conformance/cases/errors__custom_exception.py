class InventoryError(Exception):
    pass
stock = {"widget": 2}
def take(item, n):
    if stock.get(item, 0) < n:
        raise InventoryError(f"not enough {item}: have {stock.get(item, 0)}, need {n}")
    stock[item] -= n
take("widget", 1)
print("took one widget, left:", stock["widget"])
take("widget", 5)
