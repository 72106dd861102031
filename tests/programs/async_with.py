"""async with: __aenter__/__aexit__, suppression, asynccontextmanager, AsyncExitStack."""
import asyncio
import contextlib


class Conn:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    async def __aenter__(self):
        await asyncio.sleep(0)
        print(f"open {self.name}")
        return self

    async def __aexit__(self, typ, val, tb):
        await asyncio.sleep(0)
        print(f"close {self.name} ({typ.__name__ if typ else 'clean'})")
        return self.suppress


@contextlib.asynccontextmanager
async def transaction(name):
    print(f"begin {name}")
    try:
        yield name.upper()
    except KeyError:
        print(f"rollback {name}")
    else:
        print(f"commit {name}")


async def main():
    async with Conn("a") as a, Conn("b") as b:
        print("using", a.name, b.name)
    async with Conn("s", suppress=True):
        raise RuntimeError("suppressed")
    try:
        async with Conn("p"):
            raise ValueError("propagates")
    except ValueError as exc:
        print("caught", exc)
    async with transaction("t1") as t:
        print("inside", t)
    async with transaction("t2"):
        raise KeyError("x")
    async with contextlib.AsyncExitStack() as stack:
        for n in ("x", "y"):
            await stack.enter_async_context(Conn(n))
        stack.push_async_callback(asyncio.sleep, 0)
        stack.callback(print, "sync callback runs first (LIFO)")
    try:
        async with object():
            pass
    except TypeError as exc:
        print("TypeError:", exc)

    class OnlyAenter:
        async def __aenter__(self):
            return self

    try:
        async with OnlyAenter():
            pass
    except TypeError as exc:
        print("TypeError:", exc)


asyncio.run(main())
