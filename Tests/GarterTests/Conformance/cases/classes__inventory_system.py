class Item:
    def __init__(self, sku, name, price, qty=0):
        self.sku, self.name, self.price, self.qty = sku, name, price, qty
    @property
    def value(self):
        return self.price * self.qty
    def __repr__(self):
        return f"Item({self.sku}, {self.name!r}, {self.price}, qty={self.qty})"
class Inventory:
    def __init__(self):
        self._items = {}
    def add(self, item):
        if item.sku in self._items:
            self._items[item.sku].qty += item.qty
        else:
            self._items[item.sku] = item
        return self
    def remove(self, sku, qty):
        item = self._items[sku]
        if qty > item.qty:
            raise ValueError(f"cannot remove {qty} of {item.name}: only {item.qty}")
        item.qty -= qty
        if item.qty == 0:
            del self._items[sku]
    def __len__(self):
        return len(self._items)
    def __contains__(self, sku):
        return sku in self._items
    def __getitem__(self, sku):
        return self._items[sku]
    def __iter__(self):
        return iter(sorted(self._items.values(), key=lambda i: i.sku))
    def total(self):
        return sum(i.value for i in self)
inv = Inventory()
inv.add(Item("B2", "bolt", 0.25, 100)).add(Item("A1", "anvil", 99.0, 2)).add(Item("B2", "bolt", 0.25, 50))
print(len(inv), inv["B2"], "A1" in inv, "Z9" in inv)
inv.remove("A1", 2)
try:
    inv.remove("B2", 1000)
except ValueError as e:
    print("ValueError:", e)
try:
    inv.remove("A1", 1)
except KeyError as e:
    print("KeyError:", e)
print(list(inv), inv.total())
