"""pvm's generator, coroutine and async-generator objects (CPython's Objects/genobject.c).

VM stage. Calling a pvm function whose code has CO_GENERATOR, CO_COROUTINE or
CO_ASYNC_GENERATOR binds the arguments into a new frame and wraps it here instead
of running it (`make`). Each resumption runs the frame in a nested evaluation
loop (`execute`, wired in by pvm/vm/interp.py) until it yields or returns.

`Suspendable._run` is gen_send_ex2: the state checks and messages, the
generator's own "exception being handled" item pushed on the thread's stack while
it runs, PEP 479 (StopIteration leaving the frame becomes RuntimeError). On top of
it: send/throw/close with `yield from` delegation (_gen_throw, gen_close), the
coroutine's `__await__` wrapper, and the async generator's asend/athrow/aclose
awaitables with the firstiter/finalizer hooks of sys.set_asyncgen_hooks.

The classes satisfy collections.abc.Generator, Coroutine and AsyncGenerator by
their methods, and are registered with the host's ABCs as well.
"""

import builtins
import collections.abc
import types
import weakref

from pvm.bytecode import opcodes as O
from pvm.bytecode.code import CO_ITERABLE_COROUTINE, CO_OPTIMIZED
from pvm.bytecode.decode import decode
from pvm.vm import state
from pvm.vm.frame import NULL, Frame, Traceback, set_exception_traceback
from pvm.vm.function import UNOPTIMIZED, install_descriptor, str_getset
from pvm.vm.ops.control import chain_context, lookup_special

execute = None
"""Set by pvm.vm.interp: execute(ts, frame, value=NULL, throw=None) runs a frame."""

_local = state._local
_YIELD_VALUE = O.YIELD_VALUE


def make(func, fast):
    """The generator, coroutine or async generator for a call of `func` (slots bound).

    A function of code that is not CO_OPTIMIZED (module-level code, maybe with top-level
    await) sees its globals as its locals, as _PyFunction_Vectorcall passes them; a plain
    one is run here and now, in a nested loop.
    """
    frame = Frame()
    frame.f_code = func._code
    frame.f_globals = func._globals
    frame.f_builtins = func._builtins
    frame.f_back = None
    frame._fast = fast
    frame._stack = []
    frame._instrs = func._instrs or func._decoded_instrs()
    frame._func = func
    frame._lasti = -1
    frame._depth = 0
    if func._closure:
        # The free variables are the frame's from the start (CPython's COPY_FREE_VARS runs
        # before RETURN_GENERATOR), so f_locals of a generator not started shows them.
        fast[-len(func._closure):] = func._closure
    if not frame.f_code.co_flags & CO_OPTIMIZED:
        frame._locals = func._globals
        if func._kind == UNOPTIMIZED:
            return execute(state.thread_state(), frame)
    cls = _CLASSES[func._kind]
    gen = cls(frame, func.__name__, func.__qualname__)
    frame._generator = weakref.ref(gen)
    return gen


def make_for_code(frame, name, qualname):
    """Wrap a module-level frame whose code is a generator or coroutine (top-level await)."""
    flags = frame.f_code.co_flags
    for kind, cls in _CLASSES.items():
        if kind and flags & _FLAG_OF[kind]:
            return cls(frame, name, qualname)
    raise SystemError("code is not a generator")


class _ReadOnly:
    """A read-only attribute with CPython's getset message on assignment (and its doc)."""

    def __init__(self, name, get, doc=None):
        self.name = name
        self.get = get
        self.__doc__ = doc

    def __get__(self, obj, objtype=None):
        return self if obj is None else self.get(obj)

    def __set__(self, obj, value):
        raise AttributeError(f"attribute '{self.name}' of '{type(obj).__name__}' objects "
                             f"is not writable")

    def __delete__(self, obj):
        self.__set__(obj, None)


