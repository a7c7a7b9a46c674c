registry = {"add": lambda a, b: a + b, "mul": lambda a, b: a * b}
ops = [("add", 2, 3), ("mul", 4, 5), ("pow", 2, 8), ("add", "x", "y")]
for name, a, b in ops:
    fn = registry.get(name)
    if fn is None:
        print(name, "unknown op")
        continue
    print(name, a, b, "->", fn(a, b))
registry["pow"] = pow
print(registry["pow"](2, 8), sorted(registry))
