import random
random.seed(2024)
deck = [f"{r}{s}" for s in "SHDC" for r in ["A", "2", "3", "4", "5", "6", "7", "8", "9", "T", "J", "Q", "K"]]
random.shuffle(deck)
hands = [deck[i::4][:5] for i in range(4)]
for i, h in enumerate(hands, 1):
    print(f"player {i}: {' '.join(h)}")
print(random.sample(range(100), 10))
print(random.sample(["a", "b", "c", "d", "e"], k=5))
print(random.sample(range(10**6), 5))
print(random.sample(["x", "y"], counts=[3, 2], k=4))
