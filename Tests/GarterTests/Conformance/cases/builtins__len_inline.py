# len() runs inline in the dispatch loop for builtin containers and strings; everything
# else (subclasses with __len__, objects without it, wrong argument counts) takes the
# builtin's own path, with CPython's messages.
class L(list):
    def __len__(self):
        return 42


class S(str):
    def __len__(self):
        return 7


class Sized:
    def __len__(self):
        return 3


class Bad:
    def __len__(self):
        return -1


values = ["", "héllo", "日本語", [1, 2], (), (1,), {"a": 1}, {1, 2, 3}, frozenset(), b"ab", bytearray(b"x"),
          range(10), L([1]), S("ab"), Sized(), {}.keys(), [None] * 5]
for v in values:
    print(type(v).__name__, len(v))
for v in (1, 2.5, None, Bad(), object()):
    try:
        print(len(v))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
for args in ((), ([1], [2])):
    try:
        print(len(*args))
    except TypeError as e:
        print("TypeError", e)
total = 0
for w in "a bb ccc dddd".split() * 3:
    total += len(w)
print(total, [len(x) for x in ([], [1], "xyz", {1: 2})])
f = len
print(f("abc"), list(map(len, ["a", "bb"])))
