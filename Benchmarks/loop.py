# Tight arithmetic loops inside a function: a 10M-iteration `while` loop and a
# 10M-iteration `for ... in range` loop with local-variable integer arithmetic.


def while_loop(n):
    i = 0
    acc = 0
    while i < n:
        acc = (acc + i * 3) & 0xFFFFFF
        i += 1
    return acc


def for_loop(n):
    acc = 0
    for i in range(n):
        acc += i % 7 - 3
    return acc


def main():
    n = 10_000_000
    a = while_loop(n)
    b = for_loop(n)
    print("while:", a)
    print("for:", b)


main()
