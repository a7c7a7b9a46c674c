# --- host functions ---
import asyncio

async def fetch(url):
    await asyncio.sleep(0)
    if "bad" in url:
        raise ValueError(f"cannot fetch {url}")
    return url.upper()
# --- program ---
import asyncio

async def safe(url):
    try:
        return await fetch(url)
    except ValueError as e:
        return f"error: {e}"

async def main():
    print(await asyncio.gather(safe("a"), safe("bad1"), safe("c")))
    results = await asyncio.gather(fetch("x"), fetch("bad2"), return_exceptions=True)
    print([repr(r) for r in results])
    try:
        await asyncio.wait_for(fetch("y"), timeout=5)
        print("wait_for ok")
    except asyncio.TimeoutError:
        print("timeout")
    done, pending = await asyncio.wait([asyncio.ensure_future(fetch(u)) for u in ["p", "q"]])
    print(sorted(t.result() for t in done), len(pending))
    out = []
    for coro in asyncio.as_completed([fetch("m"), fetch("n")]):
        out.append(await coro)
    print(sorted(out))
    await fetch("bad3")

asyncio.run(main())
