"""Asynchronous comprehensions: async for in list/set/dict/generator comprehensions, await inside."""
import asyncio


async def agen(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i


async def double(x):
    await asyncio.sleep(0)
    return x * 2


async def main():
    print([i async for i in agen(4)])
    print({i % 2 async for i in agen(5)})
    print({i: await double(i) async for i in agen(3)})
    print([await double(i) for i in range(3)])
    print([i async for i in agen(6) if i % 2 if i > 1])
    print([(i, j) async for i in agen(2) for j in range(2)])
    print([j for i in range(2) async for j in agen(i + 1)] if False else "skipped")
    gen = (await double(i) for i in range(3))
    print([v async for v in gen])
    agen_expr = (i * 10 async for i in agen(3))
    print(type(agen_expr).__name__, [v async for v in agen_expr])
    print(sum([await double(i) for i in range(5)]))


asyncio.run(main())
