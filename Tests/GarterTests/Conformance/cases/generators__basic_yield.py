def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1
g = count_up(3)
print(type(g).__name__)
print(next(g), next(g), next(g))
try:
    next(g)
except StopIteration:
    print("exhausted")
print(list(count_up(5)), sum(count_up(101)), list(count_up(0)))
def letters():
    yield "a"
    yield "b"
    yield "c"
for ch in letters():
    print(ch, end=" ")
print()
print(dict(enumerate(letters())), "-".join(letters()))