class Suspendable:
    """What generators, coroutines and async generators share (PyGenObject)."""

    __slots__ = ("_frame", "_code", "_running", "_exc", "_name", "_qualname",
                 "__weakref__")

    _KIND = _WHAT = "generator"   # the type's name; how messages call it

    def __init__(self, frame, name, qualname):
        self._frame = frame
        self._code = frame.f_code
        self._running = False
        self._exc = None
        self._name = name
        self._qualname = qualname

    def __repr__(self):
        return f"<{self._KIND} object {self.__qualname__} at {id(self):#x}>"

    def __reduce__(self):
        raise TypeError(f"cannot pickle '{self._KIND}' object")

    @classmethod
    def _names(cls, what):
        """The __name__ and __qualname__ getsets of a kind (gen_getsetlist and friends)."""
        install_descriptor(cls, "__name__", str_getset("_name", "__name__",
                                                       f"name of the {what}"))
        install_descriptor(cls, "__qualname__", str_getset("_qualname", "__qualname__",
                                                           f"qualified name of the {what}"))


    # -- gen_send_ex2 ----------------------------------------------------------------

    def _run(self, value, exc=None, closing=False):
        """Resume with `value` sent in (or `exc` thrown in); return (returned, value)."""
        frame = self._frame
        if frame is not None and frame._lasti < 0 and exc is None and value is not None:
            raise TypeError(f"can't send non-None value to a just-started {self._WHAT}")
        if self._running:
            raise ValueError(f"{self._WHAT} already executing")
        if frame is None:
            if type(self) is Coroutine and not closing:
                raise RuntimeError("cannot reuse already awaited coroutine")
            if exc is None:
                return True, None
            _raise(exc)
        ts = _local.ts
        self._running = True
        ts.excs.append(self._exc)
        if exc is not None and self._exc is not None:
            # _PyErr_ChainStackItem(NULL): only the generator's own handled exception
            # becomes the context of one thrown in.
            chain_context(exc, self._exc)
        try:
            result = execute(ts, frame, NULL if frame._lasti < 0 else value, exc)
        except BaseException as error:
            exc = None
            self._exc = ts.excs.pop()
            frame.f_back = None
            self._running = False
            self._finish()
            converted = self._convert(error)
            if converted is error:
                converted = None
                raise
            try:
                raise converted
            finally:
                converted = None
        self._exc = ts.excs.pop()
        frame.f_back = None
        self._running = False
        # Suspended at a yield, or returned (RETURN_FROM_GENERATOR is never fused).
        if frame._instrs[frame._lasti][0] == _YIELD_VALUE:
            return False, result
        self._finish()
        return True, result

    def _convert(self, failure):
        """PEP 479: a StopIteration leaving the frame becomes a RuntimeError."""
        if isinstance(failure, StopIteration):
            message = f"{self._WHAT} raised StopIteration"
        elif type(self) is AsyncGenerator and isinstance(failure, StopAsyncIteration):
            message = "async generator raised StopAsyncIteration"
        else:
            return failure
        error = RuntimeError(message)
        error.__cause__ = failure
        error.__context__ = failure
        return error

    def _finish(self):
        self._frame = None
        self._exc = None

    def _finished(self):
        return self._frame is None

    def _delegate(self):
        """The iterator a suspended `yield from`/`await` delegates to, or NULL (_PyGen_yf)."""
        frame = self._frame
        if frame is None or frame._lasti < 0:
            return NULL
        if decode(frame.f_code).plain[frame._lasti] == (O.YIELD_VALUE, 1):
            return frame._stack[-1]
        return NULL

    # -- send, throw, close -------------------------------------------------------------

    def send(self, value):
        """send(arg) -> send 'arg' into generator,
return next yielded value or raise StopIteration."""
        done, result = self._run(value)
        if done:
            raise _stop(result)
        return result

    def throw(self, typ, val=None, tb=None):
        """throw(value)
throw(type[,value[,tb]])

Raise exception in generator, return next yielded value or raise
StopIteration."""
        done, result = self._throw(True, typ, val, tb)
        if done:
            raise _stop(result)
        return result

    def _throw(self, close_on_genexit, typ, val=None, tb=None):
        """_gen_throw: throw into the delegate first when suspended in `yield from`."""
        delegate = self._delegate()
        if delegate is not NULL:
            if close_on_genexit and _is_class_or_instance_of(typ, GeneratorExit):
                self._running = True
                try:
                    _close_iter(delegate)
                except BaseException as error:
                    failure = error
                else:
                    failure = None
                self._running = False
                if failure is not None:
                    # Hand the exception over without a local of this frame keeping it.
                    carrier, failure = [failure], None
                    return self._run(None, carrier.pop())
                return self._run(None, _normalize(typ, val, tb))
            self._running = True
            # The delegating frame runs while the delegate gets the exception (its
            # frame's f_back), as in CPython's _gen_throw.
            ts = _local.ts
            frame = self._frame
            frame.f_back = ts.frame
            ts.frame = frame
            try:
                if isinstance(delegate, Suspendable) and type(delegate) is not AsyncGenerator:
                    done, value = delegate._throw(close_on_genexit, typ, val, tb)
                    failure = _stop(value) if done else None
                else:
                    meth = getattr(delegate, "throw", NULL)
                    if meth is NULL:
                        failure = NULL
                    else:
                        value = meth(typ, val, tb)
                        failure = None
            except BaseException as error:
                failure = error
            ts.frame = frame.f_back
            frame.f_back = None
            self._running = False
            delegate = None
            if failure is NULL:
                return self._run(None, _normalize(typ, val, tb))
            if failure is None:
                return False, value
            # The delegate is done: pop it and resume after the SEND loop.
            frame = self._frame
            frame._stack.pop()
            send_index = frame._lasti - 1
            frame._lasti = decode(frame.f_code).plain[send_index][1] - 1
            if isinstance(failure, StopIteration):
                value, failure = failure.value, None
                return self._run(value)
            carrier, failure = [failure], None
            return self._run(None, carrier.pop())
        return self._run(None, _normalize(typ, val, tb))

    def close(self):
        """close() -> raise GeneratorExit inside generator."""
        # gen_close: GeneratorExit into the frame; yielding again is a RuntimeError.
        if self._frame is not None and self._frame._lasti < 0 and not self._running:
            self._finish()
            return None
        delegate = self._delegate()
        exc = None
        if delegate is not NULL:
            self._running = True
            try:
                _close_iter(delegate)
            except BaseException as error:
                exc = error
            self._running = False
            delegate = None
        carrier, exc = [exc if exc is not None else GeneratorExit()], None
        try:
            done, value = self._run(None, carrier.pop(), closing=True)
        except (StopIteration, GeneratorExit):
            return None
        if done:
            return None
        ignored = "async generator ignored GeneratorExit" if type(self) is AsyncGenerator \
            else f"{self._WHAT} ignored GeneratorExit"
        raise RuntimeError(ignored)

    def __del__(self):
        self._finalize()

    def _finalize(self):
        """_PyGen_Finalize: close a suspended generator; warn of a never-awaited coroutine."""
        frame = self._frame
        if frame is None or self._running:
            return
        if frame._lasti < 0:
            if type(self) is Coroutine:
                self._finish()
                _warn_unawaited(self)
            return
        try:
            self.close()
        except BaseException as error:
            state.write_unraisable(error, self)

    # -- introspection ------------------------------------------------------------------

    def _frame_or_none(self):
        return self._frame

    def _suspended(self):
        return self._frame is not None and not self._running and self._frame._lasti >= 0

    def _yieldfrom(self):
        delegate = self._delegate()
        return None if delegate is NULL else delegate


