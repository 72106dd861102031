"""Canonical handlers: yield, `yield from`, await, `async for` and `async with`.

VM stage. Signature and conventions as in ops/names.py and ops/control.py. The
generator, coroutine and async-generator objects themselves are in
vm/generators.py; these handlers only move values between them and the stack.
"""

from pvm.bytecode.code import CO_COROUTINE, CO_ITERABLE_COROUTINE
from pvm.vm import generators
from pvm.vm.frame import NULL
from pvm.vm.ops.control import YIELDED, exception_matches, lookup_special


def GET_YIELD_FROM_ITER(ts, frame, stack, arg, pc):
    iterable = stack[-1]
    if type(iterable) is generators.Coroutine:
        if not frame.f_code.co_flags & (CO_COROUTINE | CO_ITERABLE_COROUTINE):
            raise TypeError("cannot 'yield from' a coroutine object in a non-coroutine "
                            "generator")
    elif type(iterable) is not generators.Generator:
        stack[-1] = iter(iterable)
    return pc


def SEND(ts, frame, stack, arg, pc):
    value = stack.pop()
    done, result = generators.send_to(stack[-1], value)
    if done:
        stack[-1] = result
        return arg
    stack.append(result)
    return pc


def YIELD_VALUE(ts, frame, stack, arg, pc):
    return YIELDED


def GET_AWAITABLE(ts, frame, stack, arg, pc):
    obj = stack[-1]
    awaitable = generators.get_awaitable_iter(obj, arg)
    if type(awaitable) is generators.Coroutine and awaitable._delegate() is not NULL:
        raise RuntimeError("coroutine is being awaited already")
    stack[-1] = awaitable
    return pc


def GET_AITER(ts, frame, stack, arg, pc):
    obj = stack[-1]
    aiter_ = lookup_special(obj, "__aiter__")
    if aiter_ is NULL:
        raise TypeError(f"'async for' requires an object with __aiter__ method, got "
                        f"{type(obj).__name__}")
    iterator = aiter_()
    if not hasattr(type(iterator), "__anext__"):
        raise TypeError(f"'async for' received an object from __aiter__ that does not "
                        f"implement __anext__: {type(iterator).__name__}")
    stack[-1] = iterator
    return pc


def GET_ANEXT(ts, frame, stack, arg, pc):
    aiter_ = stack[-1]
    if type(aiter_) is generators.AsyncGenerator:
        stack.append(aiter_.__anext__())
        return pc
    anext_ = lookup_special(aiter_, "__anext__")
    if anext_ is NULL:
        raise TypeError(f"'async for' requires an iterator with __anext__ method, got "
                        f"{type(aiter_).__name__}")
    awaitable = anext_()
    try:
        awaitable = generators.get_awaitable_iter(awaitable, 0)
    except Exception as error:
        cause = [error]
    else:
        stack.append(awaitable)
        return pc
    raise _from_cause(TypeError(f"'async for' received an invalid object from __anext__: "
                                f"{type(awaitable).__name__}"), cause)


def _from_cause(new, carrier):
    """`new` with __cause__ and __context__ set (_PyErr_FormatFromCause)."""
    new.__cause__ = new.__context__ = carrier.pop()
    return new


def END_ASYNC_FOR(ts, frame, stack, arg, pc):
    if exception_matches(stack[-1], StopAsyncIteration):
        del stack[-2:]
        return pc
    ts.reraising = True
    raise stack.pop()


def ASYNC_GEN_WRAP(ts, frame, stack, arg, pc):
    stack[-1] = generators.AsyncGenWrappedValue(stack[-1])
    return pc


def BEFORE_ASYNC_WITH(ts, frame, stack, arg, pc):
    mgr = stack[-1]
    enter = lookup_special(mgr, "__aenter__")
    if enter is NULL:
        raise TypeError(f"'{type(mgr).__name__}' object does not support the asynchronous "
                        f"context manager protocol")
    exit_ = lookup_special(mgr, "__aexit__")
    if exit_ is NULL:
        raise TypeError(f"'{type(mgr).__name__}' object does not support the asynchronous "
                        f"context manager protocol (missed __aexit__ method)")
    stack[-1] = exit_
    stack.append(enter())
    return pc
