"""An observer/event bus with decorators, priorities, weak subscribers, and error isolation."""
import functools
import weakref
from collections import defaultdict


class EventBus:
    def __init__(self):
        self.handlers = defaultdict(list)
        self.errors = []

    def on(self, event, priority=0):
        def decorator(fn):
            self.handlers[event].append((priority, len(self.handlers[event]), fn))
            self.handlers[event].sort(key=lambda h: (-h[0], h[1]))
            return fn
        return decorator

    def subscribe_method(self, event, bound_method):
        ref = weakref.WeakMethod(bound_method)

        def call(*args, **kwargs):
            method = ref()
            if method is None:
                return "subscriber gone"
            return method(*args, **kwargs)
        call.__name__ = bound_method.__func__.__name__
        self.handlers[event].append((0, len(self.handlers[event]), call))

    def emit(self, event, *args, **kwargs):
        results = []
        for _, _, fn in self.handlers.get(event, []):
            try:
                results.append((fn.__name__, fn(*args, **kwargs)))
            except Exception as exc:
                self.errors.append((event, fn.__name__, repr(exc)))
        return results


bus = EventBus()


def logged(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        result = fn(*args, **kwargs)
        return f"[{result}]"
    return wrapper


@bus.on("order", priority=10)
@logged
def validate(order):
    if order["qty"] <= 0:
        raise ValueError("quantity must be positive")
    return "valid"


@bus.on("order")
def bill(order):
    return f"billed {order['qty'] * order['price']}"


@bus.on("order", priority=5)
def reserve(order):
    return f"reserved {order['qty']}"


class Auditor:
    def __init__(self):
        self.seen = []

    def record(self, order):
        self.seen.append(order["id"])
        return f"audited {len(self.seen)}"


auditor = Auditor()
bus.subscribe_method("order", auditor.record)
print(bus.emit("order", {"id": 1, "qty": 2, "price": 5}))
print(bus.emit("order", {"id": 2, "qty": 0, "price": 5}))
del auditor
print(bus.emit("order", {"id": 3, "qty": 1, "price": 1}))
print(bus.emit("unknown"), bus.errors)
print([fn.__name__ for _, _, fn in bus.handlers["order"]])
