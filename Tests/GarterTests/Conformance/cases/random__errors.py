import random
r = random.Random(5)
for fn in [lambda: r.choice([]), lambda: r.randrange(0), lambda: r.randrange(5, 5), lambda: r.randrange(1, 10, 0),
           lambda: r.sample([1, 2], 3), lambda: r.randint(5, 1), lambda: r.getrandbits(-1),
           lambda: r.sample({1, 2}, 1), lambda: r.choices([1, 2], weights=[1], k=2), lambda: r.randrange(1.5)]:
    try:
        print(fn())
    except (ValueError, IndexError, TypeError) as e:
        print(type(e).__name__ + ":", e)
