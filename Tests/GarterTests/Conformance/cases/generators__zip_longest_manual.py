def zip_longest(*its, fill=None):
    iters = [iter(i) for i in its]
    while True:
        row = []
        alive = 0
        for it in iters:
            try:
                row.append(next(it))
                alive += 1
            except StopIteration:
                row.append(fill)
        if not alive:
            return
        yield tuple(row)
print(list(zip_longest([1, 2, 3], "ab", fill="-")))
print(list(zip_longest([], [1])), list(zip_longest()))
