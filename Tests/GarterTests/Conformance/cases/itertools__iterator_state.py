# itertools iterators keep their state between steps: count (with its repr and big-int
# overflow), islice (start/stop/step, consuming like CPython), chain, chain.from_iterable
# and cycle.
import itertools, sys
c = itertools.count(5, 2)
print(next(c), next(c), repr(c))
c = itertools.count(sys.maxsize - 1)
print(next(c), next(c), next(c), repr(c))
c = itertools.count(0.5, 0.25)
print(next(c), next(c), repr(c))
print(list(itertools.islice(range(20), 3, 15, 4)), list(itertools.islice("abcdef", 2)), list(itertools.islice("abc", 1, None)))
it = iter(range(10))
print(list(itertools.islice(it, 2, 5)), next(it))
print(list(itertools.chain("ab", [1, 2], (), range(2))), list(itertools.chain.from_iterable(["xy", [3], ""])))
cy = itertools.cycle("abc")
print([next(cy) for _ in range(7)])
print(list(itertools.islice(itertools.cycle([]), 3)))
for bad in ((range(3), -1), (range(3), 1, 2, 0), (range(3), "x")):
    try:
        itertools.islice(*bad)
    except ValueError as e:
        print("ValueError:", e)
