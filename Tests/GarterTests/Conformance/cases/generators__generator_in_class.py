class Deck:
    suits = "SHDC"
    ranks = ["A"] + [str(n) for n in range(2, 11)] + ["J", "Q", "K"]
    def __iter__(self):
        for s in self.suits:
            for r in self.ranks:
                yield r + s
    def deal(self, hands, size):
        it = iter(self)
        return [[next(it) for _ in range(size)] for _ in range(hands)]
d = Deck()
cards = list(d)
print(len(cards), cards[:5], cards[-3:])
print(d.deal(3, 4))
print(sum(1 for c in d if c.startswith("Q")))
