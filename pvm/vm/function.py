"""pvm's function, bound method and cell objects (CPython's PyFunctionObject and friends).

VM stage. The contract with the runtime and the rest of the VM:
  * `Function(code, globals, name=None, defaults=None, closure=None, kwdefaults=None,
    annotations=None, qualname=None)`: a pvm function. It has the attributes
    programs read (__code__, __globals__, __builtins__, __name__, __qualname__,
    __module__, __defaults__, __kwdefaults__, __closure__, __annotations__,
    __dict__, __doc__; __wrapped__ and the like live in __dict__), binds as a
    method through `__get__`, and is callable from host code through `__call__`,
    which runs a nested evaluation loop. Calls from pvm code never use
    `__call__`: the loop pushes a frame instead (pvm/vm/interp.py).
  * `Method`: a bound method. It is the host's own method type: binding a pvm
    function gives `types.MethodType(function, obj)`, whose calls the host makes at
    C speed and the loop unwraps into a frame push.
  * `Cell`: a closure cell, the host's cell type, so that `__closure__` holds
    real cells and the host's `type()` fills a class's `__classcell__`.

What the loop needs from a function is kept in underscore slots, recomputed when
__code__, __defaults__ or __kwdefaults__ change (`_refresh`). `_instrs` is None
until the first call decodes the code (`func._instrs or func._decoded_instrs()`).
A call with exactly `_nfast` positional arguments and no keywords needs no binding
beyond filling the rest of the slots with NULL (`_pad`); `_nfast` is -1 for generator functions and
for signatures with *args, **kwargs or keyword-only parameters.
"""

import gc
import types

from pvm.bytecode.code import (CO_ASYNC_GENERATOR, CO_COROUTINE, CO_GENERATOR, CO_OPTIMIZED,
                               CO_VARARGS, CO_VARKEYWORDS)
from pvm.bytecode.decode import decode
from pvm.bytecode.opcodes import COPY_FREE_VARS
from pvm.vm.frame import NULL

Cell = types.CellType
Method = types.MethodType

# Function kinds: what calling one makes. UNOPTIMIZED is module-level code made into a
# function (types.FunctionType(compile(...), g)): it runs with its globals as f_locals, in
# a nested loop (generators.make), as every kind but PLAIN is called through there.
PLAIN, GENERATOR, COROUTINE, ASYNC_GENERATOR, UNOPTIMIZED = 0, 1, 2, 3, 4

vm_call = None
"""Set by pvm.vm.interp: vm_call(function, args tuple, kwargs dict) runs a call on the VM."""


def builtins_of(globals_):
    """The builtins dict for a globals mapping, as CPython's _PyEval_BuiltinsFromGlobals."""
    from pvm.vm import state
    try:
        # The dict API, as CPython's: a dict subclass's __getitem__ is not consulted.
        if isinstance(globals_, dict):
            found = dict.__getitem__(globals_, "__builtins__")
        else:
            found = globals_["__builtins__"]
    except (KeyError, TypeError):
        # bpo-42990: without one, the builtins of the running frame.
        frame = state.current_frame()
        return frame.f_builtins if frame is not None else state.default_builtins
    if isinstance(found, types.ModuleType):
        return found.__dict__
    return found


def _kind_of(flags):
    if flags & CO_GENERATOR:
        return GENERATOR
    if flags & CO_COROUTINE:
        return COROUTINE
    if flags & CO_ASYNC_GENERATOR:
        return ASYNC_GENERATOR
    if not flags & CO_OPTIMIZED:
        return UNOPTIMIZED
    return PLAIN


def install_descriptor(cls, name, descriptor):
    """Put `descriptor` in `cls.__dict__[name]` where a class body and setattr cannot.

    That is how CPython's types have a `__qualname__` getset for their instances: a class
    body's `__qualname__` must be the class's own name (a str, type_new takes it out) and
    `setattr(cls, "__qualname__", x)` renames the class. The class namespace is reached
    through the mapping proxy's referent, and a throwaway setattr then runs
    PyType_Modified so that no attribute cache keeps the old entry.
    """
    namespace, = gc.get_referents(cls.__dict__)
    namespace[name] = descriptor
    type.__setattr__(cls, "_pvm_modified", None)
    type.__delattr__(cls, "_pvm_modified")


def str_getset(slot, name, doc=None):
    """A getset over `slot` whose value must be a str and which cannot be deleted, with
    CPython's message (func_set_name, func_set_qualname, gen_set_name, gen_set_qualname)."""
    message = f"{name} must be set to a string object"

    def get(obj):
        return getattr(obj, slot)

    def set_(obj, value):
        if not isinstance(value, str):
            raise TypeError(message)
        setattr(obj, slot, value)

    def delete(obj):
        raise TypeError(message)

    return property(get, set_, delete, doc)


