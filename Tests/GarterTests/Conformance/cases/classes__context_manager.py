class Resource:
    def __init__(self, name, log):
        self.name = name
        self.log = log
    def __enter__(self):
        self.log.append(f"open {self.name}")
        return self
    def __exit__(self, exc_type, exc, tb):
        self.log.append(f"close {self.name} exc={exc_type.__name__ if exc_type else None}")
        return False
log = []
with Resource("a", log) as r:
    log.append(f"using {r.name}")
with Resource("x", log) as x, Resource("y", log) as y:
    log.append(f"using {x.name}+{y.name}")
try:
    with Resource("b", log):
        log.append("about to fail")
        raise ValueError("boom")
except ValueError as e:
    log.append(f"caught {e}")
for line in log:
    print(line)
class Suppress:
    def __init__(self, *types):
        self.types = types
    def __enter__(self):
        return None
    def __exit__(self, t, e, tb):
        if t is not None and issubclass(t, self.types):
            print("suppressed", t.__name__, e)
            return True
        return False
with Suppress(KeyError, ZeroDivisionError) as nothing:
    print("inside, as-target is", nothing)
    1 / 0
print("after suppress")
