"""threading with deterministic output: workers, locks, joins, queues, thread-local data."""
import queue
import threading

results = {}
lock = threading.Lock()


def worker(n):
    total = sum(i * i for i in range(n * 1000))
    with lock:
        results[n] = total


threads = [threading.Thread(target=worker, args=(n,), name=f"w{n}") for n in range(1, 6)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(results.items()))
print([t.name for t in threads], all(not t.is_alive() for t in threads))

counter = 0


def incr(times):
    global counter
    for _ in range(times):
        with lock:
            counter += 1


ts = [threading.Thread(target=incr, args=(500,)) for _ in range(4)]
[t.start() for t in ts]
[t.join() for t in ts]
print(counter)

q = queue.Queue()
out = []


def consumer():
    while True:
        item = q.get()
        if item is None:
            break
        out.append(item * 2)
        q.task_done()


c = threading.Thread(target=consumer)
c.start()
for i in range(5):
    q.put(i)
q.join()
q.put(None)
c.join()
print(out)

local = threading.local()
seen = []


def uses_local(v):
    local.value = v
    seen.append((v, local.value))


ts = [threading.Thread(target=uses_local, args=(v,)) for v in "abc"]
for t in ts:
    t.start()
    t.join()
print(seen, hasattr(local, "value"))
event = threading.Event()
flag = []
t = threading.Thread(target=lambda: (event.wait(), flag.append("event seen")))
t.start()
event.set()
t.join()
print(flag, threading.current_thread().name, threading.main_thread() is threading.current_thread())


class Job(threading.Thread):
    def __init__(self):
        super().__init__()
        self.result = None

    def run(self):
        self.result = "subclass ran"


j = Job()
j.start()
j.join()
print(j.result)


def fails():
    raise ValueError("in thread")


errors = []
threading.excepthook = lambda args: errors.append(f"{args.exc_type.__name__}: {args.exc_value}")
ft = threading.Thread(target=fails)
ft.start()
ft.join()
print(errors)
