import bisect
class Ev:
    def __init__(self, t, name):
        self.t, self.name = t, name
    def __lt__(self, other):
        return self.t < other.t
    def __repr__(self):
        return f"{self.name}@{self.t}"
evs = []
for t, n in [(5, "e"), (1, "a"), (3, "c"), (3, "c2"), (9, "z")]:
    bisect.insort(evs, Ev(t, n))
print(evs)
print(bisect.bisect_left(evs, Ev(3, "probe")), bisect.bisect_right(evs, Ev(3, "probe")))
print(bisect.bisect(evs, 4, key=lambda e: e.t), bisect.bisect_left([e.t for e in evs], 3))
words = sorted(["pear", "apple", "fig", "banana"], key=len)
bisect.insort_left(words, "kiwi", key=len)
print(words, bisect.bisect_right(words, 4, key=len))
print(bisect.bisect_left("abcdef", "d"), bisect.bisect_right((1, 2, 3), 2), bisect.bisect([], 1))
