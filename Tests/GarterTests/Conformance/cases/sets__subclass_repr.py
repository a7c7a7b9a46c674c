class MySet(set):
    pass


class MyFS(frozenset):
    pass


class MyList(list):
    pass


class MyDict(dict):
    pass


print(MySet([1, 2]), MySet(), MyFS([3]), MyFS(), repr(MySet("a")), MyList([1]), MyDict(a=1), [MySet([1])], str(MySet([2])))
s = MySet([1])
s.add(s and 2)
print(s, {1}, frozenset([1]), set(), frozenset())
