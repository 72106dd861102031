"""Exceptions in coroutines: tracebacks through awaits, chaining, finally blocks, ExceptionGroup."""
import asyncio


async def level3():
    await asyncio.sleep(0)
    raise LookupError("deep async failure")


async def level2():
    try:
        await level3()
    finally:
        print("  level2 finally")


async def level1():
    try:
        await level2()
    except LookupError as exc:
        raise RuntimeError("wrapped") from exc


async def main():
    try:
        await level1()
    except RuntimeError as exc:
        names = []
        tb = exc.__cause__.__traceback__
        while tb:
            names.append(tb.tb_frame.f_code.co_name)
            tb = tb.tb_next
        print(exc, "<-", repr(exc.__cause__), names)

    async def bad(i):
        await asyncio.sleep(0)
        raise ValueError(f"bad {i}")

    try:
        async with asyncio.TaskGroup() as tg:
            for i in range(3):
                tg.create_task(bad(i))
    except* ValueError as eg:
        print(sorted(str(e) for e in eg.exceptions))

    task = asyncio.create_task(level3())
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print(task.done(), repr(task.exception()))
    return "main survived"


print(asyncio.run(main()))


async def uncaught():
    await asyncio.sleep(0)
    raise KeyError("escapes asyncio.run")

try:
    asyncio.run(uncaught())
except KeyError as exc:
    print("KeyError:", exc)
