"""asyncio Event, Lock, Semaphore, Condition: deterministic hand-offs between tasks."""
import asyncio


async def main():
    log = []
    event = asyncio.Event()

    async def waiter(name):
        log.append(f"{name} waiting")
        await event.wait()
        log.append(f"{name} released")

    tasks = [asyncio.create_task(waiter(n)) for n in ("w1", "w2")]
    await asyncio.sleep(0)
    log.append("setting event")
    event.set()
    await asyncio.gather(*tasks)
    print(log)

    lock = asyncio.Lock()
    shared = []

    async def critical(name):
        async with lock:
            shared.append(f"{name} in")
            await asyncio.sleep(0)
            shared.append(f"{name} out")

    await asyncio.gather(critical("A"), critical("B"), critical("C"))
    print(shared, lock.locked())

    sem = asyncio.Semaphore(2)
    active, peak = 0, 0

    async def limited(i):
        nonlocal active, peak
        async with sem:
            active += 1
            peak = max(peak, active)
            await asyncio.sleep(0)
            active -= 1
        return i

    print(await asyncio.gather(*(limited(i) for i in range(6))), "peak", peak)

    cond = asyncio.Condition()
    items = []

    async def consumer():
        async with cond:
            await cond.wait_for(lambda: len(items) >= 3)
            return list(items)

    async def producer():
        for i in range(3):
            await asyncio.sleep(0)
            async with cond:
                items.append(i)
                cond.notify_all()

    print(await asyncio.gather(consumer(), producer()))
    bs = asyncio.BoundedSemaphore(1)
    await bs.acquire()
    bs.release()
    try:
        bs.release()
    except ValueError as exc:
        print("ValueError:", exc)


asyncio.run(main())
