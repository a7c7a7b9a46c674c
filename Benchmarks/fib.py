# Recursive Fibonacci: measures Python function-call overhead (frame push/pop,
# argument passing, integer compare/add). fib(27) is computed 10 times.


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def main():
    total = 0
    for _ in range(10):
        total += fib(27)
    print("fib(27) x10 =", total)


main()
