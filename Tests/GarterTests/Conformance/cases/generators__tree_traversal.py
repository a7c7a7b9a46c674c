class Node:
    def __init__(self, v, *kids):
        self.v = v
        self.kids = kids
def preorder(n):
    yield n.v
    for k in n.kids:
        yield from preorder(k)
def postorder(n):
    for k in n.kids:
        yield from postorder(k)
    yield n.v
def bfs(n):
    q = [n]
    while q:
        cur = q.pop(0)
        yield cur.v
        q.extend(cur.kids)
def leaves_with_depth(n, d=0):
    if not n.kids:
        yield n.v, d
    for k in n.kids:
        yield from leaves_with_depth(k, d + 1)
t = Node("A", Node("B", Node("D"), Node("E")), Node("C", Node("F", Node("G"))))
print(list(preorder(t)), list(postorder(t)), list(bfs(t)))
print(list(leaves_with_depth(t)))
