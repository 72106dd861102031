"""Async generators: asend, athrow, aclose, finally on close, comprehensions over them."""
import asyncio


async def ticker(n):
    try:
        for i in range(n):
            await asyncio.sleep(0)
            yield i
    finally:
        print("  ticker cleanup")


async def echo():
    value = None
    while True:
        try:
            value = yield value
        except ValueError as exc:
            value = f"handled {exc}"


async def main():
    print([i async for i in ticker(3)])
    agen = ticker(10)
    print(await agen.__anext__(), await anext(agen))
    await agen.aclose()
    print("after aclose")
    e = echo()
    print(await e.asend(None))
    print(await e.asend("hello"))
    print(await e.athrow(ValueError("oops")))
    await e.aclose()
    try:
        await e.asend("x")
    except StopAsyncIteration:
        print("closed generator raises StopAsyncIteration")
    print(type(ticker(1)).__name__, ticker.__name__)
    async for v in ticker(5):
        if v == 1:
            break
    print("broke out of async for")

    async def doubled(source):
        async for item in source:
            yield item * 2

    print([x async for x in doubled(ticker(3))])


asyncio.run(main())


async def returns_value():
    yield 1


async def check():
    g = returns_value()
    print(await g.asend(None))
    try:
        await g.asend(None)
    except StopAsyncIteration as exc:
        print("StopAsyncIteration", exc.args)


asyncio.run(check())
