"""weakref: references dying with their object, WeakValueDictionary, WeakSet, finalize, proxies."""
import gc
import weakref


class Obj:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return f"Obj({self.name})"


o = Obj("a")
r = weakref.ref(o)
print(r() is o, r(), weakref.getweakrefcount(o))
del o
gc.collect()
print(r())
cache = weakref.WeakValueDictionary()
keep = Obj("kept")
temp = Obj("temporary")
cache["kept"] = keep
cache["temp"] = temp
print(sorted(cache.keys()))
del temp
gc.collect()
print(sorted(cache.keys()))
ws = weakref.WeakSet()
items = [Obj(i) for i in range(3)]
for it in items:
    ws.add(it)
print(len(ws))
items.pop()
gc.collect()
print(len(ws))
log = []
victim = Obj("victim")
fin = weakref.finalize(victim, log.append, "finalized victim")
print(fin.alive)
del victim
gc.collect()
print(log, fin.alive)
called = []


def callback(ref):
    called.append("callback ran")


o2 = Obj("cb")
r2 = weakref.ref(o2, callback)
del o2
gc.collect()
print(called, r2())
target = Obj("proxied")
p = weakref.proxy(target)
print(p.name, repr(p)[:20] if False else "proxy ok")
del target
gc.collect()
try:
    p.name
except ReferenceError as exc:
    print("ReferenceError:", exc)
wk = weakref.WeakKeyDictionary()
k = Obj("key")
wk[k] = "value"
print(len(wk))
del k
gc.collect()
print(len(wk))
try:
    weakref.ref(1)
except TypeError as exc:
    print("TypeError:", exc)


class Meth:
    def m(self):
        return "method result"


inst = Meth()
wm = weakref.WeakMethod(inst.m)
print(wm()())
del inst
gc.collect()
print(wm())
