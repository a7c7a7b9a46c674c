def flatten(x):
    out = []
    for item in x:
        if isinstance(item, (list, tuple)):
            out.extend(flatten(item))
        else:
            out.append(item)
    return out

nested = [1, [2, [3, [4, [5]]]], (6, 7), [], [[[]]], "str", [8, (9, [10])]]
print(flatten(nested))
def depth(x):
    if isinstance(x, (list, tuple)):
        return 1 + max((depth(i) for i in x), default=0)
    return 0
print(depth(nested), depth([]), depth(5), depth([[1], [[2]]]))
