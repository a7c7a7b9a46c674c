def running(iterable, fn=lambda a, b: a + b):
    it = iter(iterable)
    try:
        acc = next(it)
    except StopIteration:
        return
    yield acc
    for x in it:
        acc = fn(acc, x)
        yield acc
print(list(running([1, 2, 3, 4, 5])))
print(list(running([3, 1, 4, 1, 5, 9, 2], max)))
print(list(running("abc")), list(running([])))
print(list(running([1, 2, 3, 4], lambda a, b: a * b)))
