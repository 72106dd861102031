"""A priority-queue scheduler running generator-based tasks on a simulated clock."""
import heapq
import itertools


class Scheduler:
    def __init__(self):
        self.clock = 0
        self.queue = []
        self.counter = itertools.count()
        self.log = []

    def spawn(self, name, task, priority=5, at=0):
        heapq.heappush(self.queue, (at, priority, next(self.counter), name, task))

    def run(self):
        while self.queue:
            at, prio, _, name, task = heapq.heappop(self.queue)
            self.clock = max(self.clock, at)
            try:
                request = next(task)
            except StopIteration as stop:
                self.log.append((self.clock, name, "done", stop.value))
                continue
            kind, arg = request
            if kind == "sleep":
                self.log.append((self.clock, name, "sleep", arg))
                self.spawn(name, task, prio, self.clock + arg)
            elif kind == "spawn":
                child_name, child, child_prio = arg
                self.log.append((self.clock, name, "spawn", child_name))
                self.spawn(child_name, child, child_prio, self.clock)
                self.spawn(name, task, prio, self.clock)
            elif kind == "yield":
                self.spawn(name, task, prio, self.clock)


def worker(label, steps, delay):
    done = 0
    for _ in range(steps):
        yield ("sleep", delay)
        done += 1
    return f"{label} finished {done} steps"


def parent():
    yield ("spawn", ("child-a", worker("a", 2, 3), 1))
    yield ("spawn", ("child-b", worker("b", 3, 2), 9))
    yield ("sleep", 4)
    return "parent done"


def busy(n):
    total = 0
    for i in range(n):
        total += i
        yield ("yield", None)
    return total


s = Scheduler()
s.spawn("parent", parent(), priority=3)
s.spawn("busy", busy(4), priority=7)
s.spawn("late", worker("late", 1, 1), priority=1, at=10)
s.run()
for entry in s.log:
    print(entry)
print("final clock", s.clock)
