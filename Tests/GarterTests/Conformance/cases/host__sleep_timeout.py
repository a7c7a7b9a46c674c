# --- host functions ---
import asyncio

async def slow(x):
    await asyncio.sleep(0)
    return x
# --- program ---
import asyncio

async def ticker(name, n, delay):
    out = []
    for i in range(n):
        await asyncio.sleep(delay)
        out.append(f"{name}{i}")
    return out

async def main():
    a, b = await asyncio.gather(ticker("a", 3, 0.01), ticker("b", 2, 0.015))
    print(a, b)
    try:
        await asyncio.wait_for(asyncio.sleep(1), timeout=0.02)
    except TimeoutError:
        print("timed out")
    try:
        async with asyncio.timeout(0.02):
            await asyncio.sleep(1)
    except TimeoutError:
        print("timeout block")
    t = asyncio.create_task(asyncio.sleep(5))
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled", t.cancelled())
    print(await slow("fast"))

asyncio.run(main())
