import random
a = random.Random(7)
b = random.Random(7)
print([a.randint(0, 99) for _ in range(5)] == [b.randint(0, 99) for _ in range(5)])
state = a.getstate()
first = [a.random() for _ in range(3)]
a.setstate(state)
print(first == [a.random() for _ in range(3)])
for seed in [0, 1, -1, 12345678901234567890, 3.14, "hello", b"bytes", "hello world"]:
    r = random.Random(seed)
    print(repr(seed), r.random(), r.randint(1, 100))
r = random.Random()
r.seed(99)
print(r.choices("abc", k=6), r.choices(range(5), weights=[5, 1, 1, 1, 1], k=8), r.choices("xyz", cum_weights=[1, 2, 10], k=5))
