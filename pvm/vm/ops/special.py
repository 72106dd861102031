"""Canonical handlers of the attribute instructions the VM answers itself.

VM stage. bytecode/decode.py turns LOAD_ATTR, LOAD_METHOD, STORE_ATTR and
DELETE_ATTR of the names listed in the *_SPECIAL rows of opcodes.py into these
rows. On an exception they read and write the pvm traceback kept beside it
(`__traceback__`, `with_traceback`; see vm/frame.py); an exception group's
`split` and `subgroup` accept a pvm function as the predicate (the host's take
only host functions). On anything else they are the plain instruction.
"""

import functools

from pvm.vm.frame import NULL, exception_traceback, set_exception_traceback
from pvm.vm.function import Function, Method
from pvm.vm.ops.control import copy_group_tracebacks


def _with_traceback(exc, tb):
    set_exception_traceback(exc, tb)
    return exc


def special_attribute(obj, name):
    """obj.<name> as pvm code sees it."""
    if isinstance(obj, BaseException):
        if name == "__traceback__":
            # Only pvm's: the host's holds the VM's own frames.
            return exception_traceback(obj)
        if name == "with_traceback":
            return functools.partial(_with_traceback, obj)
        if isinstance(obj, BaseExceptionGroup) and name in ("split", "subgroup"):
            return functools.partial(_group_method, obj, name)
    return getattr(obj, name)


def _group_method(group, name, condition):
    """group.split(condition) / group.subgroup(condition) with a pvm predicate allowed."""
    if type(condition) is Function:
        predicate = condition
        condition = lambda exc: predicate(exc)  # noqa: E731  (the host wants a function)
    result = getattr(group, name)(condition)
    for part in (result if name == "split" else (result,)):
        if part is not None:
            copy_group_tracebacks(group, part)
    return result


def LOAD_ATTR_SPECIAL(ts, frame, stack, arg, pc):
    stack[-1] = special_attribute(stack[-1], arg)
    return pc


def LOAD_METHOD_SPECIAL(ts, frame, stack, arg, pc):
    value = special_attribute(stack[-1], arg)
    if type(value) is Method:
        stack[-1] = value.__func__
        stack.append(value.__self__)
    else:
        stack[-1] = value
        stack.append(NULL)
    return pc


def STORE_ATTR_SPECIAL(ts, frame, stack, arg, pc):
    obj = stack.pop()
    value = stack.pop()
    if isinstance(obj, BaseException) and arg == "__traceback__":
        set_exception_traceback(obj, value)
        if value is None:
            obj.__traceback__ = None
    else:
        setattr(obj, arg, value)
    return pc


def DELETE_ATTR_SPECIAL(ts, frame, stack, arg, pc):
    delattr(stack.pop(), arg)
    return pc
