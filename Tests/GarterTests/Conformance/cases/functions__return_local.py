# `return local` runs as one fused instruction: generators, __init__, finally, with,
# yield from, coroutines and recursion must see the same returns as unfused code.
import contextlib
def g():
    x = yield 1
    return x
it = g(); next(it)
try:
    it.send(42)
except StopIteration as e:
    print("stop", e.value)
class A:
    def __init__(self):
        r = 5
        return r
try:
    A()
except TypeError as e:
    print(e)
def f(a):
    try:
        return a
    finally:
        print("finally", a)
print(f(3))
def h(a):
    with contextlib.nullcontext():
        return a
print(h("w"))
def gen2():
    v = 7
    return v
    yield
print(list(gen2()))
def yf():
    r = yield from gen2()
    return r
it = yf()
try:
    next(it)
except StopIteration as e:
    print("yf", e.value)
import asyncio
async def co(x):
    y = x * 2
    return y
print(asyncio.run(co(4)))
def rec(n):
    if n == 0:
        return n
    m = rec(n - 1) + 1
    return m
print(rec(50))
