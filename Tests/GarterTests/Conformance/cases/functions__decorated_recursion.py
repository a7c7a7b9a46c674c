# Recursion through a *args/**kwargs decorator wrapper, deep enough that a native
# re-entry per call would exhaust a small stack, and the RecursionError at the limit.
def trace_calls(fn):
    calls = {"n": 0}
    def wrapper(*args, **kwargs):
        calls["n"] += 1
        return fn(*args, **kwargs)
    wrapper.calls = calls
    return wrapper

@trace_calls
def depth(n, acc=0):
    return acc if n == 0 else depth(n - 1, acc=acc + 1)

print(depth(450), depth.calls["n"])

@trace_calls
def forever(n):
    return forever(n + 1)

try:
    forever(0)
except RecursionError as e:
    print("RecursionError:", e)
print(depth.calls["n"] > 400)
