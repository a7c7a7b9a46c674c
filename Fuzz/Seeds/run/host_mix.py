import asyncio
r = [fetch(i) for i in range(3)]
print(r, tool('x', value=[1, {'a': (2, 3)}]))
async def main():
    return await asyncio.gather(afetch(1), afetch({'k': None}), return_exceptions=True)
print(asyncio.run(main()))
print(list(map(fetch, [1, 2])), sorted([3, 1, 2], key=fetch))
