sq = lambda x: x * x
add = lambda a, b=10: a + b
print(sq(7), add(1), add(1, 2), (lambda *a, **k: (a, k))(1, z=2))
pairs = [(1, "b"), (3, "a"), (2, "c")]
print(sorted(pairs, key=lambda p: p[1]))
compose = lambda f, g: lambda x: f(g(x))
inc = lambda x: x + 1
print(compose(sq, inc)(3), compose(inc, sq)(3))
print(list(map(lambda x, y: x * y, [1, 2, 3], [4, 5, 6])))
print(list(filter(lambda s: s.startswith("a"), ["ab", "ba", "ac"])))
print((lambda: "no args")(), sq.__name__)
fact = lambda n: 1 if n <= 1 else n * fact(n - 1)
print(fact(20))
