# --- host functions ---
import asyncio

async def fetch(url):
    await asyncio.sleep(0)
    return {"url": url, "size": len(url)}

async def fail(message):
    await asyncio.sleep(0)
    raise ConnectionError(message)
# --- program ---
import asyncio

async def main():
    one = await fetch("https://a.example")
    print(one)
    many = await asyncio.gather(*[fetch(f"u{i}") for i in range(5)])
    print([m["size"] for m in many])
    mixed = await asyncio.gather(fetch("ok"), fail("boom"), fetch("ok2"), return_exceptions=True)
    for m in mixed:
        print(type(m).__name__, m)
    try:
        await asyncio.gather(fetch("x"), fail("down"))
    except ConnectionError as e:
        print("gather raised", e)
    return len(many)

print(asyncio.run(main()))
