inventory = {"apple": 3, "pear": 0}
for item in ["apple", "banana", "pear"]:
    try:
        print(item, inventory[item])
    except KeyError as e:
        print("missing", e, repr(e), e.args)
try:
    {}.pop("x")
except KeyError as e:
    print("pop KeyError", e)
try:
    {}.popitem()
except KeyError as e:
    print("popitem KeyError", e)
try:
    inventory[("a", 1)]
except KeyError as e:
    print("tuple key", e)
