"""Timeouts that are deterministic: wait_for and asyncio.timeout around long sleeps."""
import asyncio


async def slow(label):
    try:
        await asyncio.sleep(30)
        return "finished?"
    except asyncio.CancelledError:
        print(f"  {label} was cancelled")
        raise


async def quick():
    await asyncio.sleep(0)
    return "quick result"


async def main():
    try:
        await asyncio.wait_for(slow("wait_for"), timeout=0.01)
    except asyncio.TimeoutError:
        print("wait_for timed out")
    print(await asyncio.wait_for(quick(), timeout=5))
    try:
        async with asyncio.timeout(0.01):
            await slow("timeout block")
    except TimeoutError as exc:
        print("asyncio.timeout raised", type(exc).__name__, exc.__class__ is TimeoutError)
    async with asyncio.timeout(None) as cm:
        await quick()
    print("no deadline:", cm.when())
    print(asyncio.TimeoutError is TimeoutError)
    done, pending = await asyncio.wait([asyncio.create_task(quick())], timeout=5)
    print(len(done), len(pending), [t.result() for t in done])
    task = asyncio.create_task(slow("wait"))
    done, pending = await asyncio.wait([task], timeout=0.01)
    print(len(done), len(pending))
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("task cancelled:", task.cancelled())


asyncio.run(main())
