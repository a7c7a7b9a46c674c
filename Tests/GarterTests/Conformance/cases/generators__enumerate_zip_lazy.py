def gen(n):
    for i in range(n):
        print("  gen yields", i)
        yield i
z = zip(gen(5), "ab")
print(list(z))
e = enumerate(gen(2), start=100)
print(next(e))
print(list(e))
m = map(lambda x: x * 10, gen(2))
print(list(m))
f = filter(None, gen(3))
print(list(f))
