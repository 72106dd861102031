"""from module import * honouring __all__, and without __all__ (no underscore names)."""
before = set(globals())
from pkgs.starmod import *
after_all = sorted(set(globals()) - before - {"before"})
print(after_all)
before = set(globals())
from pkgs.starnoall import *
after_noall = sorted(set(globals()) - before - {"before", "after_all"})
print(after_noall)
print(public, _listed_private, CONSTANT, helper(), json.__name__)  # noqa: F405
try:
    unlisted  # noqa: F821
except NameError as exc:
    print("NameError:", exc)


def star_in_function():
    ns = {}
    exec("from pkgs.starmod import *", ns)
    return sorted(k for k in ns if k != "__builtins__")


print(star_in_function())
import pkgs.starmod
pkgs.starmod.__all__ = ["public", "missing_name"]
try:
    exec("from pkgs.starmod import *", {})
except AttributeError as exc:
    print("AttributeError:", exc)