class _ClassStr(str):
    """A str in a class's namespace that is also a data descriptor for its instances.

    `type.__module__` returns the namespace's `__module__` entry as it is and
    `type.__doc__` the `__get__(None, cls)` of its `__doc__` entry, while instances
    read and write through the descriptor: so `Function.__module__` is 'builtins' and
    `Function.__doc__` the type's doc, as the host's function type, with no metaclass
    (type(FunctionType) is type), and `f.__module__`, `f.__doc__` are each function's.
    """

    def __new__(cls, text, slot):
        self = str.__new__(cls, text)
        self.slot = slot
        return self

    def __get__(self, obj, objtype=None):
        if obj is None:
            return str(self)
        return getattr(obj, self.slot)

    def __set__(self, obj, value):
        setattr(obj, self.slot, value)

    def __delete__(self, obj):
        # A writable member: deleting leaves NULL, which reads as None.
        setattr(obj, self.slot, None)


class _ReadOnlyMember:
    """A READONLY member of PyFunctionObject (__closure__, __builtins__)."""

    __slots__ = ("slot",)

    def __init__(self, slot):
        self.slot = slot

    def __get__(self, obj, objtype=None):
        return self if obj is None else getattr(obj, self.slot)

    def __set__(self, obj, value):
        raise AttributeError("readonly attribute")

    def __delete__(self, obj):
        raise AttributeError("readonly attribute")


FUNCTION_DOC = ("Create a function object.\n\n  code\n    a code object\n  globals\n"
                "    the globals dictionary\n  name\n    a string that overrides the name "
                "from the code object\n  argdefs\n    a tuple that specifies the default "
                "argument values\n  closure\n    a tuple that supplies the bindings for free "
                "variables")


class _HostShaped:
    """An attribute of Function instances whose class-level value is the host function
    type's descriptor of the same name, so that the standard library's types.py (run on
    pvm) computes GetSetDescriptorType and MemberDescriptorType from
    `FunctionType.__code__` and `FunctionType.__globals__` as the host's."""

    __slots__ = ("get", "set", "host")

    def __init__(self, get, set, host):
        self.get = get
        self.set = set
        self.host = host

    def __get__(self, obj, objtype=None):
        return self.host if obj is None else self.get(obj)

    def __set__(self, obj, value):
        self.set(obj, value)

    def __delete__(self, obj):
        self.set(obj, NULL)


