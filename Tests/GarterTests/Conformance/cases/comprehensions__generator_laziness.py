log = []
def src(n):
    for i in range(n):
        log.append(f"gen {i}")
        yield i
g = (x * 10 for x in src(5))
print(log)
print(next(g), log)
print([v for v in g if v > 20], log)
first_big = next(x for x in src(100) if x > 3)
print(first_big, len(log))
