# `is` / `is not` on objects, None, and the values whose identity CPython decides by value
# or caching (small ints, bools, one-character strings), in expressions and branches.


class Node:
    def __init__(self, nxt=None):
        self.next = nxt


def chain_length(node):
    n = 0
    while node is not None:
        n += 1
        node = node.next
    return n


a = Node()
b = Node(a)
c = Node(b)
print(chain_length(c), chain_length(None))
lst = [1, 2]
same = lst
other = [1, 2]
t = (1, 2)
print(lst is same, lst is other, lst is not other, t is t, None is None, None is not None)
print(a is None, None is a, a is a, a is b, b.next is a, c.next.next is a)
print(True is True, (1 == 1) is True, 0 is False, 5 is 5, "x" is "x", "" is "")
x = 7
y = 7
print(x is y, x is not y, 1.5 is 1.5)
print([v is None for v in (None, 0, "", [], a)])
print(type(a) is Node, type(a) is not object, int is int, len is len)
d = {}
print(d.get("k") is None, d is d.copy(), d.get("k", a) is a)


def ident(p, q):
    if p is q:
        return "same"
    elif p is None or q is None:
        return "one None"
    return "different"


print(ident(a, a), ident(a, None), ident(None, None), ident(a, b), ident(3, 3), ident("s", a))
