class A:
    def __repr__(self):
        return "A(" + self.missing + ")"
items = [A()]
print(items)
