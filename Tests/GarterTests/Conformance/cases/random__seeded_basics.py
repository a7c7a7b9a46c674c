import random
random.seed(42)
print([random.random() for _ in range(3)])
print([random.randint(1, 6) for _ in range(10)])
print(random.randrange(100), random.randrange(10, 20), random.randrange(0, 100, 5), random.randrange(10, 0, -3))
print(random.choice(["red", "green", "blue"]), random.choice("abcdef"), random.choice(range(1000)))
print(random.uniform(1.5, 2.5), random.getrandbits(8), random.getrandbits(70))
random.seed(42)
print(random.random())
