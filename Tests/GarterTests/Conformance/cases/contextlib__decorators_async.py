import contextlib
@contextlib.contextmanager
def tag(name):
    print(f"<{name}>")
    yield
    print(f"</{name}>")
@tag("b")
def bold(): print("text")
bold(); bold()
class Timer(contextlib.ContextDecorator):
    def __enter__(self): print("start"); return self
    def __exit__(self, *exc): print("stop"); return False
@Timer()
def work(): print("working")
work()
with contextlib.suppress(KeyError): {}["x"]
with contextlib.nullcontext(5) as v: print(v)
print(issubclass(contextlib.nullcontext, contextlib.AbstractAsyncContextManager))
import asyncio, contextlib
class Ticker:
    def __init__(self, n): self.n = n
    def __aiter__(self): return self
    async def __anext__(self):
        if self.n <= 0: raise StopAsyncIteration
        self.n -= 1
        await asyncio.sleep(0)
        return self.n
@contextlib.asynccontextmanager
async def resource(name):
    print("open", name)
    try: yield name.upper()
    finally: print("close", name)
async def agen():
    try:
        for i in range(5):
            yield i
    finally:
        print("agen cleanup")
async def main():
    print([x async for x in Ticker(3)])
    async with resource("db") as r: print("using", r)
    g = agen()
    print(await anext(g), await anext(g))
    await g.aclose()
    it = aiter(Ticker(2)); print(await anext(it), await anext(it), await anext(it, "done"))
    async with contextlib.AsyncExitStack() as stack:
        v = await stack.enter_async_context(resource("x"))
        print("stack", v)
    results = await asyncio.gather(*[asyncio.sleep(0.01 * (3 - i), result=i) for i in range(3)])
    print(results)
    async def producer(q):
        for i in range(3): await q.put(i); await asyncio.sleep(0)
        await q.put(None)
    q = asyncio.Queue(maxsize=1)
    asyncio.create_task(producer(q))
    while (item := await q.get()) is not None: print("got", item)
    try:
        async with asyncio.timeout(0.01): await asyncio.sleep(1)
    except TimeoutError: print("timed out")
    print(asyncio.current_task().get_name().startswith("Task"))
asyncio.run(main())
