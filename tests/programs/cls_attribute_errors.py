"""AttributeError messages on instances, classes, modules, builtins, and name suggestions."""
import math
import sys


class Widget:
    colour = "red"

    def __init__(self):
        self.size = 3


w = Widget()
cases = [lambda: w.weight, lambda: Widget.weight, lambda: math.tau2, lambda: (1).real2,
         lambda: "s".foo, lambda: None.attr, lambda: [].push, lambda: Widget.__missing__,
         lambda: sys.nonexistent_attr, lambda: type.foo, lambda: object().x,
         lambda: setattr(object(), "x", 1), lambda: setattr(1, "real", 2),
         lambda: delattr(w, "colour"), lambda: setattr(str, "x", 1)]
for case in cases:
    try:
        case()
    except (AttributeError, TypeError) as exc:
        print(type(exc).__name__, "|", exc, "|", getattr(exc, "name", "-"),
              "|", type(getattr(exc, "obj", None)).__name__)
try:
    w.sise
except AttributeError as exc:
    print("name:", exc.name, "obj is w:", exc.obj is w)


class Slotted:
    __slots__ = ("a",)


try:
    Slotted().a
except AttributeError as exc:
    print("AttributeError:", exc)
print(getattr(w, "size"), getattr(w, "nope", None), hasattr(w, "colour"))
try:
    getattr(w, 5)
except TypeError as exc:
    print("TypeError:", exc)
