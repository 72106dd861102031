"""Modules are executed once and cached; module __getattr__/__dir__; import-time failures."""
import sys

import pkgs.state
import pkgs.state as alias
from pkgs import state as again
from pkgs.state import bump

print(pkgs.LOADED, alias is again is pkgs.state, bump is pkgs.state.bump)
print(bump(), bump(), pkgs.state.calls)
import pkgs.lazy as lazy
print(lazy.eager, lazy.lazy_value, lazy.lazy_other, sorted(lazy._computed), dir(lazy))
try:
    lazy.missing
except AttributeError as exc:
    print("AttributeError:", exc)
from pkgs.lazy import lazy_imported
print(lazy_imported)
try:
    import pkgs.broken
except ValueError as exc:
    print("ValueError:", exc)
print("pkgs.broken" in sys.modules)
try:
    import pkgs.broken
except ValueError as exc:
    print("second attempt runs the module again:", exc)
import types
made = types.ModuleType("made_up", "A module built at run time.")
made.value = 5
sys.modules["made_up"] = made
import made_up
print(made_up.value, made_up.__doc__, made_up.__name__)
sys.modules["blocked"] = None
try:
    import blocked
except ImportError as exc:
    print("ImportError:", exc)
