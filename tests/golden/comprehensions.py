def comps(rows):
    squares = [x * x for x in rows if x]
    unique = {x % 3 for x in rows}
    index = {k: v for k, v in enumerate(rows)}
    lazy = (y for x in rows for y in range(x))
    return squares, unique, index, sum(lazy)


async def agen(source):
    async for item in source:
        yield item


async def consume(source):
    async with source as s:
        values = [v async for v in agen(s)]
        waited = [await v for v in values]
    return waited
