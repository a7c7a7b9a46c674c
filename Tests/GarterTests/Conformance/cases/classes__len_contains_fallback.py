class Box:
    def __init__(self, *items):
        self.items = items
    def __len__(self):
        return len(self.items)
    def __iter__(self):
        print("  (iterating)")
        return iter(self.items)
b = Box(1, 2, 3)
print(len(b), 2 in b, 5 in b, list(b), bool(b), bool(Box()))
class BadLen:
    def __len__(self):
        return -1
try:
    len(BadLen())
except ValueError as e:
    print("ValueError:", e)
class StrLen:
    def __len__(self):
        return "3"
try:
    len(StrLen())
except TypeError as e:
    print("TypeError:", e)
