"""asyncio.gather: result order, interleaving with sleep(0), return_exceptions, nesting."""
import asyncio

trace = []


async def worker(name, steps):
    for i in range(steps):
        trace.append(f"{name}{i}")
        await asyncio.sleep(0)
    return f"{name} did {steps}"


async def failing(msg):
    await asyncio.sleep(0)
    raise KeyError(msg)


async def main():
    results = await asyncio.gather(worker("a", 3), worker("b", 1), worker("c", 2))
    print(results)
    print(trace)
    mixed = await asyncio.gather(worker("d", 1), failing("boom"), return_exceptions=True)
    print([repr(r) for r in mixed])
    try:
        await asyncio.gather(worker("e", 2), failing("first failure"))
    except KeyError as exc:
        print("gather raised", repr(exc))
    nested = await asyncio.gather(asyncio.gather(worker("x", 1), worker("y", 1)), worker("z", 1))
    print(nested)
    print(await asyncio.gather())


asyncio.run(main())


async def square(n):
    await asyncio.sleep(0)
    return n * n


async def many():
    return sum(await asyncio.gather(*(square(i) for i in range(100))))


print(asyncio.run(many()))
