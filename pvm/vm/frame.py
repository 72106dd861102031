"""pvm's frame and traceback objects (CPython's PyFrameObject and PyTracebackObject).

VM stage. A `Frame` is both the activation record the evaluation loop runs (locals-plus
slots, instruction index, where its items start on the loop's value stack) and
the frame object programs see
through sys._getframe(), tracebacks and generators: f_back, f_code, f_globals,
f_locals, f_builtins, f_lineno, f_lasti, f_trace, clear(). The loop creates one
per call with only the fields it needs; the rest read as properties with
CPython's defaults.

Instruction positions: `_lasti` is the *index* of the instruction last started
(see bytecode/decode.py); f_lasti and tb_lasti report its byte offset, as CPython.

Tracebacks. A host exception's own `__traceback__` can only hold host frames, so
pvm keeps its traceback beside it, in the exception's `__dict__` under
TRACEBACK_KEY, built as the exception leaves or is caught in each pvm frame
(newest frame first, as CPython's PyTraceBack_Here). pvm code that reads
`e.__traceback__`, calls `e.with_traceback(tb)` or asks sys.exc_info() sees that
pvm traceback (the VM resolves those names itself); host code still sees the host
traceback. A `Traceback` pickles and deep-copies as None, so an exception that
carries one stays picklable.
"""

import operator
import types

from pvm.bytecode import opcodes as O
from pvm.bytecode.code import CO_OPTIMIZED
from pvm.bytecode.decode import decode, jump_check

_YIELD_VALUE = O.YIELD_VALUE


class _Null:
    """The VM's NULL: an unbound local slot, or LOAD_METHOD's "no self"."""
    __slots__ = ()

    def __repr__(self):
        return "<NULL>"

    def __reduce__(self):
        return "NULL"


NULL = _Null()

TRACEBACK_KEY = "__pvm_traceback__"


class Frame:
    """A pvm frame: the loop's activation record and the program's frame object."""

    __slots__ = ("f_code", "f_globals", "f_builtins", "f_back", "_fast", "_stack", "_base",
                 "_instrs", "_func", "_depth", "_lasti", "_locals", "_trace", "_trace_lines",
                 "_trace_opcodes", "_gen", "_generator", "_jump", "__weakref__")

    # -- what programs read ---------------------------------------------------

    @property
    def f_lasti(self):
        index = self._index()
        if index < 0:
            # A generator not started yet reads 0, as CPython's (its RETURN_GENERATOR ran).
            return 0 if self.f_code.co_flags & 0x2A0 else -1
        return decode(self.f_code).offsets[index]

    @property
    def f_lineno(self):
        index = self._index()
        jump = getattr(self, "_jump", None)
        if jump is not None:
            index = jump[0]
        if index < 0:
            return self.f_code.co_firstlineno
        # An instruction with no location reads None, as frame_getlineno gives it.
        return decode(self.f_code).line_of(index)

    @f_lineno.setter
    def f_lineno(self, value):
        """A trace function's jump (pdb's `jump`), checked as frame_setlineno; the traced
        loop makes it before the frame's next instruction (or, for a generator suspended
        at a yield, when it resumes)."""
        from pvm.vm import state
        if type(value) is not int:
            raise ValueError("lineno must be an integer")
        ts = state.thread_state()
        # CPython looks at the event being traced first ('call' outside a trace
        # function), then at the frame's f_trace.
        event = ts.trace_event
        suspended = False
        if event == "call":
            raise ValueError("can't jump from the 'call' trace event of a new frame")
        if event == "return":
            # Only after a yield: the generator resumes where the jump lands.
            suspended = ts.trace_frame is self and self._suspended_at_yield()
            if not suspended:
                raise ValueError("can only jump from a 'line' trace event")
        elif event != "line":
            raise ValueError("can only jump from a 'line' trace event")
        if self.f_trace is None or ts.trace_frame is not self:
            raise ValueError("f_lineno can only be set by a trace function")
        self._jump = jump_check(self.f_code, self._index(), value, suspended)

    def _suspended_at_yield(self):
        owner = self._owner()
        index = self._index()
        return (owner is not None and index >= 0
                and decode(self.f_code).plain[index][0] == _YIELD_VALUE)

    @property
    def f_locals(self):
        code = self.f_code
        if not code.co_flags & CO_OPTIMIZED:
            return self._locals
        return self._refresh_locals()

    @property
    def f_trace(self):
        try:
            return self._trace
        except AttributeError:
            return None

    @f_trace.setter
    def f_trace(self, value):
        self._trace = value

    @f_trace.deleter
    def f_trace(self):
        self._trace = None

    @property
    def f_trace_lines(self):
        try:
            return self._trace_lines
        except AttributeError:
            return True

    @f_trace_lines.setter
    def f_trace_lines(self, value):
        self._trace_lines = bool(value)

    @property
    def f_trace_opcodes(self):
        try:
            return self._trace_opcodes
        except AttributeError:
            return False

    @f_trace_opcodes.setter
    def f_trace_opcodes(self, value):
        self._trace_opcodes = bool(value)

    def clear(self):
        """Drop the locals (frame.clear()); a suspended generator's frame closes it."""
        if self.is_executing():
            raise RuntimeError("cannot clear an executing frame")
        gen = self._owner()
        if gen is not None and not gen._finished():
            gen._finalize()
        try:
            fast = self._fast
        except AttributeError:
            return
        for i in range(len(fast)):
            fast[i] = NULL
        if self.f_code.co_flags & CO_OPTIMIZED:
            self._locals = None

    def __repr__(self):
        code = self.f_code
        return (f"<frame at {id(self):#x}, file '{code.co_filename}', "
                f"line {self.f_lineno}, code {code.co_name}>")

    # -- helpers ------------------------------------------------------------

    def _index(self):
        try:
            return self._lasti
        except AttributeError:
            return -1

    def _owner(self):
        """The generator whose frame this is (a weak reference, set by generators.make)."""
        try:
            return self._generator()
        except AttributeError:
            return None

    def is_executing(self):
        """Whether the frame is running: on its thread's chain of running frames."""
        from pvm.vm import state
        frame = state.current_frame()
        while frame is not None:
            if frame is self:
                return True
            frame = frame.f_back
        return False

    def _refresh_locals(self):
        """f_locals of an optimized frame: a dict snapshot of the slots (PyFrame_FastToLocals)."""
        try:
            snapshot = self._locals
        except AttributeError:
            snapshot = None
        if snapshot is None:
            snapshot = self._locals = {}
        try:
            fast = self._fast
        except AttributeError:
            return snapshot
        code = self.f_code
        kinds = code.co_localspluskinds
        started = self._index() >= 0
        for slot, name in enumerate(code.co_localsplusnames):
            value = fast[slot] if slot < len(fast) else NULL
            # A cell slot holds the cell once MAKE_CELL (or COPY_FREE_VARS) ran.
            if kinds[slot] & 0xC0 and value is not NULL and (started or kinds[slot] & 0x80):
                try:
                    value = value.cell_contents
                except ValueError:
                    value = NULL
                except AttributeError:
                    pass
            if value is NULL:
                snapshot.pop(name, None)
            else:
                snapshot[name] = value
        return snapshot


