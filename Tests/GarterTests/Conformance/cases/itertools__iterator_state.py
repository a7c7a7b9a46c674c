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
print(list(itertools.accumulate([1, 2, 3, sys.maxsize])), list(itertools.accumulate([1, 2, 3], initial=10)))
print(list(itertools.accumulate([3, 1, 4, 1, 5], max)), list(itertools.accumulate([], initial=0)), list(itertools.accumulate("abc")))
print(list(itertools.takewhile(lambda v: v < 3, [1, 2, 3, 1])), list(itertools.dropwhile(lambda v: v < 3, [1, 2, 3, 1])))
tw = itertools.takewhile(lambda v: v < 3, iter([1, 5, 1]))
print(list(tw), list(tw))
print([(k, list(g)) for k, g in itertools.groupby("aabbbc")], [k for k, _ in itertools.groupby([1, 1, 2, 1], key=lambda v: v % 2)])
r = itertools.repeat("x", 3)
print(next(r), repr(r), list(r), repr(r), repr(itertools.repeat(1)))
print(list(itertools.pairwise("abcd")), list(itertools.pairwise("a")), list(itertools.zip_longest("ab", [1, 2, 3], fillvalue="-")))
print(list(itertools.product("ab", range(2))), list(itertools.product("ab", repeat=2))[-2:], list(itertools.product("ab", [])), list(itertools.product()))
