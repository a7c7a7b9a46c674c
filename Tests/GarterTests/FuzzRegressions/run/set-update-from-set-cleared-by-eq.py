# A key's __eq__ empties the set another set is being filled from (set.update(t), s | t):
# the merge indexed past the emptied table (Swift trap: index out of range).
armed = False
class K:
    def __init__(self, n): self.n = n
    def __hash__(self): return 1
    def __eq__(self, o):
        if armed:
            t.clear()
        return False
t = set(K(i) for i in range(6))
s = {K(99)}
armed = True
s.update(t)
print(len(s))
armed = False
t = set(K(i) for i in range(6))
armed = True
print(len({K(99)} | t))
