import asyncio


async def ticker(n, delay=0):
    for i in range(n):
        await asyncio.sleep(delay)
        yield i * 10
    print("ticker done")


async def pairs():
    received = yield "first"
    while received is not None:
        received = yield f"got {received}"


class Countdown:
    def __init__(self, n):
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.n <= 0:
            raise StopAsyncIteration
        self.n -= 1
        await asyncio.sleep(0)
        return self.n


async def failing():
    yield 1
    raise ValueError("boom inside")


async def cleanup():
    try:
        yield "a"
        yield "b"
    finally:
        print("cleanup ran")


async def main():
    async for x in ticker(3):
        print("tick", x)
    else:
        print("loop else")
    async for v in Countdown(3):
        print("countdown", v)
    for_break = []
    async for x in ticker(5):
        if x >= 20:
            break
        for_break.append(x)
    print("broke at", for_break)
    g = pairs()
    print(type(g).__name__, repr(g).startswith("<async_generator object pairs at"))
    print(await g.__anext__())
    print(await g.asend("x"))
    print(await g.asend("y"))
    try:
        await g.asend(None)
    except StopAsyncIteration:
        print("pairs finished")
    try:
        async for v in failing():
            print("failing yielded", v)
    except ValueError as e:
        print("caught", e)
    c = cleanup()
    print(await c.__anext__())
    await c.aclose()
    print("closed")
    t = ticker(2)
    print(await anext_or(t), await anext_or(t), await anext_or(t))
    try:
        async for x in [1, 2]:
            pass
    except TypeError as e:
        print("TypeError:", e)
    th = cleanup()
    print(await th.__anext__())
    try:
        await th.athrow(KeyError("k"))
    except KeyError as e:
        print("athrow raised", repr(e))


async def anext_or(agen):
    try:
        return await agen.__anext__()
    except StopAsyncIteration:
        return "end"


asyncio.run(main())
