class TokenBucket:
    def __init__(self, rate, capacity):
        self.rate = rate
        self.capacity = capacity
        self.tokens = capacity
        self.last = 0.0
    def allow(self, now, cost=1):
        elapsed = now - self.last
        self.tokens = min(self.capacity, self.tokens + elapsed * self.rate)
        self.last = now
        if self.tokens >= cost:
            self.tokens -= cost
            return True
        return False

class SlidingWindow:
    def __init__(self, limit, window):
        self.limit = limit
        self.window = window
        self.events = []
    def allow(self, now):
        while self.events and self.events[0] <= now - self.window:
            self.events.pop(0)
        if len(self.events) < self.limit:
            self.events.append(now)
            return True
        return False

requests = [0.0, 0.1, 0.2, 0.3, 0.35, 0.5, 1.0, 1.1, 1.15, 2.5, 2.6, 2.7, 2.8, 2.9, 3.0, 5.0]
tb = TokenBucket(rate=2.0, capacity=3)
sw = SlidingWindow(limit=3, window=1.0)
print(f"{'t':>5}  bucket  window  tokens_left")
allowed = {"bucket": 0, "window": 0}
for t in requests:
    a = tb.allow(t)
    b = sw.allow(t)
    allowed["bucket"] += a
    allowed["window"] += b
    print(f"{t:>5.2f}  {'ALLOW' if a else 'deny ':>6}  {'ALLOW' if b else 'deny ':>6}  {tb.tokens:.2f}")
print("allowed:", allowed, "of", len(requests))
per_client = {}
limiters = {}
stream = [("a", 0.0), ("b", 0.0), ("a", 0.1), ("a", 0.2), ("a", 0.3), ("b", 0.4), ("a", 1.5), ("b", 1.6)]
for client, t in stream:
    lim = limiters.setdefault(client, SlidingWindow(2, 1.0))
    ok = lim.allow(t)
    per_client.setdefault(client, []).append("Y" if ok else "n")
print({c: "".join(v) for c, v in per_client.items()})