class Generator(Suspendable):
    """A generator (PyGenObject)."""

    __slots__ = ()
    _KIND = _WHAT = "generator"

    def __iter__(self):
        "Implement iter(self)."
        return self

    def __next__(self):
        "Implement next(self)."
        done, result = self._run(None)
        if done:
            raise _stop(result)
        return result

    gi_frame = _ReadOnly("gi_frame", Suspendable._frame_or_none)
    gi_running = _ReadOnly("gi_running", lambda self: self._running)
    gi_code = _ReadOnly("gi_code", lambda self: self._code)
    gi_suspended = _ReadOnly("gi_suspended", Suspendable._suspended)
    gi_yieldfrom = _ReadOnly("gi_yieldfrom", Suspendable._yieldfrom,
                             "object being iterated by yield from, or None")


class Coroutine(Suspendable):
    """A coroutine made by calling an `async def` function (PyCoroObject)."""

    __slots__ = ("_origin",)

    def __init__(self, frame, name, qualname):
        super().__init__(frame, name, qualname)
        depth = _origin_depth()
        self._origin = _origin(depth) if depth else None
    _KIND = _WHAT = "coroutine"

    def __await__(self):
        "Return an iterator to be used in await expression."
        return CoroutineWrapper(self)

    def send(self, value):
        """send(arg) -> send 'arg' into coroutine,
return next iterated value or raise StopIteration."""
        return Suspendable.send(self, value)

    def throw(self, typ, val=None, tb=None):
        """throw(value)
throw(type[,value[,traceback]])

Raise exception in coroutine, return next iterated value or raise
StopIteration."""
        return Suspendable.throw(self, typ, val, tb)

    def close(self):
        "close() -> raise GeneratorExit inside coroutine."
        return Suspendable.close(self)

    cr_frame = _ReadOnly("cr_frame", Suspendable._frame_or_none)
    cr_running = _ReadOnly("cr_running", lambda self: self._running)
    cr_code = _ReadOnly("cr_code", lambda self: self._code)
    cr_suspended = _ReadOnly("cr_suspended", Suspendable._suspended)
    cr_await = _ReadOnly("cr_await", Suspendable._yieldfrom, "object being awaited on, or None")
    cr_origin = _ReadOnly("cr_origin", lambda self: self._origin)


