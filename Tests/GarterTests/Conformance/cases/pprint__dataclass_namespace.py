import pprint
import types
from dataclasses import dataclass, field

@dataclass
class Item:
    name: str
    tags: list = field(default_factory=list)
    price: float = 0.0

@dataclass
class Order:
    id: int
    items: list
    note: str = field(default="", repr=False)

order = Order(7, [Item("widget", ["a", "b", "c"], 2.5), Item("gadget" * 5, [], 10.0)])
pprint.pprint(order)
pprint.pprint(order, width=40)
ns = types.SimpleNamespace(alpha=list(range(20)), beta="text", gamma={"k": [1, 2, 3] * 5})
pprint.pprint(ns)
pprint.pprint(types.MappingProxyType({"key%d" % i: i for i in range(12)}))
