def numbers():
    yield 1
    yield 2
    raise ValueError("generator failure")
    yield 3
g = numbers()
out = []
try:
    for n in g:
        out.append(n)
except ValueError as e:
    out.append(str(e))
print(out)
print(next(g, "exhausted"))
def safe_gen(items):
    for it in items:
        try:
            yield 10 / it
        except ZeroDivisionError:
            yield float("inf")
print(list(safe_gen([1, 0, 4])))