class CoroutineWrapper:
    """What Coroutine.__await__ returns (coroutine_wrapper): an iterator driving the coroutine."""

    __slots__ = ("_coro",)

    def __reduce__(self):
        raise TypeError("cannot pickle 'coroutine_wrapper' object")

    def __init__(self, coro):
        self._coro = coro

    def __iter__(self):
        return self

    def __next__(self):
        return self._coro.send(None)

    def send(self, value):
        return self._coro.send(value)

    def throw(self, typ, val=None, tb=None):
        return self._coro.throw(typ, val, tb)

    def close(self):
        return self._coro.close()


class AsyncGenWrappedValue:
    """A value yielded by an async generator (ASYNC_GEN_WRAP), as opposed to an await's."""

    __slots__ = ("value",)

    def __init__(self, value):
        self.value = value


class AsyncGenerator(Suspendable):
    """An async generator (PyAsyncGenObject)."""

    __slots__ = ("_running_async", "_closed", "_hooks_inited", "_finalizer")
    _KIND = "async_generator"
    _WHAT = "async generator"

    def __init__(self, frame, name, qualname):
        super().__init__(frame, name, qualname)
        self._running_async = False
        self._closed = False
        self._hooks_inited = False
        self._finalizer = None

    def _init_hooks(self):
        if self._hooks_inited:
            return
        self._hooks_inited = True
        firstiter, finalizer = state.sys_module.get_asyncgen_hooks()
        if finalizer is not None:
            self._finalizer = finalizer
        if firstiter is not None:
            firstiter(self)

    @classmethod
    def __class_getitem__(cls, item):
        "See PEP 585"
        return types.GenericAlias(cls, item)

    def __aiter__(self):
        return self

    def __anext__(self):
        self._init_hooks()
        return AsyncGenASend(self, None)

    def asend(self, value):
        self._init_hooks()
        return AsyncGenASend(self, value)

    def athrow(self, typ, val=None, tb=None):
        self._init_hooks()
        return AsyncGenAThrow(self, (typ, val, tb))

    def aclose(self):
        self._init_hooks()
        return AsyncGenAThrow(self, None)

    def _unwrap(self, run):
        """async_gen_unwrap_value around one step: (done-with-StopIteration value) or raise."""
        try:
            done, result = run()
        except BaseException as error:
            if isinstance(error, (StopAsyncIteration, GeneratorExit)):
                self._closed = True
            self._running_async = False
            raise
        if done:
            self._closed = True
            self._running_async = False
            raise StopAsyncIteration
        if type(result) is AsyncGenWrappedValue:
            self._running_async = False
            raise _stop(result.value)
        return result

    def _finalize(self):
        if self._frame is None or self._running:
            return
        if self._finalizer is not None and not self._closed:
            try:
                self._finalizer(self)
            except BaseException as error:
                state.write_unraisable(error, self)
            return
        Suspendable._finalize(self)

    ag_frame = _ReadOnly("ag_frame", Suspendable._frame_or_none)
    ag_running = _ReadOnly("ag_running", lambda self: self._running_async)
    ag_code = _ReadOnly("ag_code", lambda self: self._code)
    ag_suspended = _ReadOnly("ag_suspended", Suspendable._suspended)
    ag_await = _ReadOnly("ag_await", Suspendable._yieldfrom, "object being awaited on, or None")


