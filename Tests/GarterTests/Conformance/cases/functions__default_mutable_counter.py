def call_counter(fn):
    counts = {"n": 0}
    def wrapper(*a):
        counts["n"] += 1
        return fn(*a)
    wrapper.counts = counts
    return wrapper
@call_counter
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(15), fib.counts["n"])
def accumulate(x, _state={"sum": 0}):
    _state["sum"] += x
    return _state["sum"]
print([accumulate(v) for v in [1, 2, 3, 4]])
