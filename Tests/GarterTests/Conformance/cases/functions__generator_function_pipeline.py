def numbers(n):
    for i in range(1, n + 1):
        yield i
def evens(it):
    for x in it:
        if x % 2 == 0:
            yield x
def squared(it):
    for x in it:
        yield x * x
def running_sum(it):
    s = 0
    for x in it:
        s += x
        yield s
print(list(running_sum(squared(evens(numbers(10))))))
print(sum(squared(numbers(100))))
