def batched(iterable, n):
    batch = []
    for x in iterable:
        batch.append(x)
        if len(batch) == n:
            yield tuple(batch)
            batch = []
    if batch:
        yield tuple(batch)
print(list(batched(range(10), 3)))
print(list(batched("abcdef", 2)), list(batched([], 4)))
def pairwise(it):
    it = iter(it)
    prev = next(it, None)
    for cur in it:
        yield prev, cur
        prev = cur
print(list(pairwise([1, 2, 4, 7, 11])), list(pairwise([1])))
def sliding(seq, k):
    win = []
    for x in seq:
        win.append(x)
        if len(win) > k:
            win.pop(0)
        if len(win) == k:
            yield sum(win) / k
print(list(sliding([2, 4, 6, 8, 10], 3)))
