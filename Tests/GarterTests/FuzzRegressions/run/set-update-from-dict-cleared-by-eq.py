# A key's __eq__ empties the dict a set is being filled from (set.update(d), set(d)):
# the merge read entries past the dict's end (heap-use-after-free under ASan).
armed = False
class K:
    def __init__(self, n): self.n = n
    def __hash__(self): return 1
    def __eq__(self, o):
        if armed:
            d.clear()
        return False
d = {K(i): i for i in range(6)}
s = {K(99)}
armed = True
s.update(d)
print(len(s))
armed = False
d = {K(i): i for i in range(6)}
armed = True
print(len(set(d)))