_INIT, _ITER, _CLOSED = 0, 1, 2


class AsyncGenASend:
    """The awaitable of asend() and __anext__() (async_gen_asend)."""

    __slots__ = ("_gen", "_sendval", "_state")

    def __reduce__(self):
        raise TypeError("cannot pickle 'async_generator_asend' object")

    def __init__(self, gen, sendval):
        self._gen = gen
        self._sendval = sendval
        self._state = _INIT

    def __await__(self):
        return self

    def __iter__(self):
        return self

    def __next__(self):
        return self.send(None)

    def send(self, value):
        if self._state == _CLOSED:
            raise RuntimeError("cannot reuse already awaited __anext__()/asend()")
        gen = self._gen
        if self._state == _INIT:
            if gen._running_async:
                raise RuntimeError("anext(): asynchronous generator is already running")
            if value is None:
                value = self._sendval
            self._state = _ITER
        gen._running_async = True
        try:
            return gen._unwrap(lambda: gen._run(value))
        except BaseException:
            self._state = _CLOSED
            raise

    def throw(self, typ, val=None, tb=None):
        if self._state == _CLOSED:
            raise RuntimeError("cannot reuse already awaited __anext__()/asend()")
        gen = self._gen
        try:
            return gen._unwrap(lambda: gen._throw(True, typ, val, tb))
        except BaseException:
            self._state = _CLOSED
            raise

    def close(self):
        self._state = _CLOSED


class AsyncGenAThrow:
    """The awaitable of athrow() and aclose() (async_gen_athrow); args None means aclose."""

    __slots__ = ("_gen", "_args", "_state")

    def __reduce__(self):
        raise TypeError("cannot pickle 'async_generator_athrow' object")

    def __init__(self, gen, args):
        self._gen = gen
        self._args = args
        self._state = _INIT

    def __await__(self):
        return self

    def __iter__(self):
        return self

    def __next__(self):
        return self.send(None)

    def _reuse_error(self):
        return RuntimeError("cannot reuse already awaited aclose()/athrow()")

    def send(self, value):
        gen = self._gen
        if self._state == _CLOSED:
            raise self._reuse_error()
        if gen._frame is None:
            self._state = _CLOSED
            raise StopIteration
        if self._state == _INIT:
            if gen._running_async:
                self._state = _CLOSED
                what = "aclose" if self._args is None else "athrow"
                raise RuntimeError(f"{what}(): asynchronous generator is already running")
            if gen._closed:
                self._state = _CLOSED
                raise StopAsyncIteration
            if value is not None:
                raise RuntimeError("can't send non-None value to a just-started coroutine")
            self._state = _ITER
            gen._running_async = True
            if self._args is None:
                gen._closed = True
                return self._step_close(lambda: gen._throw(False, GeneratorExit))
            return gen._unwrap(lambda: gen._throw(False, *self._args))
        if self._args is not None:
            return gen._unwrap(lambda: gen._run(value))
        return self._step_close(lambda: gen._run(value))

    def _step_close(self, run):
        """One step of aclose(): yielding a value is an error, ending is StopIteration."""
        gen = self._gen
        try:
            done, result = run()
        except BaseException as error:
            gen._running_async = False
            self._state = _CLOSED
            if isinstance(error, (StopAsyncIteration, GeneratorExit)):
                raise StopIteration from None
            raise
        if done:
            gen._running_async = False
            self._state = _CLOSED
            raise StopIteration
        if type(result) is AsyncGenWrappedValue:
            gen._running_async = False
            self._state = _CLOSED
            raise RuntimeError("async generator ignored GeneratorExit")
        return result

    def throw(self, typ, val=None, tb=None):
        if self._state == _CLOSED:
            raise self._reuse_error()
        gen = self._gen
        if self._args is not None:
            return gen._unwrap(lambda: gen._throw(True, typ, val, tb))
        return self._step_close(lambda: gen._throw(True, typ, val, tb))

    def close(self):
        self._state = _CLOSED


