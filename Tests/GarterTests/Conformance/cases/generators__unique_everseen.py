def unique(iterable, key=None):
    seen = set()
    for x in iterable:
        k = x if key is None else key(x)
        if k not in seen:
            seen.add(k)
            yield x
print(list(unique([3, 1, 3, 2, 1, 4])))
print(list(unique("AbBaCc", key=str.lower)))
print(list(unique([(1, "a"), (2, "b"), (1, "c")], key=lambda t: t[0])))
