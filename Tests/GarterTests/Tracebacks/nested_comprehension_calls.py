def a():
    return b()
def b():
    return [c() for _ in range(1)]
def c():
    return int("z")
a()
