five, text, nothing, one_f, pair = 5, "x", None, 1.0, (1, 2)
tests = [
    lambda: 1 + "a", lambda: "a" + 1, lambda: [1] + (2,), lambda: None + 1, lambda: 1 < "a",
    lambda: [] < {}, lambda: len(5), lambda: five(), lambda: text(), lambda: nothing[0], lambda: five[0],
    lambda: {}[[]], lambda: hash([]), lambda: iter(5), lambda: next([1]), lambda: -"a", lambda: ~1.5,
    lambda: "a" * "b", lambda: [1] * 1.5, lambda: int([1]), lambda: sum(["a", "b"]), lambda: sorted([1, None]),
    lambda: "abc"[one_f], lambda: {1: 2}.get(), lambda: max(), lambda: pair[nothing],
]
for t in tests:
    try:
        t()
        print("no error?")
    except TypeError as e:
        print("TypeError:", e)
