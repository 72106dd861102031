"""Tasks: create_task ordering, cancellation, CancelledError handling, TaskGroup, results."""
import asyncio


async def job(name, n, log):
    for i in range(n):
        log.append(f"{name}{i}")
        await asyncio.sleep(0)
    return name * n


async def sleeper(log):
    try:
        await asyncio.sleep(60)
    except asyncio.CancelledError:
        log.append("sleeper cancelled")
        raise
    finally:
        log.append("sleeper finally")


async def main():
    log = []
    t1 = asyncio.create_task(job("a", 2, log), name="task-a")
    t2 = asyncio.create_task(job("b", 3, log))
    print(t1.get_name(), t1.done())
    print(await t1, await t2, log)
    print(t1.done(), t1.result(), t1.cancelled())

    log.clear()
    s = asyncio.create_task(sleeper(log))
    await asyncio.sleep(0)
    s.cancel("stop now")
    try:
        await s
    except asyncio.CancelledError as exc:
        print("CancelledError", exc.args, s.cancelled())
    print(log)

    log.clear()
    async with asyncio.TaskGroup() as tg:
        ta = tg.create_task(job("x", 2, log))
        tb = tg.create_task(job("y", 1, log))
    print(ta.result(), tb.result(), log)

    async def fails():
        await asyncio.sleep(0)
        raise ValueError("task failed")

    log.clear()
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(sleeper(log))
            tg.create_task(fails())
    except* ValueError as eg:
        print("TaskGroup raised", [str(e) for e in eg.exceptions])
    print(sorted(log))

    t3 = asyncio.create_task(job("c", 1, []))
    t3.add_done_callback(lambda t: print("done callback:", t.result()))
    await t3
    await asyncio.sleep(0)
    fut = asyncio.get_running_loop().create_future()
    asyncio.get_running_loop().call_soon(fut.set_result, "future value")
    print(await fut)
    results = await asyncio.gather(*[asyncio.create_task(job(str(i), 1, [])) for i in range(3)])
    print(results)
    t4 = asyncio.create_task(job("d", 1, []))
    t4.cancel()
    results = await asyncio.gather(t4, return_exceptions=True)
    print([type(r).__name__ for r in results])
    print(asyncio.current_task().get_name() == asyncio.current_task().get_name())


asyncio.run(main())
