"""__del__ runs when the last reference goes away (deterministic with reference counting)."""
import gc

log = []


class Resource:
    def __init__(self, name):
        self.name = name
        log.append(f"open {name}")

    def __del__(self):
        log.append(f"close {self.name}")


def show(label):
    print(label, log)
    log.clear()


r = Resource("a")
del r
show("after del:")
r = Resource("b")
r = Resource("c")
show("after rebinding:")
del r
show("after del c:")


def scope():
    local = Resource("local")
    return "returned"


scope()
show("after function return:")
items = [Resource(i) for i in range(3)]
items.pop(1)
show("after pop:")
items.clear()
show("after clear:")
holder = {"k": Resource("in dict")}
holder["k"] = None
show("after dict overwrite:")


class Cycle:
    def __init__(self, name):
        self.name = name
        self.other = None

    def __del__(self):
        log.append(f"cycle {self.name} collected")


a, b = Cycle("x"), Cycle("y")
a.other, b.other = b, a
del a, b
show("cycle before gc:")
gc.collect()
print("cycle after gc:", sorted(log))
log.clear()
try:
    tmp = Resource("in try")
    raise ValueError("boom")
except ValueError:
    del tmp
show("after del in handler:")
Resource("temporary expression")
show("after expression statement:")
with open(__file__) as f:
    first = f.readline()
print(f.closed, first.startswith('"""'))
