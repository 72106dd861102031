"""Generator state: inspect.getgeneratorstate, gi_frame, gi_code, gi_yieldfrom, re-entrancy."""
import inspect


def worker():
    x = 1
    yield x
    x += 1
    yield x


g = worker()
print(inspect.getgeneratorstate(g))
next(g)
print(inspect.getgeneratorstate(g), g.gi_frame.f_locals, g.gi_code.co_name)
print(g.gi_frame.f_lineno - worker.__code__.co_firstlineno)
next(g)
print(g.gi_frame.f_locals)
for _ in g:
    pass
print(inspect.getgeneratorstate(g), g.gi_frame)


def delegator():
    yield from worker()


d = delegator()
next(d)
print(d.gi_yieldfrom.__name__, inspect.getgeneratorlocals(d.gi_yieldfrom))


def watcher():
    yield inspect.getgeneratorstate(me)


me = watcher()
print(next(me))


def reentrant():
    yield next(re)


re = reentrant()
try:
    next(re)
except ValueError as exc:
    print("ValueError:", exc)

g2 = worker()
g2.close()
print(inspect.getgeneratorstate(g2))
print(inspect.isgenerator(g2), inspect.isgeneratorfunction(worker), g2.__name__)
g3 = worker()
g3.__name__ = "renamed"
print(g3.__name__, g3.__qualname__, repr(g3).startswith("<generator object worker at"))
