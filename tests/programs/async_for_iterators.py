"""async for over __aiter__/__anext__ classes, StopAsyncIteration, and async comprehensions."""
import asyncio


class Countdown:
    def __init__(self, n):
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        await asyncio.sleep(0)
        self.n -= 1
        return self.n + 1


class Pages:
    def __init__(self, pages):
        self.pages = pages

    def __aiter__(self):
        return PageIter(self.pages)


class PageIter:
    def __init__(self, pages):
        self.it = iter(pages)

    async def __anext__(self):
        try:
            return next(self.it)
        except StopIteration:
            raise StopAsyncIteration from None


async def main():
    async for n in Countdown(3):
        print("count", n)
    else:
        print("async for else clause")
    print([p async for p in Pages(["p1", "p2"])])
    print({p: len(p) async for p in Pages(["a", "bb"])})
    print({n % 2 async for n in Countdown(5)})
    print([n async for n in Countdown(6) if n % 2 == 0])
    async for n in Countdown(10):
        if n == 7:
            break
    print("broke at", n)
    it = Countdown(2).__aiter__()
    print(await it.__anext__(), await anext(it), await anext(it, "default"))
    ait = aiter(Pages([1, 2]))
    print(await anext(ait), type(ait).__name__)
    try:
        async for _ in object():
            pass
    except TypeError as exc:
        print("TypeError:", exc)
    try:
        async for _ in Countdown:
            pass
    except TypeError as exc:
        print("TypeError:", exc)


asyncio.run(main())
