"""The traced loop: what runs while sys.settrace or sys.setprofile is on (and PVM_TRACE=1).

VM stage. `execute_traced` runs a frame's unfused instructions one at a time through
their canonical handlers (pvm/vm/ops), sending the events of CPython 3.11's tracing:
'call' on entry and on each resumption of a generator, 'line' when an instruction
starts a new line or jumps backwards, 'opcode' when f_trace_opcodes is set,
'exception' where an exception is raised or arrives from a callee, 'return' on
return and on yield. Calls recurse on the host: each callee gets its own traced run.
A trace function's `frame.f_lineno = n` (checked by the frame) is made here, before
the frame's next instruction.

The fast loop (interp.py) switches to this loop when a frame is entered or called
while tracing is on, and hands over a frame it is running when tracing starts in
the middle of it (`trace_takes_over`, pdb's set_trace).
"""

import os
import sys
import types

from pvm.bytecode import opcodes as O
from pvm.bytecode.decode import EXCEPT as EXCEPT_KIND
from pvm.bytecode.decode import decode
from pvm.vm import state
from pvm.vm.frame import NULL, TRACEBACK_KEY, add_traceback
from pvm.vm.generators import Generator
from pvm.vm.ops import HANDLERS
from pvm.vm.ops.control import chain_context

TRACE = os.environ.get("PVM_TRACE") == "1"

_SEND = O.SEND
_GENERATOR_TYPES = (Generator, types.GeneratorType)

_limit = state._limit


def _recursion_error():
    """pvm's depth limit reached (the fast loop raises the same)."""
    return RecursionError("maximum recursion depth exceeded")


def execute_traced(ts, frame, value=NULL, throw=None, shared=None):
    """The loop run while tracing or profiling (sys.settrace/setprofile, PVM_TRACE).

    Runs the unfused instructions through the canonical handlers one by one, so it
    sees every instruction; calls recurse on the host (each callee gets its own
    traced run). Events as CPython 3.11 sends them: 'call' on entry (and on each
    resumption of a generator), 'line' when an instruction starts a new line or
    jumps backwards, 'opcode' when f_trace_opcodes is set, 'exception' where an
    exception is raised or arrives from a callee, 'return' on return and yield.

    `shared` hands over a frame the fast loop was running (its items are on that
    loop's stack `shared`): it goes on from its next instruction, with no 'call'
    event, when tracing starts in the middle of it (pdb's set_trace).
    """
    if shared is None:
        back = ts.frame
        frame.f_back = back
        depth = 1 if back is None else back._depth + 1
        if depth > _limit[0]:
            raise _recursion_error()
        frame._depth = depth
        ts.frame = frame
        stack = frame._stack
    else:
        back = frame.f_back
        stack = frame._stack = shared[frame._base:]
        del shared[frame._base:]
    plain = decode(frame.f_code).plain
    lines = frame.f_code._decoded.lines
    pc = frame._lasti + 1
    if getattr(frame, "_jump", None) is not None and throw is None:
        # A jump asked for at the 'return' event of a yield: the generator resumes at
        # its target, and the value sent in has no place there.
        pc = _take_jump(ts, frame, stack)
        frame._lasti = pc - 1
    elif value is not NULL:
        stack.append(value)
    frame._jump = None
    if shared is None:
        try:
            _trace_event(ts, frame, "call", None)
        except BaseException:
            # The trace function failed on 'call': the frame is left at once, with no
            # event and no traceback entry (exit_unwind in CPython's ceval).
            ts.frame = back
            raise
    last = index = pc - 1
    while True:
        try:
            if throw is not None:
                value = throw
                throw = None
                raise value
            while True:
                op, arg = plain[pc]
                frame._lasti = index = pc
                if frame.f_trace is not None:
                    _trace_instruction(ts, frame, lines, pc, last, op)
                    if frame._jump is not None:
                        # The target instruction runs with no event of its own, as
                        # CPython's (its line is reported only when the next one starts).
                        pc = _take_jump(ts, frame, stack)
                        op, arg = plain[pc]
                        frame._lasti = index = pc
                if TRACE:
                    _print_instruction(frame, pc, op, arg, stack)
                last = pc
                pc = TRACED_HANDLERS[op](ts, frame, stack, arg, pc + 1)
                if pc < 0:
                    value = stack.pop()
                    _trace_event(ts, frame, "return", value)
                    ts.frame = back
                    return value
        except BaseException as error:
            value = error
            if ts.reraising:
                # A re-raise adds no traceback entry; the frame's lasti is the re-raising
                # instruction unless RERAISE restored the original one.
                if ts.reraising is True:
                    frame._lasti = index
                ts.reraising = False
            else:
                frame._lasti = index
                if TRACEBACK_KEY not in value.__dict__:
                    chain_context(value, ts.exc_value())
                add_traceback(value, frame, index)
                try:
                    _trace_event(ts, frame, "exception", (type(value), value,
                                                          value.__dict__.get(TRACEBACK_KEY)))
                except BaseException as replaced:
                    # An error in the trace function takes the exception's place and
                    # unwinds this frame from here (call_exc_trace).
                    value = replaced
            handler = frame.f_code._decoded.handlers[index] if index >= 0 else None
            if handler is None:
                stack.clear()
                try:
                    _trace_event(ts, frame, "return", None)
                finally:
                    ts.frame = back
                if value is not error:
                    error = None
                    raise value
                value = None
                raise
            del stack[handler[1]:]
            if handler[2]:
                stack.append(frame._lasti)
            stack.append(value)
            pc = handler[0]
            # The handler's first line is reported if it differs from the line that
            # raised (or the one RERAISE restored), as maybe_call_line_trace compares.
            last = frame._lasti
            error = value = None


