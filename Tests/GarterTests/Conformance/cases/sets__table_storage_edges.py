# Set tables: growth and shrinking with string, int and object keys, dummies left by
# removals, pop order, in-place operators, keys whose __eq__ changes the set, and a deep
# chain of nested frozensets released without recursion trouble.

words = {f"w{i}" for i in range(1000)}
print(len(words), "w999" in words, "w1000" in words)
for i in range(0, 1000, 3):
    words.discard(f"w{i}")
print(len(words), sorted(words)[:5])
words.update(f"x{i}" for i in range(50))
print(len(words), "x49" in words)

nums = set(range(64))
popped = [nums.pop() for _ in range(10)]
print(popped, len(nums))
nums.clear()
print(nums, len(nums))
nums.add(5)
print(nums)

a = {1, 2, 3, 4, 5, "a", "b", (1, 2)}
b = {4, 5, 6, "b", (1, 2), None}
c = set(a)
c &= b
print(sorted(map(repr, c)))
c |= {7, 8}
print(sorted(map(repr, c)))
c -= {7, "b"}
print(sorted(map(repr, c)))
c ^= {8, 9, None}
print(sorted(map(repr, c)))
print(sorted(map(repr, a & b)), sorted(map(repr, a - b)), sorted(map(repr, a ^ b)))
print(a.copy() == a, frozenset(a) == a, hash(frozenset([1, 2, 3])) == hash(frozenset([3, 2, 1])))
print(hash(frozenset()), hash(frozenset([1])), hash(frozenset(["x", "y"])) == hash(frozenset(["y", "x"])))


class Key:
    def __init__(self, n, target=None):
        self.n = n
        self.target = target

    def __hash__(self):
        return self.n % 4

    def __eq__(self, other):
        if self.target is not None and len(self.target) < 40:
            # Grows the set being searched: the lookup must start over on the new table.
            self.target.update(range(100, 130))
        return isinstance(other, Key) and self.n == other.n

    def __repr__(self):
        return f"Key({self.n})"


s = {Key(0), Key(1), Key(2)}
k = Key(4, s)
s.add(k)
print(len(s), k in s, Key(4) in s, sorted(x for x in s if isinstance(x, int))[:3])
print(Key(8) in s, len(s))

objs = {Key(i) for i in range(20)}
objs.discard(Key(3))
print(len(objs), Key(3) in objs, Key(19) in objs)

deep = frozenset()
for i in range(100000):
    deep = frozenset([deep, i])
print(len(deep))
del deep

strs = set()
for i in range(200):
    strs.add("s" * (i % 17) + str(i))
for i in range(0, 200, 2):
    strs.remove("s" * (i % 17) + str(i))
print(len(strs), min(strs), max(strs))

s1 = "abc"
print(s1 + "" is s1, "" + s1 is s1, s1 + "def", "é" + s1, len("é" + s1), ("ab" * 3) + "c")
t = "x"
for i in range(5):
    t += str(i)
print(t, t * 2, 2 * t, t * 0 == "", "-" * -1 == "")
