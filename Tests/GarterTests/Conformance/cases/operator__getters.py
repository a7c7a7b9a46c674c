from operator import itemgetter, attrgetter, methodcaller
rows = [{"name": "ann", "age": 31, "city": "Oslo"}, {"name": "bob", "age": 25, "city": "Rome"}, {"name": "cy", "age": 31, "city": "Bern"}]
print(sorted(rows, key=itemgetter("age", "name")))
print(list(map(itemgetter("name"), rows)), itemgetter(1)("abc"), itemgetter(0, -1)([1, 2, 3]), itemgetter(slice(1, 3))("hello"))
class P:
    def __init__(self, name, addr):
        self.name = name
        self.addr = addr
class A:
    def __init__(self, zip_):
        self.zip = zip_
ps = [P("x", A("9")), P("y", A("1"))]
print([p.name for p in sorted(ps, key=attrgetter("addr.zip"))], attrgetter("name", "addr.zip")(ps[0]))
print(list(map(methodcaller("strip", "-"), ["-a-", "--b"])), methodcaller("split", ",", 1)("a,b,c"), methodcaller("upper")("x"))
print(itemgetter(2), itemgetter("a", "b"), attrgetter("x.y"), methodcaller("f", 1, k="v"))
try:
    itemgetter(5)([1])
except IndexError as e:
    print("IndexError:", e)
try:
    attrgetter("nope")(ps[0])
except AttributeError as e:
    print("AttributeError:", e)
print(callable(itemgetter(1)), type(itemgetter(1)).__name__)
