# An __index__ (or a value's conversion) that resizes the very sequence being
# indexed: the length is read after the conversion, so each access raises
# IndexError as in CPython instead of reaching past the end (this used to crash).


class ClearList:
    def __index__(self):
        xs.clear()
        return 0


class GrowList:
    def __index__(self):
        xs.extend(range(10))
        return 5


class ClearBytes:
    def __index__(self):
        ba.clear()
        return 0


def case0():
    global xs, ba
    xs[ClearList()]


def case1():
    global xs, ba
    xs[ClearList()] = 5


def case2():
    global xs, ba
    del xs[ClearList()]


def case3():
    global xs, ba
    xs[ClearList()] += 1


def case4():
    global xs, ba
    xs[GrowList()]


def case5():
    global xs, ba
    xs[GrowList()] = 'grown'


def case6():
    global xs, ba
    xs[0:2] = (i for i in [xs.clear(), 7])


def case7():
    global xs, ba
    ba[ClearBytes()]


def case8():
    global xs, ba
    ba[ClearBytes()] = 1


def case9():
    global xs, ba
    ba[0] = ClearBytes()


def case10():
    global xs, ba
    del ba[ClearBytes()]


def case11():
    global xs, ba
    ba.pop(ClearBytes())


def case12():
    global xs, ba
    xs.pop(ClearList())


for fn, text in [
    (case0, 'xs[ClearList()]'),
    (case1, 'xs[ClearList()] = 5'),
    (case2, 'del xs[ClearList()]'),
    (case3, 'xs[ClearList()] += 1'),
    (case4, 'xs[GrowList()]'),
    (case5, "xs[GrowList()] = 'grown'"),
    (case6, 'xs[0:2] = (i for i in [xs.clear(), 7])'),
    (case7, 'ba[ClearBytes()]'),
    (case8, 'ba[ClearBytes()] = 1'),
    (case9, 'ba[0] = ClearBytes()'),
    (case10, 'del ba[ClearBytes()]'),
    (case11, 'ba.pop(ClearBytes())'),
    (case12, 'xs.pop(ClearList())'),
]:
    xs = [1, 2]
    ba = bytearray(b"ab")
    try:
        fn()
        print(text, "->", xs, ba)
    except Exception as e:
        print(text, "->", type(e).__name__, e, xs, ba)

for seq in (bytearray(b"ab"), [1]):
    for arg in (5, -3, "x"):
        try:
            seq.pop(arg)
        except Exception as e:
            print(type(seq).__name__, repr(arg), type(e).__name__, e)
    print(seq.pop(), seq.pop(-1) if seq else "empty")
