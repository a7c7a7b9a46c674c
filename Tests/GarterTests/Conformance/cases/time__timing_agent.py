import time
def timed(fn):
    def wrapper(*args):
        start = time.perf_counter()
        result = fn(*args)
        elapsed = time.perf_counter() - start
        timings.append((fn.__name__, elapsed))
        return result
    return wrapper
timings = []
@timed
def work(n):
    return sum(i * i for i in range(n))
results = [work(n) for n in (10, 1000, 5000)]
print(results)
print([name for name, _ in timings], all(t >= 0 for _, t in timings))
deadline = time.monotonic() + 0.02
polls = 0
while time.monotonic() < deadline:
    polls += 1
    time.sleep(0.005)
print(polls >= 1)
