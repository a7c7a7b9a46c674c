from collections import UserDict, UserList, UserString
class LowerDict(UserDict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)
d = LowerDict({"A": 1})
d["B"] = 2
print(d, d["a"], "b" in d, len(d), d.get("c", 0), sorted(d.keys()))
class Stack(UserList):
    def push(self, x):
        self.append(x)
s = Stack([1, 2])
s.push(3)
print(s, s[-1], len(s), s + [4], s[1:], type(s[1:]).__name__)
u = UserString("hello")
print(u, u.upper(), len(u), u == "hello", u + "!")
