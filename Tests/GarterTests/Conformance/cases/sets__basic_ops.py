a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b), a.intersection(b), a.difference(b), a.symmetric_difference(b))
print(a.union([7, 8], (9,)), a.intersection(range(3)), a.isdisjoint({10}), a.isdisjoint(b))
print({1, 2} <= a, {1, 2} < a, a <= a, a < a, a >= {1}, a > {1, 2, 3, 4})
print({1, 2}.issubset([1, 2, 3]), a.issuperset(range(1, 3)))
print(len(a), 3 in a, 7 in a, 7 not in a)
print(set(), set([3, 1, 2, 3, 1]), set(range(5)), set((1, 1, 2)))
