"""The thread state of pvm's VM: frame stack, exception being handled, recursion limit, hooks.

VM stage. One `ThreadState` per host thread (CPython's PyThreadState): the innermost
running pvm frame (`frame`; each frame links to its caller through f_back), the
stack of "exception being handled" items (`excs`: one item for the thread plus one
for each running generator, as 3.11's exc_info chain), and the trace/profile
hooks. The recursion limit is per interpreter, as in CPython.

The contract with the runtime (sys, builtins, the command line):
  * `current_frame()` -> the innermost pvm frame (pvm.vm.frame.Frame) or None;
  * `exc_info()` / `set_exc_info(exc)` -> what sys.exc_info() / sys.exception()
    see inside pvm (the traceback in exc_info() is pvm's, see `traceback_of`);
  * `get_recursion_limit()` / `set_recursion_limit(n)`;
  * `settrace(func)` / `gettrace()` / `setprofile(func)` / `getprofile()`;
  * `traceback_of(exc)` -> the pvm traceback (tb_frame, tb_lineno, tb_lasti,
    tb_next) of an exception raised through pvm frames, or None;
  * `default_builtins`: the builtins dict used when a globals dict has no
    `__builtins__` (the runtime fills it; until then it is the host's builtins);
  * `sys_module`: pvm's sys module, whose `modules` (for `from pkg import sub`)
    and `displayhook` (PRINT_EXPR) the VM reads (the runtime sets it).

Host recursion. pvm-to-pvm calls never recurse on the host, so pvm's own limit
counts pvm frames. Host -> pvm -> host chains (dunders, sorted(key=...)) do recurse
on the host: each such level costs a few host frames, so `set_recursion_limit`
also raises the host's limit to HOST_FRAMES_PER_LEVEL frames per pvm frame,
capped so that the host's C stack (`host_stack_size` bytes, which the runtime
sets when it runs a program in a thread with a big stack) cannot overflow: past
the cap the host raises RecursionError itself, never a crash.
"""

import builtins as _host_builtins
import sys
import threading

from pvm.vm.frame import exception_traceback, set_exception_traceback

default_builtins = _host_builtins.__dict__
"""Builtins for globals without `__builtins__` (the runtime replaces the contents)."""

sys_module = sys
"""pvm's `sys` module: its `modules`, `displayhook` are what the VM consults (the runtime sets it)."""

# Units of the host's recursion counter one level of host -> pvm -> host recursion
# uses (the host's call of Function.__call__, call_function, the loop, the C
# function between): measured 5 through __eq__ and __getattr__, 7 through
# sorted(key=...).
HOST_FRAMES_PER_LEVEL = 8
# C stack one counted unit may take on the worst re-entry path: measured about 800
# bytes (sorted(key=...), 5.5 KiB per level), about 200 through dunders; with margin.
HOST_BYTES_PER_FRAME = 1500
host_stack_size = 8 * 1024 * 1024
"""Bytes of C stack the thread running pvm programs has (the runtime sets it)."""

_limit = [1000]


class ThreadState:
    """One host thread's view of the VM (CPython's PyThreadState)."""

    __slots__ = ("frame", "excs", "tracefunc", "profilefunc", "tracing", "tracing_paused",
                 "reraising", "trace_event", "trace_frame", "__weakref__")

    def __init__(self):
        self.frame = None
        # excs[-1] is the exception the innermost generator (or the thread) handles.
        self.excs = [None]
        self.tracefunc = None
        self.profilefunc = None
        self.tracing = False
        self.tracing_paused = False
        # Set by a re-raising instruction: the loop then adds no traceback entry.
        self.reraising = False
        # The event and frame a trace function is being called for (f_lineno's checks).
        # The event a trace or profile function is running for; 'call' outside any, as
        # CPython's tracing_what (PyTrace_CALL is 0), which frame.f_lineno's setter reads.
        self.trace_event = "call"
        self.trace_frame = None

    def exc_value(self):
        """The topmost exception being handled, as _PyErr_GetTopmostException."""
        for exc in reversed(self.excs):
            if exc is not None:
                return exc
        return None


class _Local(threading.local):
    def __init__(self):
        self.ts = ThreadState()


_local = _Local()


def thread_state():
    """The calling host thread's ThreadState."""
    return _local.ts


def current_frame():
    """The innermost running pvm frame of this thread, or None."""
    return _local.ts.frame


