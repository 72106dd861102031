"""Class creation and `super` for pvm code: the `__build_class__` builtin and pvm's `super`.

VM stage. The runtime puts `build_class` into builtins as `__build_class__` and
`Super` as `super`.

`build_class(func, name, *bases, metaclass=None, **kwds)` is CPython's
builtin___build_class__ (Python/bltinmodule.c): `__mro_entries__` and
`__orig_bases__`, the metaclass calculation, `__prepare__`, the class body run
on the VM with the namespace as its locals, then the metaclass call, which the
host's `type` does (so `__set_name__`, `__init_subclass__` and the filling of the
`__classcell__` cell happen there, as in CPython), then the `__class__` cell
check. One thing the host's type_new cannot do for pvm: it wraps `__new__` in
staticmethod and `__init_subclass__`/`__class_getitem__` in classmethod only
for *host* functions, so build_class wraps pvm functions in the namespace before
the call.

`Super` is the host's `super` with CPython's zero-argument form: the class comes
from the calling pvm frame's `__class__` cell and the object from its first
argument (super_init_without_args in Objects/typeobject.c).
"""

from pvm.bytecode.opcodes import CO_FAST_CELL, CO_FAST_FREE
from pvm.vm import state
from pvm.vm.frame import NULL
from pvm.vm.function import Cell, Function

_IMPLICIT_STATICMETHODS = ("__new__",)
_IMPLICIT_CLASSMETHODS = ("__init_subclass__", "__class_getitem__")


def build_class(*args, **kwds):
    """__build_class__(func, name, /, *bases, [metaclass], **kwds) -> class."""
    if len(args) < 2:
        raise TypeError("__build_class__: not enough arguments")
    func, name = args[0], args[1]
    if type(func) is not Function:
        raise TypeError("__build_class__: func must be a function")
    if not isinstance(name, str):
        raise TypeError("__build_class__: name is not a string")
    orig_bases = args[2:]
    bases = update_bases(orig_bases)
    meta = kwds.pop("metaclass", NULL)
    if meta is NULL:
        meta = type(bases[0]) if bases else type
        isclass = True
    else:
        isclass = isinstance(meta, type)
    if isclass:
        meta = calculate_metaclass(meta, bases)
    prepare = getattr(meta, "__prepare__", NULL)
    ns = {} if prepare is NULL else prepare(name, bases, **kwds)
    if not hasattr(type(ns), "__getitem__"):
        meta_name = meta.__name__ if isclass else "<metaclass>"
        raise TypeError(f"{meta_name}.__prepare__() must return a mapping, not "
                        f"{type(ns).__name__}")
    cell = run_class_body(func, ns)
    if bases is not orig_bases:
        ns["__orig_bases__"] = orig_bases
    if isclass:
        _wrap_implicit_methods(ns)
    cls = meta(name, bases, ns, **kwds)
    if isinstance(cls, type) and type(cell) is Cell:
        try:
            cell_cls = cell.cell_contents
        except ValueError:
            cell_cls = NULL
        if cell_cls is NULL:
            raise RuntimeError(f"__class__ not set defining {name!r} as {cls!r}. "
                               f"Was __classcell__ propagated to type.__new__?")
        if cell_cls is not cls:
            raise TypeError(f"__class__ set to {cell_cls!r} defining {name!r} as {cls!r}")
    return cls


def update_bases(bases):
    """Replace bases that are not classes by their __mro_entries__ (update_bases)."""
    new_bases = None
    for i, base in enumerate(bases):
        if isinstance(base, type):
            if new_bases is not None:
                new_bases.append(base)
            continue
        entries = getattr(base, "__mro_entries__", NULL)
        if entries is NULL:
            if new_bases is not None:
                new_bases.append(base)
            continue
        replacement = entries(bases)
        if type(replacement) is not tuple:
            raise TypeError("__mro_entries__ must return a tuple")
        if new_bases is None:
            new_bases = list(bases[:i])
        new_bases.extend(replacement)
    return bases if new_bases is None else tuple(new_bases)


def calculate_metaclass(meta, bases):
    """The most derived metaclass of `meta` and the bases' (_PyType_CalculateMetaclass)."""
    winner = meta
    for base in bases:
        candidate = type(base)
        if candidate in winner.__mro__:
            continue
        if winner in candidate.__mro__:
            winner = candidate
            continue
        raise TypeError("metaclass conflict: the metaclass of a derived class must be a "
                        "(non-strict) subclass of the metaclasses of all its bases")
    return winner


def run_class_body(func, ns):
    """Run a class body function with `ns` as its locals; return its __classcell__ or None."""
    from pvm.vm import interp
    frame = interp.frame_for_call(func, [NULL] * func._nlocalsplus, ns)
    return interp.execute(state.thread_state(), frame)


def fix_class_module(cls, args, frame):
    """`type(name, bases, ns)` or `type.__new__(meta, name, bases, ns)` called by pvm code.

    When the namespace has no `__module__`, the host's type_new takes the name of
    the module whose host frame is running, which is the VM's own; CPython takes
    the caller's module, which here is the calling pvm frame's.
    """
    ns = args[-1] if len(args) in (3, 4) else None
    if (isinstance(cls, type) and type(ns) is dict and "__module__" not in ns
            and str(cls.__dict__.get("__module__", "")).startswith("pvm.")):
        cls.__module__ = frame.f_globals.get("__name__")


def _wrap_implicit_methods(ns):
    for name in _IMPLICIT_STATICMETHODS + _IMPLICIT_CLASSMETHODS:
        try:
            value = ns[name]
        except KeyError:
            continue
        if type(value) is Function:
            ns[name] = staticmethod(value) if name in _IMPLICIT_STATICMETHODS \
                else classmethod(value)


class Super(super):
    """pvm's `super`: the host's, with the zero-argument form read from the pvm frame."""

    def __init__(self, *args):
        if not args:
            args = zero_argument_super()
        elif len(args) > 2:
            raise TypeError(f"super() expected at most 2 arguments, got {len(args)}")
        elif not isinstance(args[0], type):
            raise TypeError(f"super() argument 1 must be a type, not {type(args[0]).__name__}")
        super().__init__(*args)


Super.__name__ = Super.__qualname__ = "super"
Super.__module__ = "builtins"


def zero_argument_super():
    """(class, first argument) of the calling pvm frame (super_init_without_args)."""
    frame = state.current_frame()
    if frame is None:
        raise RuntimeError("super(): no current frame")
    code = frame.f_code
    if code.co_argcount == 0:
        raise RuntimeError("super(): no arguments")
    first = frame._fast[0]
    if first is not NULL and code.co_localspluskinds[0] & CO_FAST_CELL and type(first) is Cell:
        try:
            first = first.cell_contents
        except ValueError:
            first = NULL
    if first is NULL:
        raise RuntimeError("super(): arg[0] deleted")
    names, kinds = code.co_localsplusnames, code.co_localspluskinds
    for slot, name in enumerate(names):
        if name == "__class__" and kinds[slot] & CO_FAST_FREE:
            cell = frame._fast[slot]
            if type(cell) is not Cell:
                raise RuntimeError("super(): bad __class__ cell")
            try:
                cls = cell.cell_contents
            except ValueError:
                cls = NULL
            if cls is NULL:
                raise RuntimeError("super(): empty __class__ cell")
            if not isinstance(cls, type):
                raise RuntimeError(f"super(): __class__ is not a type ({type(cls).__name__})")
            return cls, first
    raise RuntimeError("super(): __class__ cell not found")
