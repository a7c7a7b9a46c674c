def m(x):
    match x:
        case [a, b, *_] if isinstance(x, tuple):
            return f"tuple starting {a},{b}"
        case [a, b, *_]:
            return f"seq starting {a},{b}"
        case _:
            return "no match"
print(m((1, 2, 3)), m([1, 2]), m("ab"), m(b"ab"), m(range(5)), m({1: 2, 3: 4}), m([1]))
