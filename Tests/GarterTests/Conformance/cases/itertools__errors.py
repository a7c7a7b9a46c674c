import itertools
cases = [lambda: itertools.islice(range(5), -1), lambda: itertools.islice(range(5), 1, 2, 0),
         lambda: itertools.islice(range(5), "a"), lambda: itertools.islice(range(5), 0, -2),
         lambda: itertools.count("a"), lambda: itertools.repeat(), lambda: itertools.tee([], -1),
         lambda: list(itertools.chain(1, 2)), lambda: itertools.zip_longest(1), lambda: itertools.cycle(5),
         lambda: list(itertools.starmap(pow, [1])), lambda: itertools.accumulate(), lambda: itertools.groupby(3)]
for f in cases:
    try:
        r = f()
        print("no error", r)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