# ---------------------------------------------------------------------------
# Helpers shared with the loop's handlers
# ---------------------------------------------------------------------------

def _raise(exc):
    """Raise `exc` leaving no local reference to it in this frame.

    A traceback keeps its frames, and a frame's local naming the exception would
    keep the exception: a reference cycle that only the collector breaks, so the
    objects it holds (generators with finally blocks, files) would be finalized
    late. Everywhere the VM re-raises from host code it avoids such locals.
    """
    try:
        raise exc
    finally:
        exc = None


def _origin_depth():
    get = getattr(state.sys_module, "get_coroutine_origin_tracking_depth", None)
    return get() if get is not None else 0


def _origin(depth):
    """cr_origin: (filename, lineno, function) of the frames that made the coroutine."""
    frames = []
    frame = state.current_frame()
    while frame is not None and len(frames) < depth:
        frames.append((frame.f_code.co_filename, frame.f_lineno, frame.f_code.co_name))
        frame = frame.f_back
    return tuple(frames)


def _stop(value):
    return StopIteration() if value is None else StopIteration(value)


def _is_class_or_instance_of(typ, cls):
    if isinstance(typ, type):
        return issubclass(typ, cls)
    return isinstance(typ, cls)


def _normalize(typ, val, tb):
    """The exception instance throw(typ, val, tb) raises, with CPython's checks (_gen_throw)."""
    if tb is not None and not isinstance(tb, (Traceback, types.TracebackType)):
        raise TypeError("throw() third argument must be a traceback object")
    if isinstance(typ, type) and issubclass(typ, BaseException):
        if isinstance(val, typ):
            exc = val
        elif val is None:
            exc = typ()
        elif isinstance(val, tuple):
            exc = typ(*val)
        else:
            exc = typ(val)
    elif isinstance(typ, BaseException):
        if val is not None:
            raise TypeError("instance exception may not have a separate value")
        exc = typ
    else:
        raise TypeError(f"exceptions must be classes or instances deriving from "
                        f"BaseException, not {type(typ).__name__}")
    if tb is not None:
        set_exception_traceback(exc, tb)
    return exc


def _close_iter(delegate):
    """gen_close_iter: close the iterator a `yield from` delegates to.

    An error looking up `close` is reported as unraisable and ignored, as CPython does.
    """
    if isinstance(delegate, (Generator, Coroutine)):
        delegate.close()
        return
    try:
        close = getattr(delegate, "close", None)
    except Exception as error:
        state.write_unraisable(error, delegate)
        close = None
    if close is not None:
        close()


def _warn_unawaited(coro):
    """RuntimeWarning "coroutine ... was never awaited" (_PyErr_WarnUnawaitedCoroutine):
    through warnings._warn_unawaited_coroutine, else (or when that fails) a plain warning."""
    warnings = state.sys_module.modules.get("warnings")
    warn = getattr(warnings, "_warn_unawaited_coroutine", None)
    if warn is not None:
        try:
            warn(coro)
            return
        except BaseException as error:
            state.write_unraisable(error, coro)
    plain = getattr(warnings, "warn", None)
    if plain is None:
        import warnings as host_warnings
        plain = host_warnings.warn
    try:
        plain(f"coroutine '{coro.__qualname__}' was never awaited", RuntimeWarning, 1)
    except BaseException as error:
        state.write_unraisable(error, coro)


def send_to(receiver, value):
    """SEND: (returned, value) of sending `value` into a `yield from`/await receiver."""
    tp = type(receiver)
    if tp is Generator or tp is Coroutine:
        return receiver._run(value)
    try:
        if value is None and hasattr(tp, "__next__"):
            result = next(receiver)
        else:
            result = receiver.send(value)
    except StopIteration as stop:
        return True, stop.value
    return False, result


