from dataclasses import dataclass, field, make_dataclass, fields, asdict


@dataclass(slots=True)
class Item:
    name: str
    qty: int = 0
    tags: list = field(default_factory=list)


it = Item("a", 2)
print(it, Item.__slots__, "__dict__" in dir(Item), asdict(it))
try:
    it.color = "red"
except AttributeError as e:
    print("AttributeError:", e)
it.qty += 1
print(it.qty, Item("b"))


@dataclass(slots=True, frozen=True)
class P:
    x: int
    y: int = 0


p = P(1)
print(p, hash(p) == hash(P(1, 0)))
try:
    p.x = 2
except AttributeError as e:
    print(type(e).__name__, e)

Point = make_dataclass('Point', [('x', int), 'z', ('y', int, field(default=0))])
print(Point(1, 2, 3), [f.name for f in fields(Point)], [f.type for f in fields(Point)])
Ordered = make_dataclass('Ordered', [('v', int)], order=True, namespace={'double': lambda self: self.v * 2})
print(sorted([Ordered(3), Ordered(1)]), Ordered(4).double())
for bad in ([('a', int), ('a', int)], [('class', int)], [('1x', int)], [('a', int, 1, 2)]):
    try:
        make_dataclass('Bad', bad)
    except TypeError as e:
        print("TypeError:", e)
