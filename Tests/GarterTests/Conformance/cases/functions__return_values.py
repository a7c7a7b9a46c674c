def nothing():
    pass
def early(x):
    if x < 0:
        return "negative"
    if x == 0:
        return
    return "positive"
def multi():
    return 1, "two", [3]
print(nothing(), early(-1), early(0), early(5))
a, b, c = multi()
print(a, b, c, multi())
def find(items, target):
    for i, x in enumerate(items):
        if x == target:
            return i
    return -1
print(find([5, 6, 7], 7), find([], 1))
def gen_return():
    return [i for i in range(3)]
print(gen_return())
