def inner():
    yield 1
    yield 2
    return "inner-done"
def outer():
    result = yield from inner()
    print("inner returned", result)
    yield from [10, 20]
    yield from "xy"
    yield from range(2)
    return "outer-done"
print(list(outer()))
def flatten(x):
    for item in x:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item
print(list(flatten([1, [2, [3, [4]], 5], [[6]]])))
def chain(*its):
    for it in its:
        yield from it
print(list(chain([1], (2, 3), {4: "x"}, "56")))
