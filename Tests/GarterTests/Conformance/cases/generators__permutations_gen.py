def permutations(items):
    if len(items) <= 1:
        yield list(items)
        return
    for i in range(len(items)):
        for p in permutations(items[:i] + items[i + 1:]):
            yield [items[i]] + p
perms = list(permutations([1, 2, 3]))
print(perms, len(perms))
print(sum(1 for _ in permutations(list(range(6)))))
print(next(p for p in permutations("abcd") if p[0] == "c"))
