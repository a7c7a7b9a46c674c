def trace(fn):
    def wrapper(*args, **kwargs):
        print(f"-> {fn.__name__}{args}")
        result = fn(*args, **kwargs)
        print(f"<- {fn.__name__} = {result}")
        return result
    return wrapper

@trace
def add(a, b):
    return a + b

@trace
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)

add(2, 3)
fact(4)
print(add.__name__)
