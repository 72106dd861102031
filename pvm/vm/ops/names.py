"""Canonical handlers: the value stack, constants, local slots, cells and named variables.

VM stage. Every handler has the signature `handler(ts, frame, stack, arg, pc) -> pc`
(see ops/__init__.py) and mirrors the CPython 3.11 instruction of the same name
(Python/ceval.c), with the argument already resolved by bytecode/decode.py.
Handlers raise their errors outside `except` blocks, so that the host does not
chain a KeyError into `__context__` where CPython has none.
"""

from pvm.vm.frame import NULL
from pvm.vm.function import Cell

UNBOUND_LOCAL = "cannot access local variable '%s' where it is not associated with a value"
UNBOUND_FREE = ("cannot access free variable '%s' where it is not associated with a value "
                "in enclosing scope")
NAME_ERROR = "name '%s' is not defined"


def name_error(name):
    """NameError with `.name` set, as format_exc_check_arg does (for "Did you mean")."""
    error = NameError(NAME_ERROR % name)
    error.name = name
    return error


def unbound_deref(frame, slot):
    """The error for reading an empty cell: a free variable or a local cell."""
    name = frame.f_code.co_localsplusnames[slot]
    if slot >= len(frame.f_code.co_localsplusnames) - len(frame.f_code.co_freevars):
        error = NameError(UNBOUND_FREE % name)
        error.name = name
        return error
    return UnboundLocalError(UNBOUND_LOCAL % name)


# -- the stack and constants ------------------------------------------------------

def NOP(ts, frame, stack, arg, pc):
    return pc


def POP_TOP(ts, frame, stack, arg, pc):
    stack.pop()
    return pc


def COPY(ts, frame, stack, arg, pc):
    stack.append(stack[-arg])
    return pc


def SWAP(ts, frame, stack, arg, pc):
    stack[-1], stack[-arg] = stack[-arg], stack[-1]
    return pc


def LOAD_CONST(ts, frame, stack, arg, pc):
    stack.append(arg)
    return pc


def EXTENDED_ARG(ts, frame, stack, arg, pc):
    raise SystemError("EXTENDED_ARG reached the loop (the decoder folds it)")


# -- local slots ------------------------------------------------------------------

def LOAD_FAST(ts, frame, stack, arg, pc):
    stack.append(frame._fast[arg])
    return pc


def LOAD_FAST_CHECK(ts, frame, stack, arg, pc):
    value = frame._fast[arg]
    if value is NULL:
        raise UnboundLocalError(UNBOUND_LOCAL % frame.f_code.co_localsplusnames[arg])
    stack.append(value)
    return pc


def STORE_FAST(ts, frame, stack, arg, pc):
    frame._fast[arg] = stack.pop()
    return pc


def DELETE_FAST(ts, frame, stack, arg, pc):
    fast = frame._fast
    if fast[arg] is NULL:
        raise UnboundLocalError(UNBOUND_LOCAL % frame.f_code.co_localsplusnames[arg])
    fast[arg] = NULL
    return pc


# -- cells -----------------------------------------------------------------------

def MAKE_CELL(ts, frame, stack, arg, pc):
    fast = frame._fast
    value = fast[arg]
    fast[arg] = Cell() if value is NULL else Cell(value)
    return pc


def COPY_FREE_VARS(ts, frame, stack, arg, pc):
    closure = frame._func._closure
    fast = frame._fast
    start = len(fast) - arg
    fast[start:] = closure
    return pc


def LOAD_CLOSURE(ts, frame, stack, arg, pc):
    stack.append(frame._fast[arg])
    return pc


def cell_value(cell):
    """The contents of a cell, or NULL when it is empty."""
    try:
        return cell.cell_contents
    except ValueError:
        return NULL


def LOAD_DEREF(ts, frame, stack, arg, pc):
    value = cell_value(frame._fast[arg])
    if value is NULL:
        raise unbound_deref(frame, arg)
    stack.append(value)
    return pc


def LOAD_CLASSDEREF(ts, frame, stack, arg, pc):
    name = frame.f_code.co_localsplusnames[arg]
    mapping = frame._locals
    if type(mapping) is dict:
        value = mapping.get(name, NULL)
    else:
        try:
            value = mapping[name]
        except KeyError:
            value = NULL
    if value is NULL:
        value = cell_value(frame._fast[arg])
        if value is NULL:
            raise unbound_deref(frame, arg)
    stack.append(value)
    return pc


def STORE_DEREF(ts, frame, stack, arg, pc):
    frame._fast[arg].cell_contents = stack.pop()
    return pc


def DELETE_DEREF(ts, frame, stack, arg, pc):
    cell = frame._fast[arg]
    if cell_value(cell) is NULL:
        raise unbound_deref(frame, arg)
    del cell.cell_contents
    return pc


# -- names in the locals mapping ------------------------------------------------------

def _locals_or_error(frame, what, name):
    mapping = frame._locals if not frame.f_code.co_flags & 1 else None
    if mapping is None:
        raise SystemError(f"no locals found when {what} {name!r}")
    return mapping


def LOAD_NAME(ts, frame, stack, arg, pc):
    mapping = _locals_or_error(frame, "loading", arg)
    if type(mapping) is dict:
        value = mapping.get(arg, NULL)
    else:
        try:
            value = mapping[arg]
        except KeyError:
            value = NULL
    if value is NULL:
        # Globals through the dict API (PyDict_GetItemWithError), builtins as LOAD_GLOBAL's.
        globals_ = frame.f_globals
        value = dict.get(globals_, arg, NULL) if isinstance(globals_, dict) else NULL
        if value is NULL:
            value = load_builtin(frame.f_builtins, arg)
    stack.append(value)
    return pc


def STORE_NAME(ts, frame, stack, arg, pc):
    mapping = _locals_or_error(frame, "storing", arg)
    mapping[arg] = stack.pop()
    return pc


def DELETE_NAME(ts, frame, stack, arg, pc):
    mapping = _locals_or_error(frame, "deleting", arg)
    try:
        del mapping[arg]
    except KeyError:
        pass
    else:
        return pc
    raise name_error(arg)


# -- globals and builtins ------------------------------------------------------------

def load_builtin(builtins, name):
    if type(builtins) is dict:
        value = builtins.get(name, NULL)
        if value is NULL:
            raise name_error(name)
        return value
    try:
        return builtins[name]
    except KeyError:
        pass
    raise name_error(name)


def load_global_missed(globals_, builtins, name):
    """LOAD_GLOBAL after `name in globals_` failed: the builtins, or, when either
    namespace is not an exact dict, CPython's slow path (PyObject_GetItem on each, so a
    subclass's __getitem__ and __missing__ run)."""
    if type(globals_) is not dict or type(builtins) is not dict:
        try:
            return globals_[name]
        except KeyError:
            pass
    return load_builtin(builtins, name)


def LOAD_GLOBAL(ts, frame, stack, arg, pc):
    globals_ = frame.f_globals
    if arg in globals_:
        stack.append(globals_[arg])
    else:
        stack.append(load_global_missed(globals_, frame.f_builtins, arg))
    return pc


def STORE_GLOBAL(ts, frame, stack, arg, pc):
    frame.f_globals[arg] = stack.pop()
    return pc


def DELETE_GLOBAL(ts, frame, stack, arg, pc):
    try:
        del frame.f_globals[arg]
    except KeyError:
        pass
    else:
        return pc
    raise name_error(arg)
