class Countdown:
    def __init__(self, start):
        self.current = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1
c = Countdown(3)
print(list(c), list(c))
class Range2:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        i = 0
        while i < self.n:
            yield i
            i += 1
r = Range2(4)
print(list(r), list(r), sum(r), [x * x for x in r], 2 in r, 9 in r)
it = iter(Countdown(2))
print(next(it), next(it), next(it, "done"))
class Fib:
    def __init__(self, limit):
        self.limit = limit
    def __iter__(self):
        return FibIter(self.limit)
class FibIter:
    def __init__(self, limit):
        self.a, self.b, self.limit = 0, 1, limit
    def __iter__(self):
        return self
    def __next__(self):
        if self.a > self.limit:
            raise StopIteration
        v = self.a
        self.a, self.b = self.b, self.a + self.b
        return v
print(list(Fib(100)), max(Fib(1000)))
