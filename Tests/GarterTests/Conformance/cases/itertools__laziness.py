from itertools import count, islice, cycle, repeat, takewhile, dropwhile, chain, accumulate, zip_longest
def noisy(n):
    for i in range(n):
        print("produce", i)
        yield i
it = map(lambda x: x * 10, noisy(5))
print("created")
print(list(islice(it, 2)))
print("next:", next(it))
print(list(islice(count(), 5)), list(islice(count(10, -2.5), 4)), list(islice(cycle("ab"), 5)))
print(list(repeat("x", 3)), list(repeat(1, 0)), list(repeat(1, -5)), list(islice(repeat(7), 3)))
print(list(takewhile(lambda x: x * x < 50, count(1))))
print(list(islice(dropwhile(lambda x: x < 5, count()), 3)))
c = chain(noisy(2), noisy(2))
print("chain made")
print(next(c), next(c), next(c))
squares = (x * x for x in count(1))
print(next(x for x in squares if x > 50))
print(list(islice(accumulate(count(1)), 6)))
print(list(zip_longest(islice(count(), 3), "ab", fillvalue=None)))
big = repeat(0, 10**12)
print(next(big), next(islice(big, 5, None)))
print(list(islice("abcdefg", 1, 6, 2)), list(islice(range(10), None)), list(islice(range(10), 3, None)), list(islice(range(10), 2, 4)))
