class C:
    def __getitem__(self, k):
        return 1


class Idx:
    def __index__(self):
        return 0


for o in [C(), 1, 1.5, None, (1, 2), 'ab', frozenset(), range(3), {}.keys(), 1j, print]:
    for k in [0, 'x', True, 2 ** 70, Idx()]:
        try:
            del o[k]
        except Exception as e:
            print(type(o).__name__, type(k).__name__, type(e).__name__, e)
