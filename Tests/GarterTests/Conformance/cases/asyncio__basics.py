import asyncio

async def compute(x, delay):
    await asyncio.sleep(delay)
    return x * x

async def producer(q, n):
    for i in range(n):
        await q.put(i)
    await q.put(None)

async def consumer(q):
    items = []
    while True:
        item = await q.get()
        if item is None:
            return items
        items.append(item)

class Resource:
    async def __aenter__(self):
        print("enter")
        return self
    async def __aexit__(self, et, e, tb):
        print("exit", et.__name__ if et else None)
        return et is KeyError

async def main():
    print(await compute(3, 0))
    results = await asyncio.gather(compute(1, 0.02), compute(2, 0.01), compute(3, 0))
    print(results)
    q = asyncio.Queue()
    _, items = await asyncio.gather(producer(q, 4), consumer(q))
    print(items)
    async with Resource() as r:
        print("inside", type(r).__name__)
    async with Resource():
        raise KeyError("suppressed")
    try:
        async with Resource():
            raise ValueError("escapes")
    except ValueError as e:
        print("caught", e)
    lock = asyncio.Lock()
    order = []
    async def critical(i):
        async with lock:
            order.append(i)
            await asyncio.sleep(0)
            order.append(-i)
    await asyncio.gather(*(critical(i) for i in range(1, 4)))
    print(order)
    t = asyncio.create_task(compute(5, 0))
    print(await t, t.done(), t.result())
    print(asyncio.iscoroutinefunction(compute), asyncio.iscoroutine(compute(1, 0)))
    return "ok"

print(asyncio.run(main()))
try:
    asyncio.run(42)
except ValueError as e:
    print(e)
