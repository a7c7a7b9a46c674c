handlers = {}
def on(event):
    def deco(fn):
        handlers.setdefault(event, []).append(fn)
        return fn
    return deco
def emit(event, *args):
    results = []
    for h in handlers.get(event, []):
        results.append(h(*args))
    return results
@on("greet")
def hello(name):
    return f"hello {name}"
@on("greet")
def shout(name):
    return f"HEY {name.upper()}!"
@on("sum")
def add(*nums):
    return sum(nums)
print(emit("greet", "ann"))
print(emit("sum", 1, 2, 3), emit("missing"))
print({k: [f.__name__ for f in v] for k, v in handlers.items()})
