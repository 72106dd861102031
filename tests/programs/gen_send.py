"""generator.send: priming, running averages, coroutine-style consumers, send errors."""


def averager():
    total = count = 0
    average = None
    while True:
        value = yield average
        total += value
        count += 1
        average = total / count


avg = averager()
print(next(avg))
for v in [10, 20, 60]:
    print(avg.send(v))

fresh = averager()
try:
    fresh.send(5)
except TypeError as exc:
    print("TypeError:", exc)
print(fresh.send(None))


def accumulate():
    items = []
    while True:
        item = yield len(items)
        if item is None:
            return items
        items.append(item)


acc = accumulate()
next(acc)
acc.send("a")
acc.send("b")
try:
    acc.send(None)
except StopIteration as stop:
    print("returned", stop.value)


def echo():
    received = []
    try:
        while True:
            x = yield
            received.append(x)
            print("  echo", x)
    finally:
        print("  echo closing with", received)


e = echo()
e.send(None)
e.send(1)
e.send("two")
e.close()


def state_machine():
    state = "idle"
    while True:
        event = yield state
        transitions = {("idle", "start"): "running", ("running", "pause"): "paused",
                       ("paused", "start"): "running", ("running", "stop"): "idle"}
        state = transitions.get((state, event), state)


sm = state_machine()
print(next(sm), [sm.send(ev) for ev in ["start", "pause", "bogus", "start", "stop"]])

finished = accumulate()
next(finished)
try:
    finished.send(None)
except StopIteration:
    pass
try:
    finished.send(1)
except StopIteration as exc:
    print("send to finished generator: StopIteration", exc.args)


def running_check():
    yield gen_ref.gi_running


gen_ref = running_check()
print(gen_ref.gi_running, next(gen_ref))


def self_send():
    yield gen2.send(None)


gen2 = self_send()
try:
    next(gen2)
except ValueError as exc:
    print("ValueError:", exc)