def get_awaitable_iter(obj, where=0):
    """The iterator `await obj` drives (_PyCoro_GetAwaitableIter and its messages)."""
    tp = type(obj)
    if tp is Coroutine or (tp is Generator and obj._code.co_flags & CO_ITERABLE_COROUTINE):
        return obj
    await_ = lookup_special(obj, "__await__")
    if await_ is NULL:
        if where == 1:
            raise TypeError(f"'async with' received an object from __aenter__ that does not "
                            f"implement __await__: {tp.__name__}")
        if where == 2:
            raise TypeError(f"'async with' received an object from __aexit__ that does not "
                            f"implement __await__: {tp.__name__}")
        raise TypeError(f"object {tp.__name__} can't be used in 'await' expression")
    result = await_()
    rtp = type(result)
    if rtp is Coroutine or (rtp is Generator and result._code.co_flags & CO_ITERABLE_COROUTINE):
        raise TypeError("__await__() returned a coroutine")
    if not hasattr(rtp, "__next__"):
        raise TypeError(f"__await__() returned non-iterator of type '{rtp.__name__}'")
    return result


# -- anext() ---------------------------------------------------------------------------

def anext(*args, **kwargs):
    if kwargs:
        raise TypeError("anext() takes no keyword arguments")
    if not 1 <= len(args) <= 2:
        few = not args
        raise TypeError(f"anext expected at {'least' if few else 'most'} {1 if few else 2} "
                        f"argument{'' if few else 's'}, got {len(args)}")
    aiterator = args[0]
    anext_ = lookup_special(aiterator, "__anext__")
    if anext_ is NULL:
        raise TypeError(f"'{type(aiterator).__name__}' object is not an async iterator")
    awaitable = anext_()
    if len(args) == 1:
        return awaitable
    return AnextAwaitable(awaitable, args[1])


anext.__doc__ = builtins.anext.__doc__
anext.__module__ = "builtins"


class AnextAwaitable:
    """What anext(aiterator, default) returns (anextawaitable, Objects/iterobject.c): each
    step goes to the awaitable's iterator, taken with pvm's await rules, so that an
    __anext__ returning a generator-based coroutine (types.coroutine) works; the end of
    the iteration is StopIteration(default)."""

    __slots__ = ("_wrapped", "_default")

    def __init__(self, wrapped, default):
        self._wrapped = wrapped
        self._default = default

    def __reduce__(self):
        raise TypeError("cannot pickle 'anext_awaitable' object")

    def _getiter(self):
        awaitable = get_awaitable_iter(self._wrapped)
        if not hasattr(type(awaitable), "__next__"):
            # A coroutine: the iterator is its __await__()'s.
            awaitable = awaitable.__await__()
            if not hasattr(type(awaitable), "__next__"):
                raise TypeError("__await__ returned a non-iterable")
        return awaitable

    def _proxy(self, step):
        """One step; StopAsyncIteration out of it ends this awaitable with the default."""
        try:
            return step(self._getiter())
        except StopAsyncIteration:
            pass
        raise _stop(self._default)

    def __await__(self):
        return self

    def __iter__(self):
        return self

    def __next__(self):
        return self._proxy(next)

    def send(self, value):
        return self._proxy(lambda it: it.send(value))

    def throw(self, *args):
        return self._proxy(lambda it: it.throw(*args))

    def close(self):
        return self._proxy(lambda it: it.close())


_CLASSES = {1: Generator, 2: Coroutine, 3: AsyncGenerator}
_FLAG_OF = {1: 0x20, 2: 0x80, 3: 0x200}

Generator._names("generator")
Coroutine._names("coroutine")
AsyncGenerator._names("async generator")

collections.abc.Generator.register(Generator)
collections.abc.Coroutine.register(Coroutine)
collections.abc.AsyncGenerator.register(AsyncGenerator)

# The names programs see, as CPython's: type(g).__name__ == "generator".
for _cls, _name in ((Generator, "generator"), (Coroutine, "coroutine"),
                    (AsyncGenerator, "async_generator"), (CoroutineWrapper, "coroutine_wrapper"),
                    (AsyncGenASend, "async_generator_asend"),
                    (AsyncGenAThrow, "async_generator_athrow"),
                    (AsyncGenWrappedValue, "async_generator_wrapped_value"),
                    (AnextAwaitable, "anext_awaitable")):
    _cls.__name__ = _cls.__qualname__ = _name
    _cls.__module__ = "builtins"
    _cls.__doc__ = None
CoroutineWrapper.__doc__ = "A wrapper object implementing __await__ for coroutines."
del _cls, _name
