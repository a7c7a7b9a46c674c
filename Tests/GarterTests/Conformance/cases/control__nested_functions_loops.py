def outer(n):
    results = []
    def helper(k):
        return [k * j for j in range(1, 4)]
    for i in range(n):
        row = helper(i)
        if sum(row) % 2:
            results.append(("odd", i, row))
        else:
            results.append(("even", i, row))
    return results
for r in outer(4):
    print(r)