def _raised_stop(iterator, result):
    """Whether __next__ told `iterator`'s end with a StopIteration, as the traced loop
    reports it: a generator's does for a result other than None, a C iterator's never,
    any other (a class's __next__) always."""
    tp = type(iterator)
    if tp in _GENERATOR_TYPES:
        return result is not None
    return type(getattr(tp, "__next__", None)) is not types.WrapperDescriptorType


def _report_stop(ts, frame, result):
    _trace_event(ts, frame, "exception", (StopIteration, StopIteration(result), None))


def SEND_traced(ts, frame, stack, arg, pc):
    """SEND while tracing. When the receiver returns, CPython 3.11 (which then calls its
    send() or __next__) traces the StopIteration that carried the result as an
    'exception' event: always for send(), for __next__ as `_raised_stop` says."""
    receiver, sent = stack[-2], stack[-1]
    target = HANDLERS[_SEND](ts, frame, stack, arg, pc)
    if target == arg:
        result = stack[-1]
        if (sent is not None or not hasattr(type(receiver), "__next__")
                or _raised_stop(receiver, result)):
            _report_stop(ts, frame, result)
    return target


def FOR_ITER_traced(ts, frame, stack, arg, pc):
    """FOR_ITER while tracing: the end of the iterator is an 'exception' event when its
    __next__ raised StopIteration (CPython 3.11's FOR_ITER calls call_exc_trace)."""
    iterator = stack[-1]
    if type(iterator) is Generator:
        done, value = iterator._run(None)
        if not done:
            stack.append(value)
            return pc
        stack.pop()
        if value is not None:
            _report_stop(ts, frame, value)
        return arg
    try:
        value = next(iterator)
    except StopIteration as stop:
        stack.pop()
        if _raised_stop(iterator, None):
            _trace_event(ts, frame, "exception", (type(stop), stop, None))
        return arg
    stack.append(value)
    return pc


TRACED_HANDLERS = list(HANDLERS)
TRACED_HANDLERS[_SEND] = SEND_traced
TRACED_HANDLERS[O.FOR_ITER] = FOR_ITER_traced


def trace_takes_over(ts, frame):
    """Whether tracing started while `frame` ran in the fast loop and it has a trace function.

    Then the rest of the frame runs in the traced loop (generator frames stay: their
    yields need the fast loop's bookkeeping).
    """
    return ts.tracing and frame.f_trace is not None and not frame.f_code.co_flags & 0x2A0


def _trace_event(ts, frame, event, arg):
    """Send one event to the profile function and to the frame's trace function."""
    if ts.tracing_paused:
        return
    profile = ts.profilefunc
    if profile is not None and event in ("call", "return"):
        _call_hook(ts, profile, frame, event, arg)
    if event == "call":
        if ts.tracefunc is not None:
            result = _call_hook(ts, ts.tracefunc, frame, event, arg)
            if result is not None:
                frame.f_trace = result
        return
    local = frame.f_trace
    if local is not None:
        result = _call_hook(ts, local, frame, event, arg)
        if result is not None:
            frame.f_trace = result


def _call_hook(ts, hook, frame, event, arg):
    """Call a trace/profile function with tracing paused (CPython's call_trampoline)."""
    ts.tracing_paused = True
    saved = ts.trace_event, ts.trace_frame
    ts.trace_event, ts.trace_frame = event, frame
    try:
        return hook(frame, event, arg)
    except BaseException:
        # An error in the trace function turns tracing off, as in CPython.
        if hook is ts.tracefunc or hook is frame.f_trace:
            state.settrace(None)
            frame.f_trace = None
        raise
    finally:
        ts.tracing_paused = False
        ts.trace_event, ts.trace_frame = saved


def _take_jump(ts, frame, stack):
    """Make the jump a trace function asked for with `frame.f_lineno = n` (frame_setlineno):
    pop what the target does not have (restoring the handled exception for EXCEPT items)
    and return the target index."""
    index, pops = frame._jump
    frame._jump = None
    for kind in reversed(pops):
        value = stack.pop()
        if kind == EXCEPT_KIND:
            ts.excs[-1] = value
    return index


def _trace_instruction(ts, frame, lines, pc, last, op):
    """'line' (new line or backward jump, not into SEND) and 'opcode' events (maybe_call_line_trace)."""
    line = lines[pc]
    if line is not None and frame.f_trace_lines:
        previous = lines[last] if last >= 0 else None
        if line != previous or (pc < last and op != O.SEND):
            _trace_event(ts, frame, "line", None)
    if frame.f_trace_opcodes:
        _trace_event(ts, frame, "opcode", None)


def _print_instruction(frame, pc, op, arg, stack):
    """PVM_TRACE=1: one line per instruction with the value stack."""
    try:
        shown = [_short_repr(v) for v in stack]
    except Exception:
        shown = ["?"]
    name = O.BY_NUMBER[op].name
    print(f"{frame.f_code.co_name}:{pc:<4} {name:<20} {_short_repr(arg):<24} {shown}",
          file=sys.stderr)


def _short_repr(value):
    try:
        text = repr(value)
    except Exception:
        text = f"<{type(value).__name__}>"
    return text if len(text) <= 40 else text[:37] + "..."