def exc_info():
    """(type, value, traceback) of the exception being handled, as sys.exc_info() in pvm."""
    exc = _local.ts.exc_value()
    if exc is None:
        return (None, None, None)
    return (type(exc), exc, exception_traceback(exc))


def exception():
    """The exception being handled, as sys.exception() (3.11 has exc_info only)."""
    return _local.ts.exc_value()


def set_exc_info(exc):
    """Make `exc` (or None) the exception being handled by the innermost frame."""
    _local.ts.excs[-1] = exc


def traceback_of(exc):
    """The pvm traceback of `exc` (None if it never passed through a pvm frame)."""
    return exception_traceback(exc)


def with_traceback(exc, tb):
    """Set the pvm traceback of `exc` (as BaseException.with_traceback); return exc."""
    set_exception_traceback(exc, tb)
    return exc


class UnraisableHookArgs:
    """What sys.unraisablehook receives (CPython's UnraisableHookArgs)."""

    __slots__ = ("exc_type", "exc_value", "exc_traceback", "err_msg", "object")

    def __init__(self, exc, obj, err_msg=None):
        self.exc_type = type(exc)
        self.exc_value = exc
        self.exc_traceback = traceback_of(exc)
        if self.exc_traceback is None and _local.ts.frame is not None:
            # As _PyErr_WriteUnraisableMsg: a traceback of the running frame.
            from pvm.vm.frame import entry
            frame = _local.ts.frame
            self.exc_traceback = entry(None, frame, frame._index())
        self.err_msg = err_msg
        self.object = obj


def write_unraisable(exc, obj, message=None):
    """Report an exception nobody can catch (PyErr_WriteUnraisable), e.g. a finalizer's.

    Goes to pvm's sys.unraisablehook when it is set to something of the program's or
    the runtime's; otherwise prints CPython's format on sys.stderr with pvm's traceback.
    """
    hook = getattr(sys_module, "unraisablehook", None)
    if hook is not None and hook is not getattr(sys, "__unraisablehook__", None):
        try:
            hook(UnraisableHookArgs(exc, obj, message))
            return
        except Exception:
            pass
    import traceback
    stream = getattr(sys_module, "stderr", None) or sys.stderr
    try:
        text = "".join(traceback.format_exception(type(exc), exc, traceback_of(exc)))
        stream.write(f"{message or 'Exception ignored in'}: {obj!r}\n{text}")
    except Exception:
        pass


# ---------------------------------------------------------------------------
# Recursion limit
# ---------------------------------------------------------------------------

def get_recursion_limit():
    return _limit[0]


def recursion_depth():
    frame = _local.ts.frame
    return frame._depth if frame is not None else 0


def set_recursion_limit(limit):
    """sys.setrecursionlimit for pvm, with CPython's checks and messages."""
    if not isinstance(limit, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(limit).__name__)
    if limit < 1:
        raise ValueError("recursion limit must be greater or equal than 1")
    depth = recursion_depth()
    if depth >= limit:
        raise RecursionError(
            "cannot set the recursion limit to %d at the recursion depth %d: "
            "the limit is too low" % (limit, depth))
    _limit[0] = limit
    _raise_host_limit(limit)


def _raise_host_limit(limit):
    """The host's limit for `limit` pvm frames, capped by what the C stack holds."""
    wanted = limit * HOST_FRAMES_PER_LEVEL + 500
    cap = max(host_stack_size // HOST_BYTES_PER_FRAME, 1000)
    try:
        sys.setrecursionlimit(min(wanted, cap))
    except RecursionError:
        pass


def set_host_stack_size(size):
    """The runtime tells the VM how much C stack its thread has (then the host limit follows)."""
    global host_stack_size
    host_stack_size = size
    _raise_host_limit(_limit[0])


_raise_host_limit(_limit[0])


# ---------------------------------------------------------------------------
# Tracing and profiling hooks (sys.settrace / sys.setprofile)
# ---------------------------------------------------------------------------

def settrace(func):
    ts = _local.ts
    ts.tracefunc = func
    ts.tracing = func is not None or ts.profilefunc is not None


def gettrace():
    return _local.ts.tracefunc


def setprofile(func):
    ts = _local.ts
    ts.profilefunc = func
    ts.tracing = func is not None or ts.tracefunc is not None


def getprofile():
    return _local.ts.profilefunc
