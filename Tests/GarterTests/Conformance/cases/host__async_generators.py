# --- host functions ---
import asyncio

async def fetch_page(cursor):
    await asyncio.sleep(0)
    if cursor >= 3:
        return {"items": [], "next": None}
    return {"items": [cursor * 10 + i for i in range(3)], "next": cursor + 1}

def lookup(item):
    return f"item-{item}"
# --- program ---
import asyncio


async def paginate():
    cursor = 0
    while cursor is not None:
        page = await fetch_page(cursor)
        for item in page["items"]:
            yield item
        cursor = page["next"]


async def labelled():
    async for item in paginate():
        if item % 2 == 0:
            yield lookup(item)


async def main():
    seen = []
    async for item in paginate():
        seen.append(item)
    print(seen)
    labels = []
    async for label in labelled():
        labels.append(label)
        if len(labels) == 4:
            break
    print(labels)
    firsts = await asyncio.gather(*[first_of(paginate()) for _ in range(3)])
    print(firsts)
    return len(seen)


async def first_of(agen):
    async for x in agen:
        return x


print(asyncio.run(main()))
