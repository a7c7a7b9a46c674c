from collections import namedtuple
Shape = namedtuple("Shape", "kind w h")
def area(s):
    match s:
        case Shape("square", w, _):
            return w * w
        case Shape(kind="rect", w=w, h=h):
            return w * h
        case Shape(kind, _, _):
            return f"unknown {kind}"
for s in [Shape("square", 3, 0), Shape("rect", 2, 5), Shape("tri", 1, 1)]:
    print(s, area(s))
Node = namedtuple("Node", "val left right", defaults=(None, None))
tree = Node(1, Node(2, Node(4)), Node(3))
def walk(n):
    if n is None:
        return []
    return walk(n.left) + [n.val] + walk(n.right)
print(walk(tree), tree.left.left, Node.__doc__)
print({Shape("a", 1, 2): 1}[("a", 1, 2)], Shape("a", 1, 2) == ("a", 1, 2), Shape._make("xyz"))
