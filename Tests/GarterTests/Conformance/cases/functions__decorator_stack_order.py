def tag(name):
    def deco(fn):
        print(f"decorating {fn.__name__} with {name}")
        def wrapper(*args, **kwargs):
            print(f"enter {name}")
            r = fn(*args, **kwargs)
            print(f"exit {name}")
            return f"<{name}>{r}</{name}>"
        wrapper.__name__ = fn.__name__
        return wrapper
    return deco

@tag("b")
@tag("i")
@tag("u")
def text(s):
    print("body runs")
    return s

print(text("hi"))
print(text.__name__)
def timesn(n):
    return lambda fn: lambda *a: fn(*a) * n
@timesn(3)
@timesn(2)
def one():
    return 1
print(one())
