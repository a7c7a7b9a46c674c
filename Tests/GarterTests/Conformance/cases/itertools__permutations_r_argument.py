import itertools


class I:
    def __index__(self):
        return 1


for r in [I(), 2 ** 70, 1.5, "x", None, 1, True, -1]:
    try:
        print(list(itertools.permutations("ab", r)))
    except Exception as e:
        print(type(e).__name__, e)
