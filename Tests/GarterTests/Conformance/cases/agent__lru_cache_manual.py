class LRUCache:
    def __init__(self, capacity):
        self.capacity = capacity
        self.data = {}
        self.hits = 0
        self.misses = 0
        self.evictions = []
    def get(self, key):
        if key in self.data:
            value = self.data.pop(key)
            self.data[key] = value
            self.hits += 1
            return value
        self.misses += 1
        return None
    def put(self, key, value):
        if key in self.data:
            self.data.pop(key)
        elif len(self.data) >= self.capacity:
            oldest = next(iter(self.data))
            self.evictions.append(oldest)
            del self.data[oldest]
        self.data[key] = value
    def __repr__(self):
        return f"LRU({list(self.data.items())})"

cache = LRUCache(3)
def slow_square(n):
    v = cache.get(n)
    if v is None:
        v = n * n
        cache.put(n, v)
        tag = "miss"
    else:
        tag = "hit"
    return v, tag

for n in [1, 2, 3, 1, 4, 2, 5, 1, 3, 3, 4]:
    v, tag = slow_square(n)
    print(f"square({n}) = {v:>2} [{tag}] {cache}")
print("hits", cache.hits, "misses", cache.misses, f"hit rate {cache.hits / (cache.hits + cache.misses):.0%}")
print("evicted in order:", cache.evictions)
