import functools
import time
def retry(times):
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            for attempt in range(1, times + 1):
                try:
                    return fn(*args, **kwargs)
                except ValueError as e:
                    print(f"  attempt {attempt} failed: {e}")
            raise RuntimeError(f"{fn.__name__} failed after {times} attempts")
        return wrapper
    return deco
state = {"n": 0}
@retry(3)
def flaky(x):
    """Sometimes fails."""
    state["n"] += 1
    if state["n"] < 3:
        raise ValueError("not yet")
    return x * 2
print(flaky(21), flaky.__name__, flaky.__doc__, flaky.__wrapped__.__name__)
def counted(fn):
    @functools.wraps(fn)
    def inner(*a, **k):
        inner.calls += 1
        return fn(*a, **k)
    inner.calls = 0
    return inner
@counted
def add(a, b=0):
    return a + b
add(1); add(2, b=3)
print(add.calls, add.__name__, add.__qualname__)
def plain(fn):
    def w(*a):
        return fn(*a)
    return functools.update_wrapper(w, fn)
@plain
def mul(a, b):
    "multiply"
    return a * b
print(mul(3, 4), mul.__name__, mul.__doc__)
@retry(2)
def always_bad():
    raise ValueError("nope")
try:
    always_bad()
except RuntimeError as e:
    print("RuntimeError:", e)
