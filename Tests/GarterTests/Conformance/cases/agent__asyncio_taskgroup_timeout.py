import asyncio
async def work(n, delay):
    await asyncio.sleep(delay)
    return n * 2
async def failing():
    await asyncio.sleep(0)
    raise ValueError("boom")
async def main():
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(work(1, 0.01))
        t2 = tg.create_task(work(2, 0))
    print(t1.result(), t2.result())
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(failing())
            tg.create_task(work(3, 0.05))
    except* ValueError as eg:
        print("taskgroup error", repr(eg.exceptions))
    try:
        async with asyncio.timeout(0.01):
            await asyncio.sleep(1)
    except TimeoutError:
        print("timeout ctx")
    t = asyncio.create_task(work(5, 0), name="my-task")
    print(t.get_name())
    await t
    res = await asyncio.gather(work(1, 0), failing(), return_exceptions=True)
    print(res)
    try:
        await asyncio.gather(work(1, 0), failing())
    except ValueError as e:
        print("gather raised", e)
    q = asyncio.Queue()
    async def producer():
        for i in range(3):
            await q.put(i)
        await q.put(None)
    async def consumer():
        items = []
        while (item := await q.get()) is not None:
            items.append(item)
        return items
    _, items = await asyncio.gather(producer(), consumer())
    print(items)
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_soon(fut.set_result, 42)
    print(await fut)
    async def agen():
        for i in range(3):
            yield i
            await asyncio.sleep(0)
    print([x async for x in agen()])
    r = await asyncio.wait_for(work(7, 0), timeout=1)
    print(r)
    done, pending = await asyncio.wait([asyncio.create_task(work(1, 0)), asyncio.create_task(work(2, 1))], return_when=asyncio.FIRST_COMPLETED)
    print(len(done), len(pending))
    for p in pending: p.cancel()
    print(asyncio.iscoroutinefunction(work), asyncio.iscoroutine(work(1, 0)) if False else True)
    t3 = asyncio.create_task(work(1, 0))
    t3.add_done_callback(lambda f: print("callback", f.result()))
    await t3
    await asyncio.sleep(0)
    sem = asyncio.Semaphore(1)
    order = []
    async def guarded(i):
        async with sem:
            order.append(i)
            await asyncio.sleep(0)
    await asyncio.gather(*(guarded(i) for i in range(3)))
    print(order)
    print(await asyncio.shield(work(9, 0)))
print(asyncio.run(main()))
async def simple(): return "v"
print(asyncio.run(simple()))
