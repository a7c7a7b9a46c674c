def repeat(times):
    def deco(fn):
        def wrapper(*args):
            return [fn(*args) for _ in range(times)]
        wrapper.__name__ = fn.__name__
        return wrapper
    return deco

def prefix(tag, sep=": "):
    def deco(fn):
        def wrapper(*a, **k):
            return tag + sep + str(fn(*a, **k))
        return wrapper
    return deco

@repeat(3)
def greet(name):
    return f"hi {name}"

@prefix("LOG")
@prefix("inner", sep="|")
def compute(x):
    return x * 2

print(greet("bob"), greet.__name__)
print(compute(21))

registry = {}
def register(name):
    def deco(fn):
        registry[name] = fn
        return fn
    return deco

@register("double")
def _d(x):
    return 2 * x

@register("square")
def _s(x):
    return x * x

print(sorted(registry), registry["double"](4), registry["square"](4), _d(1))
