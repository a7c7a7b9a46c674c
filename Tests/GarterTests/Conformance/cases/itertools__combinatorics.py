from itertools import product, permutations, combinations, combinations_with_replacement
print(list(product("AB", [1, 2])), list(product(range(2), repeat=3)))
print(list(product()), list(product([])), list(product("ab", [])), len(list(product(range(4), repeat=4))))
print(list(permutations("abc")), list(permutations(range(4), 2))[:5], list(permutations([], 0)), list(permutations("ab", 3)))
print(list(combinations("ABCD", 2)), list(combinations(range(5), 4)), list(combinations("ab", 0)), list(combinations("ab", 5)))
print(list(combinations_with_replacement("ABC", 2)), list(combinations_with_replacement([], 2)), list(combinations_with_replacement("a", 0)))
coins = [1, 5, 10, 25]
ways = [c for n in range(1, 5) for c in combinations_with_replacement(coins, n) if sum(c) == 30]
print(ways)
best = min(permutations([(0, 0), (3, 4), (6, 0), (3, -4)]), key=lambda tour: sum(abs(a[0] - b[0]) + abs(a[1] - b[1]) for a, b in zip(tour, tour[1:])))
print(best)
for bad in [lambda: combinations("ab"), lambda: combinations("ab", -1), lambda: permutations("ab", -2), lambda: product("a", repeat=-1)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
