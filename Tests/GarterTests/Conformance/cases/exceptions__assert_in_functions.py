def mean(xs):
    assert isinstance(xs, list), "xs must be a list"
    assert xs, "xs must be non-empty"
    return sum(xs) / len(xs)
for arg in [[1, 2, 3], [], (1, 2), [5]]:
    try:
        print(mean(arg))
    except AssertionError as e:
        print("AssertionError:", e)
