"""OOP simulation in the spirit of the Richards benchmark: an operating-system kernel that
schedules four kinds of tasks (idle, worker, handler, device) exchanging packets.

Written for pvm's benchmark suite. Exercises classes, inheritance, attribute access, method
calls and linked lists. Usage: richards.py [SIZE]  (SIZE = number of kernel runs)
"""
import sys

DEFAULT_SIZE = 120
QUICK_SIZE = 10

IDLE, WORKER, HANDLER_A, HANDLER_B, DEVICE_A, DEVICE_B = range(6)
KIND_DEVICE, KIND_WORK = 0, 1
BUFFER_SIZE = 4


class Packet:
    def __init__(self, link, ident, kind):
        self.link = link
        self.ident = ident
        self.kind = kind
        self.datum = 0
        self.data = [0] * BUFFER_SIZE

    def append_to(self, queue):
        self.link = None
        if queue is None:
            return self
        tail = queue
        while tail.link is not None:
            tail = tail.link
        tail.link = self
        return queue


class TaskState:
    def __init__(self):
        self.packet_pending = True
        self.task_waiting = False
        self.task_holding = False

    def is_held_or_waiting(self):
        return self.task_holding or (not self.packet_pending and self.task_waiting)

    def is_waiting_with_packet(self):
        return self.packet_pending and self.task_waiting and not self.task_holding


class Task(TaskState):
    def __init__(self, kernel, ident, priority, queue, waiting):
        super().__init__()
        self.kernel = kernel
        self.ident = ident
        self.priority = priority
        self.queue = queue
        self.link = kernel.task_list
        kernel.task_list = self
        kernel.tasks[ident] = self
        self.packet_pending = queue is not None
        self.task_waiting = waiting

    def add_packet(self, packet, current):
        if self.queue is None:
            self.queue = packet
            self.packet_pending = True
            if self.priority > current.priority:
                return self
        else:
            self.queue = packet.append_to(self.queue)
        return current

    def run_task(self):
        if self.is_waiting_with_packet():
            packet = self.queue
            self.queue = packet.link
            self.packet_pending = self.queue is not None
            self.task_waiting = False
        else:
            packet = None
        return self.step(packet)

    def wait(self):
        self.task_waiting = True
        return self

    def hold(self):
        self.kernel.hold_count += 1
        self.task_holding = True
        return self.link

    def release(self, ident):
        task = self.kernel.tasks[ident]
        task.task_holding = False
        return task if task.priority > self.priority else self

    def send(self, packet, ident):
        self.kernel.queue_count += 1
        packet.link = None
        packet.ident = self.ident
        return self.kernel.tasks[ident].add_packet(packet, self)


class IdleTask(Task):
    def __init__(self, kernel, count):
        super().__init__(kernel, IDLE, 0, None, False)
        self.seed = 1
        self.count = count

    def step(self, packet):
        self.count -= 1
        if self.count == 0:
            return self.hold()
        if self.seed & 1:
            self.seed = (self.seed >> 1) ^ 0xD008
            return self.release(DEVICE_B)
        self.seed >>= 1
        return self.release(DEVICE_A)


class WorkerTask(Task):
    def __init__(self, kernel, queue):
        super().__init__(kernel, WORKER, 1000, queue, True)
        self.destination = HANDLER_A
        self.counter = 0

    def step(self, packet):
        if packet is None:
            return self.wait()
        self.destination = HANDLER_B if self.destination == HANDLER_A else HANDLER_A
        packet.ident = self.destination
        packet.datum = 0
        for i in range(BUFFER_SIZE):
            self.counter = self.counter % 26 + 1
            packet.data[i] = self.counter
        return self.send(packet, self.destination)


class HandlerTask(Task):
    def __init__(self, kernel, ident, priority, queue):
        super().__init__(kernel, ident, priority, queue, True)
        self.work_in = None
        self.device_in = None

    def step(self, packet):
        if packet is not None:
            if packet.kind == KIND_WORK:
                self.work_in = packet.append_to(self.work_in)
            else:
                self.device_in = packet.append_to(self.device_in)
        if self.work_in is not None:
            work = self.work_in
            count = work.datum
            if count >= BUFFER_SIZE:
                self.work_in = work.link
                return self.send(work, WORKER)
            if self.device_in is not None:
                device = self.device_in
                self.device_in = device.link
                device.datum = work.data[count]
                work.datum = count + 1
                return self.send(device, device.ident)
        return self.wait()


class DeviceTask(Task):
    def __init__(self, kernel, ident, priority):
        super().__init__(kernel, ident, priority, None, True)
        self.pending = None

    def step(self, packet):
        if packet is None:
            if self.pending is None:
                return self.wait()
            packet, self.pending = self.pending, None
            return self.send(packet, packet.ident)
        self.pending = packet
        self.kernel.output.append(packet.datum)
        return self.hold()


class Kernel:
    def __init__(self):
        self.task_list = None
        self.tasks = [None] * 6
        self.hold_count = 0
        self.queue_count = 0
        self.output = []

    def schedule(self):
        task = self.task_list
        while task is not None:
            if task.is_held_or_waiting():
                task = task.link
            else:
                task = task.run_task()


def run_once(idle_count):
    k = Kernel()
    IdleTask(k, idle_count)
    queue = Packet(None, 0, KIND_WORK)
    queue = Packet(queue, 0, KIND_WORK)
    WorkerTask(k, queue)
    for handler, device in ((HANDLER_A, DEVICE_A), (HANDLER_B, DEVICE_B)):
        queue = Packet(None, device, KIND_DEVICE)
        queue = Packet(queue, device, KIND_DEVICE)
        queue = Packet(queue, device, KIND_DEVICE)
        HandlerTask(k, handler, 2000 + handler, queue)
    DeviceTask(k, DEVICE_A, 4000)
    DeviceTask(k, DEVICE_B, 5000)
    k.schedule()
    return k.queue_count, k.hold_count, sum(k.output) % 100003


def main(size):
    total = [0, 0, 0]
    for i in range(size):
        q, h, s = run_once(1000 + i)
        total[0] += q
        total[1] += h
        total[2] = (total[2] * 31 + s) % 1000003
    print("richards", size, *total)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SIZE)
