@dec
async def f(a, /, b=1, *c, d, **e) -> int:
    async with x as (y, z):
        async for q in w:
            await q
    return [i async for i in g if (n := i)]
match p:
    case {'k': [1, *rest]} | Point(x=0) if rest:
        pass
    case _:
        pass
class C(B, metaclass=M):
    x: int = 0
    def g(self): nonlocal_ = lambda *a, **k: (yield)
