"""asyncio.Queue: producers and consumers, task_done/join, sentinel shutdown, bounded queues."""
import asyncio


async def producer(queue, name, items, log):
    for item in items:
        await queue.put((name, item))
        log.append(f"put {name}:{item}")
    await queue.put(None)


async def consumer(queue, results, log, producers):
    finished = 0
    while finished < producers:
        entry = await queue.get()
        if entry is None:
            finished += 1
        else:
            results.append(entry)
            log.append(f"got {entry[0]}:{entry[1]}")
        queue.task_done()


async def main():
    queue = asyncio.Queue(maxsize=2)
    results, log = [], []
    await asyncio.gather(
        producer(queue, "p", [1, 2, 3], log),
        producer(queue, "q", ["a", "b"], log),
        consumer(queue, results, log, 2),
    )
    await queue.join()
    print(results)
    print(log)
    print(queue.empty(), queue.qsize(), queue.maxsize)

    pq = asyncio.PriorityQueue()
    for prio, job in [(3, "low"), (1, "urgent"), (2, "normal"), (1, "also urgent")]:
        pq.put_nowait((prio, job))
    print([pq.get_nowait() for _ in range(pq.qsize())])

    lifo = asyncio.LifoQueue()
    for i in range(3):
        await lifo.put(i)
    print([await lifo.get() for _ in range(3)])

    full = asyncio.Queue(maxsize=1)
    full.put_nowait("x")
    try:
        full.put_nowait("y")
    except asyncio.QueueFull:
        print("QueueFull raised")
    full.get_nowait()
    try:
        full.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty raised")


asyncio.run(main())
