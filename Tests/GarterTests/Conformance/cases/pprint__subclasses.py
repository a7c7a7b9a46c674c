import pprint

class MyDict(dict):
    pass

class MyList(list):
    pass

class Custom(list):
    def __repr__(self):
        return "Custom(%d items)" % len(self)

pprint.pprint(MyDict({"k%d" % i: i for i in range(10)}), width=30)
pprint.pprint(MyList(range(30)), width=30)
pprint.pprint(Custom(range(30)), width=30)
pprint.pprint([Custom([1]), MyDict(a=1)], width=10)
pprint.pprint({"dict": MyDict(z=1, a=2)})
