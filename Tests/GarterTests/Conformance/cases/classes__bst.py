class BST:
    def __init__(self):
        self.root = None
    class _Node:
        def __init__(self, k):
            self.k = k
            self.left = self.right = None
    def insert(self, k):
        if self.root is None:
            self.root = self._Node(k)
            return
        n = self.root
        while True:
            if k < n.k:
                if n.left is None:
                    n.left = self._Node(k)
                    return
                n = n.left
            else:
                if n.right is None:
                    n.right = self._Node(k)
                    return
                n = n.right
    def inorder(self, n="start"):
        if n == "start":
            n = self.root
        if n is None:
            return []
        return self.inorder(n.left) + [n.k] + self.inorder(n.right)
    def height(self, n="start"):
        if n == "start":
            n = self.root
        return 0 if n is None else 1 + max(self.height(n.left), self.height(n.right))
    def __contains__(self, k):
        n = self.root
        while n:
            if k == n.k:
                return True
            n = n.left if k < n.k else n.right
        return False
t = BST()
for k in [50, 30, 70, 20, 40, 60, 80, 35, 45, 65]:
    t.insert(k)
print(t.inorder(), t.height(), 45 in t, 55 in t)
