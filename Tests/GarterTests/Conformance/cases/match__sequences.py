def shape(seq):
    match seq:
        case []:
            return "empty"
        case [x]:
            return f"one: {x}"
        case [x, y]:
            return f"pair: {x}, {y}"
        case [first, *middle, last] if len(middle) > 2:
            return f"long: {first}..{last} ({len(middle)} in middle)"
        case [first, *rest]:
            return f"first={first} rest={rest}"
for s in [[], [1], (1, 2), [1, 2, 3], list(range(7)), "ab", range(3)]:
    print(repr(s), "->", shape(s))
def nested(p):
    match p:
        case [(a, b), [c, *_]]:
            return a + b + c
        case [[_, _, z]]:
            return z
        case _:
            return None
print(nested([(1, 2), [3, 4, 5]]), nested([[7, 8, 9]]), nested([1]))
