import asyncio
async def fail(msg, d=0):
    await asyncio.sleep(d)
    raise ValueError(msg)
async def slow(n):
    try:
        await asyncio.sleep(1)
        return n
    except asyncio.CancelledError:
        print("slow cancelled", n)
        raise
async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(slow(1))
            tg.create_task(fail("a"))
            tg.create_task(fail("b", 0.001))
            await asyncio.sleep(5)
            print("not reached")
    except* ValueError as eg:
        print("caught", sorted(str(e) for e in eg.exceptions))
    async with asyncio.TaskGroup() as tg:
        ts = [tg.create_task(asyncio.sleep(0, result=i)) for i in range(3)]
    print([t.result() for t in ts])
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(slow(2))
            raise KeyError("body")
    except* KeyError as eg:
        print("body error", repr(eg))
    async with asyncio.TaskGroup() as tg:
        tg.create_task(fail("uncaught"))
asyncio.run(main())
