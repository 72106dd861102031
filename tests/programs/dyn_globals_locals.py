"""globals(), locals(), vars() and dir() in modules, functions, classes and comprehensions."""
module_level = 1
g = globals()
g["made_through_globals"] = "yes"
print(made_through_globals, g is globals(), "module_level" in g, g["__name__"])  # noqa: F821


def function_scope(a, b=2):
    c = a + b
    snapshot = locals()
    snapshot["c"] = "changed in snapshot"
    return sorted(snapshot), c


print(function_scope(1))


def locals_after_changes():
    x = 1
    first = dict(locals())
    y = 2
    second = locals()
    return first, sorted(second)


print(locals_after_changes())


def with_closure():
    free = "free var"

    def inner():
        bound = 1
        return sorted(locals().items()), free
    return inner()


print(with_closure())


def dir_in_function(p):
    q = 1
    return dir()


print(dir_in_function(0))


class Body:
    a = 1
    b = a + 1
    names = sorted(k for k in locals() if not k.startswith("__"))
    module_name = locals()["__module__"]
    qual = __qualname__


print(Body.names, Body.module_name, Body.qual)


class Obj:
    cls_attr = 1

    def __init__(self):
        self.inst = 2


o = Obj()
print(vars(o), sorted(k for k in vars(Obj) if not k.startswith("__")), "cls_attr" in dir(o))
print([n for n in dir(o) if not n.startswith("__")])
print(sorted(k for k in locals() if k in ("o", "Obj", "g")), locals() is globals())
print(sorted(n for n in dir() if not n.startswith("__"))[:5])


def comprehension_locals():
    return [sorted(locals()) for _ in range(1)]


print(comprehension_locals())
import math
print(vars(math)["pi"], "sqrt" in dir(math), len([n for n in dir(math) if n.startswith("is")]))


class WithDir:
    def __dir__(self):
        return ["zeta", "alpha", "alpha"]


print(dir(WithDir()))
try:
    vars(1)
except TypeError as exc:
    print("TypeError:", exc)
print(sorted(dir(type("T", (), {"x": 1, "y": 2})))[-2:])
