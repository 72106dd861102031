"""A stand-in `_pickle` for the pvm runs of test modules that import it unconditionally.

CPython's test_inspect does `import _pickle` at its top (CPython issue gh-142624: the
accelerator is optional for `pickle`, not for that test), so on an implementation without
the C pickler the whole module fails to import. pvm lends no `_pickle` (its C code would
import classes through the host's import system; docs/runtime.md), so libtests.py puts this
folder on the pvm child's path for the modules marked `shim` in modules.txt. It gives
pickle's own pure-Python classes under the accelerator's names: `pickle` behaves exactly
as without it. The one case that inspects `_pickle`'s C methods is in differences.txt.
"""
# When pickle.py imports us at its end, `pickle` is the partly run module that already
# holds its pure-Python classes; when we come first, pickle.py finds us empty and keeps them.
import pickle as _python_pickle

PickleError = _python_pickle.PickleError
PicklingError = _python_pickle.PicklingError
UnpicklingError = _python_pickle.UnpicklingError
Pickler = _python_pickle._Pickler
Unpickler = _python_pickle._Unpickler
dump = _python_pickle._dump
dumps = _python_pickle._dumps
load = _python_pickle._load
loads = _python_pickle._loads
