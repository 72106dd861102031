"""Coroutines with asyncio.run: await chains, return values, coroutine objects, sleep(0)."""
import asyncio
import inspect


async def add(a, b):
    await asyncio.sleep(0)
    return a + b


async def chain():
    x = await add(1, 2)
    y = await add(x, 10)
    return [x, y, await add(y, y)]


async def main():
    print("main started")
    print(await chain())
    coro = add(5, 5)
    print(type(coro).__name__, inspect.iscoroutine(coro), coro.__qualname__)
    print(await coro)
    try:
        await coro
    except RuntimeError as exc:
        print("RuntimeError:", exc)
    return "main result"


print(asyncio.run(main()))
print(inspect.iscoroutinefunction(add), asyncio.iscoroutinefunction(main))


async def never_awaited():
    return 1


c = never_awaited()
c.close()
print("closed an unawaited coroutine")


async def raises():
    await asyncio.sleep(0)
    raise ValueError("async failure")


async def catcher():
    try:
        await raises()
    except ValueError as exc:
        return f"caught {exc}"


print(asyncio.run(catcher()))
try:
    asyncio.run(raises())
except ValueError as exc:
    print("propagated out of asyncio.run:", exc)


async def recursive(n):
    if n == 0:
        return 0
    return n + await recursive(n - 1)


print(asyncio.run(recursive(50)))


class Service:
    def __init__(self):
        self.calls = 0

    async def fetch(self, key):
        self.calls += 1
        await asyncio.sleep(0)
        return key.upper()

    @classmethod
    async def create(cls):
        await asyncio.sleep(0)
        return cls()


async def use_service():
    s = await Service.create()
    results = [await s.fetch(k) for k in "abc"]
    return results, s.calls


print(asyncio.run(use_service()))
lam = lambda: add(2, 3)
print(asyncio.run(lam()))
