class Ignore:
    def __init__(self, *kinds):
        self.kinds = kinds
        self.caught = None
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        if et is not None and issubclass(et, self.kinds):
            self.caught = ev
            return True
        return None
with Ignore(ValueError) as ig:
    int("nope")
    print("not reached")
print("caught:", repr(ig.caught))
with Ignore(KeyError) as ig2:
    pass
print("nothing caught:", ig2.caught)
try:
    with Ignore(KeyError):
        [][0]
except IndexError as e:
    print("propagated:", e)
