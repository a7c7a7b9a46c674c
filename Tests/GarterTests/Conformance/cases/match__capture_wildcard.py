def f(v):
    match v:
        case (x, _, _):
            return f"triple starting {x}"
        case (_, y):
            return f"pair ending {y}"
        case [*_, 0]:
            return "ends with zero"
        case whatever:
            return f"captured {whatever!r}"
for v in [(1, 2, 3), (4, 5), [7, 8, 0], [0], "abc", 42, []]:
    print(f(v))
match 10:
    case n:
        print("n is", n)
print("n after match:", n)