class Traceback:
    """A pvm traceback entry (PyTracebackObject): tb_frame, tb_lineno, tb_lasti, tb_next.

    The VM makes entries with `entry(tb_next, frame, index)` (the line and offset are
    read from the frame's code when asked); programs may build one as
    types.TracebackType(tb_next, tb_frame, tb_lasti, tb_lineno), as in CPython.
    """

    __slots__ = ("_next", "tb_frame", "_index", "_lasti", "_lineno")

    def __init__(self, tb_next, tb_frame, tb_lasti, tb_lineno):
        if tb_next is not None and not isinstance(tb_next, Traceback):
            raise TypeError(f"expected traceback object or None, got "
                            f"'{type(tb_next).__name__}'")
        if not isinstance(tb_frame, Frame):
            raise TypeError(f"TracebackType() argument 'tb_frame' must be frame, not "
                            f"{type(tb_frame).__name__}")
        self._next = tb_next
        self.tb_frame = tb_frame
        self._index = None
        self._lasti = operator.index(tb_lasti)
        self._lineno = operator.index(tb_lineno)

    @property
    def tb_next(self):
        return self._next

    @tb_next.setter
    def tb_next(self, value):
        if value is not None and not isinstance(value, Traceback):
            raise TypeError(f"expected traceback object, got '{type(value).__name__}'")
        cursor = value
        while cursor is not None:
            if cursor is self:
                raise ValueError("traceback loop detected")
            cursor = cursor._next
        self._next = value

    @tb_next.deleter
    def tb_next(self):
        raise TypeError("can't delete tb_next attribute")

    @property
    def tb_lasti(self):
        if self._index is None:
            return self._lasti
        if self._index < 0:
            return -1
        return decode(self.tb_frame.f_code).offsets[self._index]

    @property
    def tb_lineno(self):
        if self._index is None:
            return self._lineno
        if self._index < 0:
            return self.tb_frame.f_code.co_firstlineno
        # None for an instruction with no location, as tb_lineno_get gives it.
        return decode(self.tb_frame.f_code).line_of(self._index)

    def __reduce__(self):
        # Pickling (or deep-copying) an exception carries its pvm traceback as None.
        return (type(None), ())

    def __dir__(self):
        return ["tb_frame", "tb_lasti", "tb_lineno", "tb_next"]


def entry(tb_next, frame, index):
    """A traceback entry for instruction `index` of `frame` (the VM's constructor)."""
    tb = _new(Traceback)
    tb._next = tb_next
    tb.tb_frame = frame
    tb._index = index
    return tb


_new = object.__new__


for _cls, _name in ((Frame, "frame"), (Traceback, "traceback")):
    _cls.__name__ = _cls.__qualname__ = _name
    _cls.__module__ = "builtins"
del _cls, _name


def exception_traceback(exc):
    """The pvm traceback kept with exception `exc`, or None."""
    try:
        return exc.__dict__.get(TRACEBACK_KEY)
    except AttributeError:
        return None


def set_exception_traceback(exc, tb):
    """Keep `tb` (a pvm Traceback or None) as the traceback of `exc`."""
    if tb is not None and not isinstance(tb, Traceback):
        if not isinstance(tb, types.TracebackType):
            raise TypeError("__traceback__ must be a traceback or None")
        # A host traceback: the host keeps it; pvm has no entries for it.
        exc.__traceback__ = tb
        tb = None
    if tb is None:
        exc.__dict__.pop(TRACEBACK_KEY, None)
    else:
        exc.__dict__[TRACEBACK_KEY] = tb


def add_traceback(exc, frame, index):
    """Record that `exc` passes frame `frame` at instruction `index` (PyTraceBack_Here)."""
    d = exc.__dict__
    d[TRACEBACK_KEY] = entry(d.get(TRACEBACK_KEY), frame, index)
