# --- host functions ---
import asyncio

async def fetch(item_id):
    await asyncio.sleep(0)
    return item_id * 10

def log(message):
    return f"logged: {message}"
# --- program ---
import asyncio

async def worker(name, ids):
    results = []
    for i in ids:
        results.append(await fetch(i))
    return name, sum(results)

async def main():
    t1 = asyncio.create_task(worker("w1", [1, 2, 3]))
    t2 = asyncio.create_task(worker("w2", [4, 5]))
    print(t1.done(), t2.done())
    r1 = await t1
    r2 = await t2
    print(r1, r2, t1.done(), t1.result())
    print(log("sync call inside async"))
    sem = asyncio.Semaphore(2)
    async def limited(i):
        async with sem:
            return await fetch(i)
    print(await asyncio.gather(*(limited(i) for i in range(6))))
    q = asyncio.Queue()
    for i in range(3):
        await q.put(i)
    got = []
    while not q.empty():
        got.append(await q.get())
    print(got)
    ev = asyncio.Event()
    async def setter():
        await asyncio.sleep(0.01)
        ev.set()
    asyncio.create_task(setter())
    await ev.wait()
    print("event set", ev.is_set())

asyncio.run(main())
