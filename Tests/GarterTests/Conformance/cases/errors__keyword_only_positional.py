def make(name, *, size):
    return f"{name}:{size}"
print(make("a", size=2))
print(make("a", 2))
