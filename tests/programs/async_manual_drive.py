"""Coroutines without asyncio: driving with send(), custom awaitables and types.coroutine."""
import types


class Suspend:
    def __init__(self, value):
        self.value = value

    def __await__(self):
        received = yield self.value
        return f"resumed with {received}"


@types.coroutine
def raw_yield(value):
    result = yield value
    return result


async def task():
    a = await Suspend("first")
    print("  task got", a)
    b = await raw_yield("second")
    print("  task got", b)
    return "task complete"


coro = task()
print(coro.send(None))
print(coro.send("x"))
try:
    coro.send("y")
except StopIteration as stop:
    print("finished:", stop.value)


def run(coro):
    """A minimal event loop: resume every coroutine round-robin until all finish."""
    results = {}
    queue = [(i, c, None) for i, c in enumerate(coro)]
    while queue:
        i, c, value = queue.pop(0)
        try:
            yielded = c.send(value)
        except StopIteration as stop:
            results[i] = stop.value
        else:
            queue.append((i, c, f"ack-{yielded}"))
    return [results[i] for i in sorted(results)]


async def counter(name, n):
    log = []
    for k in range(n):
        log.append(await Suspend(f"{name}{k}"))
    return log


print(run([counter("a", 2), counter("b", 3)]))


class BadAwait:
    def __await__(self):
        return 5


async def uses_bad():
    await BadAwait()


try:
    uses_bad().send(None)
except TypeError as exc:
    print("TypeError:", exc)


async def awaits_int():
    await 5


try:
    awaits_int().send(None)
except TypeError as exc:
    print("TypeError:", exc)

c = task()
c.send(None)
try:
    c.throw(ValueError("thrown into coroutine"))
except ValueError as exc:
    print("ValueError:", exc)
print(c.cr_frame, c.cr_running, c.__name__)
c2 = task()
print(c2.cr_frame is not None, c2.cr_code.co_name)
c2.close()
