import asyncio


async def numbers(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i


async def double(x):
    await asyncio.sleep(0)
    return 2 * x


async def main():
    print([x async for x in numbers(5)])
    print({x % 3 async for x in numbers(7)})
    print({x: x * x async for x in numbers(4) if x % 2 == 0})
    print([await double(x) for x in range(4)])
    print([y async for x in numbers(3) for y in range(x)])
    print([(x, y) for x in range(2) async for y in numbers(2)])
    gen = (x * 10 async for x in numbers(3))
    print(type(gen).__name__)
    print([v async for v in gen])
    print([x async for x in numbers(6) if await double(x) > 4])


asyncio.run(main())
