pairs = [(1, "one"), (2, "two"), (3, "three")]
print([n * 2 for n, _ in pairs])
print({name: n for n, name in pairs})
triples = [(1, (2, 3)), (4, (5, 6))]
print([a + b + c for a, (b, c) in triples])
print([first for first, *rest in [[1, 2, 3], [4], [5, 6]]])
print([rest for first, *rest in [[1, 2, 3], [4], [5, 6]]])
