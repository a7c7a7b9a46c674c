import copy
class Node:
    def __init__(self, val, children=None):
        self.val = val
        self.children = children or []
    def __repr__(self):
        return f"Node({self.val}, {self.children})"
tree = Node(1, [Node(2), Node(3, [Node(4)])])
t2 = copy.deepcopy(tree)
t2.children[1].children[0].val = 99
print(tree, t2, type(t2).__name__, t2.children[0] is tree.children[0])
t3 = copy.copy(tree)
print(t3.children is tree.children)
class Conn:
    def __init__(self, host):
        self.host = host
        self.socket = object()
    def __copy__(self):
        print("custom copy")
        return Conn(self.host)
    def __deepcopy__(self, memo):
        print("custom deepcopy", type(memo).__name__)
        return Conn(self.host + "-clone")
c = Conn("db")
print(copy.copy(c).host, copy.deepcopy(c).host, copy.deepcopy([c, c])[0].host)
class Stateful:
    def __init__(self):
        self.a = 1
        self.cache = {"x": 1}
    def __getstate__(self):
        st = dict(self.__dict__)
        st.pop("cache")
        return st
    def __setstate__(self, st):
        self.__dict__.update(st)
        self.cache = {}
s2 = copy.deepcopy(Stateful())
print(s2.a, s2.cache)
class Pt:
    def __init__(self, x):
        self.x = x
    def __eq__(self, o):
        return self.x == o.x
print(copy.deepcopy(Pt([1])) == Pt([1]), copy.deepcopy(ValueError("boom")).args)
