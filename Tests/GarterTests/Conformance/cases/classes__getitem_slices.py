class Seq:
    def __init__(self, data):
        self.data = list(data)
    def __getitem__(self, idx):
        if isinstance(idx, slice):
            return Seq(self.data[idx])
        return self.data[idx]
    def __len__(self):
        return len(self.data)
    def __repr__(self):
        return f"Seq({self.data})"
s = Seq("abcdefg")
print(s[0], s[-1], s[1:4], s[::2], s[::-1], len(s[2:]))
print(list(s), "c" in s, "z" in s)
for i, ch in enumerate(s):
    if i > 2:
        break
    print(i, ch)
class Squares:
    def __getitem__(self, i):
        if i >= 5:
            raise IndexError
        return i * i
print(list(Squares()), 9 in Squares(), 10 in Squares())
class Echo:
    def __getitem__(self, key):
        return key
e = Echo()
print(e[1], e["k"], e[1:2], e[::3], e[1, 2], e[1:2, 3])