class Function:
    """A function defined by pvm code (MAKE_FUNCTION makes one)."""

    __slots__ = ("_name", "_qualname", "__dict__", "__weakref__", "_code", "_globals",
                 "_builtins", "_defaults", "_kwdefaults", "_closure", "_annotations",
                 "_module", "_doc", "_instrs", "_init_instrs", "_argcount", "_nlocalsplus", "_nfast", "_pad",
                 "_varargs_only", "_varargs_pad", "_kind", "_start")

    def __init__(self, code, globals, name=None, defaults=None, closure=None, kwdefaults=None,
                 annotations=None, qualname=None, builtins=None):
        self._code = code
        self._globals = globals
        self._builtins = builtins if builtins is not None else builtins_of(globals)
        self._name = name if name is not None else code.co_name
        self._qualname = qualname if qualname is not None else code.co_qualname
        self._defaults = defaults
        self._kwdefaults = kwdefaults
        self._closure = closure
        self._annotations = annotations
        try:
            self._module = globals.get("__name__")
        except AttributeError:
            self._module = None
        consts = code.co_consts
        # As PyFunction_New: the first constant is the docstring when it is a str.
        self._doc = consts[0] if consts and isinstance(consts[0], str) else None
        Function._refresh(self)

    def _refresh(self):
        code = self._code
        # Decoded on the first call (`_decoded_instrs`), not here: most functions a module
        # defines never run during its import, and decoding is the bulk of start-up.
        self._instrs = None
        self._init_instrs = None
        self._argcount = code.co_argcount
        self._nlocalsplus = len(code.co_localsplusnames)
        self._kind = _kind_of(code.co_flags)
        simple = (self._kind == PLAIN and not code.co_kwonlyargcount
                  and not code.co_flags & (CO_VARARGS | CO_VARKEYWORDS))
        self._nfast = code.co_argcount if simple else -1
        # The free variables' slots come filled with the closure's cells (the slots of
        # every call, `_pad` and calls.bind's), so that the loop starts a frame after
        # the code's COPY_FREE_VARS (`_start`); run anyway, it copies the same cells.
        free = list(self._closure or ())
        nfree = len(code.co_freevars)
        self._start = 0
        if len(free) != nfree:
            # No closure that fits: COPY_FREE_VARS runs, and fails as it does.
            free = [NULL] * nfree
        elif nfree and code.co_code[:2] == bytes((COPY_FREE_VARS, nfree)):
            self._start = 1
        self._pad = [NULL] * (self._nlocalsplus - code.co_argcount - nfree) + free
        # *args (and maybe **kwargs), no keyword-only parameters: calls.bind's fast path.
        self._varargs_only = bool(code.co_flags & CO_VARARGS) and not code.co_kwonlyargcount
        self._varargs_pad = self._pad[1:]

    def _decoded_instrs(self):
        """The instructions a frame of this function runs, decoding the code on first use;
        call sites read `func._instrs or func._decoded_instrs()`."""
        self._instrs = instrs = decode(self._code).instrs
        return instrs

    # -- the host-callable face ------------------------------------------------

    def __call__(self, /, *args, **kwargs):
        # `self` positional-only: a program's keyword argument may be called "self".
        return vm_call(self, args, kwargs)

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return Method(self, obj)

    def __repr__(self):
        return f"<function {self.__qualname__} at {id(self):#x}>"

    def __reduce__(self):
        # Pickled by reference, as the host pickles its functions.
        return self.__qualname__

    def __dir__(self):
        # A host function's names and the instance's, not the VM's slots and helpers:
        # unittest.mock's autospec copies the methods dir() lists onto its stand-in,
        # where they would shadow the helpers the VM calls.
        return sorted(_FUNCTION_NAMES.union(self.__dict__))

    # -- attributes programs read and write ----------------------------------------

    def _get_code(self):
        return self._code

    def _set_code(self, code):
        if code is NULL or not hasattr(code, "co_code") or not hasattr(code, "co_freevars"):
            raise TypeError("__code__ must be set to a code object")
        nfree = len(code.co_freevars)
        nclosure = 0 if self._closure is None else len(self._closure)
        if nfree != nclosure:
            raise ValueError(f"{self.__name__}() requires a code object with {nclosure} free "
                             f"vars, not {nfree}")
        self._code = code
        Function._refresh(self)

    __builtins__ = _ReadOnlyMember("_builtins")
    __closure__ = _ReadOnlyMember("_closure")
    __module__ = _ClassStr("builtins", "_module")
    __doc__ = _ClassStr(FUNCTION_DOC, "_doc")

    @property
    def __defaults__(self):
        return self._defaults

    @__defaults__.setter
    def __defaults__(self, value):
        if value is not None and not isinstance(value, tuple):
            raise TypeError("__defaults__ must be set to a tuple object")
        self._defaults = value
        Function._refresh(self)

    @__defaults__.deleter
    def __defaults__(self):
        self._defaults = None
        Function._refresh(self)

    @property
    def __kwdefaults__(self):
        return self._kwdefaults

    @__kwdefaults__.setter
    def __kwdefaults__(self, value):
        if value is not None and not isinstance(value, dict):
            raise TypeError("__kwdefaults__ must be set to a dict object")
        self._kwdefaults = value

    @__kwdefaults__.deleter
    def __kwdefaults__(self):
        self._kwdefaults = None

    @property
    def __annotations__(self):
        if self._annotations is None:
            self._annotations = {}
        elif isinstance(self._annotations, tuple):
            # MAKE_FUNCTION hands over a flat tuple of name, value pairs.
            flat = self._annotations
            self._annotations = {flat[i]: flat[i + 1] for i in range(0, len(flat), 2)}
        return self._annotations

    @__annotations__.setter
    def __annotations__(self, value):
        if value is not None and not isinstance(value, dict):
            raise TypeError("__annotations__ must be set to a dict object")
        self._annotations = value

    @__annotations__.deleter
    def __annotations__(self):
        self._annotations = None

    __name__ = str_getset("_name", "__name__")

    def _get_dict(self):
        return _instance_dict.__get__(self)

    def _set_dict(self, value):
        # PyObject_GenericSetDict's checks.
        if value is NULL:
            raise TypeError("cannot delete __dict__")
        if not isinstance(value, dict):
            raise TypeError(f"__dict__ must be set to a dictionary, not a "
                            f"'{type(value).__name__}'")
        _instance_dict.__set__(self, value)


_FUNCTION_NAMES = frozenset(dir(types.FunctionType))

# As CPython names it (type(f).__name__ == "function").
type.__setattr__(Function, "__name__", "function")
type.__setattr__(Function, "__qualname__", "function")


def _readonly(obj, value):
    raise AttributeError("readonly attribute")


# __qualname__ and __dict__ are getsets with CPython's checks. A class body cannot
# define either (see install_descriptor); __dict__'s storage stays the slot's.
_instance_dict = Function.__dict__["__dict__"]
install_descriptor(Function, "__qualname__", str_getset("_qualname", "__qualname__"))
install_descriptor(Function, "__dict__", property(
    Function._get_dict, Function._set_dict, lambda f: Function._set_dict(f, NULL)))


# Read on the class, these are the host's descriptors (a getset and a member).
type.__setattr__(Function, "__code__", _HostShaped(Function._get_code, Function._set_code,
                                                    types.FunctionType.__dict__["__code__"]))
type.__setattr__(Function, "__globals__", _HostShaped(lambda f: f._globals, _readonly,
                                                       types.FunctionType.__dict__["__globals__"]))
