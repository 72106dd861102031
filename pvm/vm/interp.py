"""The evaluation loop: pvm's CPython `_PyEval_EvalFrameDefault`.

VM stage. Consumes frames of pvm code objects (decoded once by bytecode/decode.py)
and runs them on host values. The contract with the runtime:

  * `run_code(code, globals, locals=None, closure=None)` runs a module, exec or
    eval code object and returns its value. `globals["__builtins__"]` (a module
    or a dict) gives the builtins; without it, `state.default_builtins`.
    Uncaught exceptions propagate as the host exception, with pvm's traceback
    kept beside it (`state.traceback_of(exc)`).
  * `call_function(func, args, kwargs)` is what a pvm Function's host face
    (`Function.__call__`) runs: bind, push a frame, run a nested loop.

The loop (`execute`) follows ARCHITECTURE.md's Speed section:
  * one function; the running frame's instruction list, slots, stack and the
    stack's bound `append`/`pop` live in local variables, helpers are default
    arguments (LOAD_FAST of a local, not a global lookup), and genloop writes the
    opcode numbers into fastloop.py as literals;
  * an if/elif chain ordered by measured frequency, each branch ending in
    `continue`; the hot instructions are inlined (each names its canonical
    handler in ops/, and tests/vm/test_handlers.py checks both agree); the rest
    go through `HANDLERS[op]` behind one `else`;
  * pvm-to-pvm calls (CALL_FUNCTION, CALL_METHOD, CALL_FUNCTION_KW,
    CALL_FUNCTION_EX on a pvm Function or a bound method of one) push a Frame
    and continue in this same loop; RETURN_VALUE pops it. No host recursion, so
    the depth is pvm's own (`state.get_recursion_limit()`). Calls of host
    callables call them directly;
  * exceptions: one `try` around the dispatch loop (free in 3.11); the handler
    below it adds the traceback entry, finds the innermost handler of the
    instruction in the decoded exception table, and otherwise pops frames until
    one handles it or the loop's entry frame is left.

`execute` here is the readable source of the loop; pvm/vm/fastloop.py is the same
function with the dispatch chain arranged as a search tree by genloop.py
(generated, see there), and is what runs.

While tracing or profiling, frames run in the traced loop instead (tracing.py).

Debug switches (environment, read at import): PVM_TRACE=1 prints each instruction
with the stack to stderr (through the traced loop); PVM_GC_STRESS=1 collects
garbage at every frame push; PVM_LINEAR_LOOP=1 runs the readable loop.
"""

import gc
import os
import sys

from pvm.bytecode import opcodes as O
from pvm.bytecode.code import CO_OPTIMIZED
from pvm.bytecode.decode import decode, init_instrs
from pvm.vm import function, generators, state
from pvm.vm.classes import fix_class_module
from pvm.vm.calls import bind, merge_kwargs, star_args
from pvm.vm.frame import NULL, TRACEBACK_KEY, Frame, add_traceback
from pvm.vm.function import Function, Method
from pvm.vm.ops import HANDLERS
from pvm.vm.ops.control import chain_context, init_result_error
from pvm.vm.ops.names import load_global_missed
from pvm.vm.tracing import TRACE, _recursion_error, execute_traced, trace_takes_over

_limit = state._limit
_new = object.__new__

GC_STRESS = os.environ.get("PVM_GC_STRESS") == "1"

def run_code(code, globals, locals=None, closure=None):
    """Run a module/exec/eval code object in `globals` (and `locals`); return its value."""
    if locals is None:
        locals = globals
    frame = _new(Frame)
    frame.f_code = code
    frame.f_globals = globals
    frame.f_builtins = function.builtins_of(globals)
    frame._locals = None if code.co_flags & CO_OPTIMIZED else locals
    frame._fast = [NULL] * len(code.co_localsplusnames)
    frame._stack = []
    frame._instrs = decode(code).instrs
    frame._func = None
    if closure is not None or code.co_freevars:
        frame._func = Function(code, globals, closure=tuple(closure or ()))
    frame._lasti = -1
    if code.co_flags & (0x20 | 0x80 | 0x200):
        return generators.make_for_code(frame, code.co_name, code.co_qualname)
    return execute(state.thread_state(), frame)


def call_function(func, args, kwargs):
    """A call of pvm function `func` from host code: bind, then run a nested loop."""
    if not kwargs and len(args) == func._nfast:
        fast = list(args)
        fast += func._pad
    elif kwargs:
        fast = bind(func, args, tuple(kwargs), tuple(kwargs.values()))
    else:
        fast = bind(func, args)
    if func._kind:
        return generators.make(func, fast)
    frame = _new(Frame)
    frame.f_code = func._code
    frame.f_globals = func._globals
    frame.f_builtins = func._builtins
    frame._fast = fast
    frame._stack = []
    frame._instrs = func._instrs or func._decoded_instrs()
    frame._func = func
    frame._lasti = -1
    ts = state.thread_state()
    back = ts.frame
    if back is not None and back._depth * HOST_UNITS_PER_LEVEL > getrecursionlimit() - 300:
        _host_room(HOST_ROOM)
    return execute(ts, frame)


# Host -> pvm -> host recursion can reach the HOST's recursion limit first (its cap, see
# state.py). Where it is reached matters: a RecursionError raised on entering
# Function.__get__, when the host binds a dunder it looked up (slot_tp_richcompare,
# slot_tp_repr, slot_tp_hash), is swallowed there and the comparison quietly gives
# NotImplemented. So near the host's limit (the pvm depth bounds the number of host
# levels below) each host call of a pvm function first makes sure HOST_ROOM more host
# frames fit, and raises the RecursionError itself, where it propagates.
HOST_UNITS_PER_LEVEL = 8
HOST_ROOM = 30
getrecursionlimit = sys.getrecursionlimit


def _host_room(n):
    """Enter `n` nested host frames: RecursionError when fewer are left."""
    if n:
        _host_room(n - 1)


def frame_for_call(func, fast, locals=None):
    """A fresh frame for `func` with its slots bound (build_class runs class bodies so)."""
    frame = _new(Frame)
    frame.f_code = func._code
    frame.f_globals = func._globals
    frame.f_builtins = func._builtins
    frame._fast = fast
    frame._stack = []
    frame._instrs = func._instrs or func._decoded_instrs()
    frame._func = func
    frame._lasti = -1
    frame._locals = locals
    return frame


def _complex_call(op, arg, stack):
    """CALL_FUNCTION_KW / CALL_FUNCTION_EX: (NULL, result) after a host call, or
    (function, bound slots) for the loop to push a frame."""
    if op == O.CALL_FUNCTION_KW:
        names = stack.pop()
        base = len(stack) - arg
        values = stack[base:]
        del stack[base:]
        func = stack.pop()
        npos = arg - len(names)
        args, kwvalues = values[:npos], values[npos:]
    else:
        kwargs = stack.pop() if arg & 1 else None
        args = stack.pop()
        func = stack.pop()
        args = star_args(func, args)
        if kwargs:
            if type(kwargs) is not dict:
                target = {}
                merge_kwargs(func, target, kwargs)
                kwargs = target
            names = tuple(kwargs)
            kwvalues = tuple(kwargs.values())
        else:
            names = kwvalues = ()
    if func is type or func is type.__new__:
        result = func(*args, **dict(zip(names, kwvalues))) if names else func(*args)
        fix_class_module(result, args, state.current_frame())
        return NULL, result
    if type(func) is Method and type(func.__func__) is Function:
        args = (func.__self__, *args)
        func = func.__func__
    if type(func) is Function:
        if names:
            # _PyStack_UnpackDict's check: str subclasses are keywords too.
            if op == O.CALL_FUNCTION_EX and not all(isinstance(name, str) for name in names):
                raise TypeError("keywords must be strings")
            return func, bind(func, args, names, kwvalues)
        if len(args) == func._nfast:
            fast = list(args)
            fast += func._pad
            return func, fast
        return func, bind(func, args)
    if names:
        return NULL, func(*args, **dict(zip(names, kwvalues)))
    return NULL, func(*args)


# The names the loop's default arguments use: pvm/vm/fastloop.py (generated from
# `execute` below by genloop.py) imports them from here.
LOOP_GLOBALS = ("O", "NULL", "Frame", "Function", "Method", "_new", "HANDLERS", "_limit",
                "bind", "load_global_missed", "generators", "add_traceback", "chain_context",
                "TRACEBACK_KEY", "_recursion_error", "_complex_call", "GC_STRESS", "TRACE",
                "execute_traced", "frame_for_call", "gc", "install", "init_instrs",
                "init_result_error", "fix_class_module", "trace_takes_over", "star_args")


# Opcode numbers as module globals, from the table: the readable loop below reads them
# so, and genloop writes them into fastloop.py as literals.
globals().update({name: op.number for name, op in O.OPS.items()})


# The loop. Its default arguments are helpers read as fast locals; callers pass at most
# the first four arguments.
def execute(ts, frame, value=NULL, throw=None,
            # constants and helpers, read as fast locals
            slice=slice, str=str, star_args=star_args, NULL=NULL, Frame=Frame,
            Function=Function, Method=Method, new=_new, Generator=generators.Generator,
            Coroutine=generators.Coroutine, object_new=object.__new__,
            init_instrs=init_instrs, init_result_error=init_result_error,
            type_new=type.__new__, trace_takes_over=trace_takes_over,
            fix_class_module=fix_class_module, HANDLERS=HANDLERS, limit=_limit, bind=bind,
            load_global_missed=load_global_missed, make_generator=generators.make,
            next=next, getattr=getattr, setattr=setattr, tuple=tuple, type=type, dict=dict,
            len=len, iter=iter, add_traceback=add_traceback, isinstance=isinstance,
            BaseException=BaseException, chain_context=chain_context,
            TRACEBACK_KEY=TRACEBACK_KEY, recursion_error=_recursion_error,
            complex_call=_complex_call, GC_STRESS=GC_STRESS, TRACE=TRACE,
            execute_traced=execute_traced, frame_for_call=frame_for_call,
            gc_collect=gc.collect):
    """Run `frame` until it returns (its value) or yields (the value yielded).

    `value` is pushed first when a suspended generator frame is resumed; `throw`
    is raised at the frame's current instruction instead (generator.throw()).
    Every pvm frame the code calls runs here too, pushed and popped in place.

    Inside, `pc` is the index of the next instruction. A fused instruction steps
    `pc` past its earlier parts before a part that can fail, so that `pc - 1` is
    always the instruction an exception comes from.
    """
    if ts.tracing or TRACE:
        return execute_traced(ts, frame, value, throw)
    entry = frame
    back = ts.frame
    frame.f_back = back
    depth = 1 if back is None else back._depth + 1
    if depth > limit[0]:
        raise recursion_error()
    frame._depth = depth
    ts.frame = frame
    instrs = frame._instrs
    fast = frame._fast
    # One value stack for every frame this loop runs: the entry frame's list. Each
    # frame's items start at its `_base`; a call or a return leaves them in place.
    stack = frame._stack
    frame._base = 0
    push = stack.append
    pop = stack.pop
    glb = frame.f_globals
    bltn = frame.f_builtins
    pc = frame._lasti + 1
    if value is not NULL:
        push(value)
    while True:
        try:
            if throw is not None:
                value = throw
                throw = None
                raise value
            while True:
                # Dispatch until the running frame returns (`break`, value in `value`).
                while True:
                    op, arg = instrs[pc]
                    pc += 1
                    # >>> dispatch: genloop.py rearranges these branches as a search tree
                    if op == LOAD_FAST:
                        # canonical: ops.names.LOAD_FAST
                        push(fast[arg])
                        continue
                    elif op == LOAD_FAST__LOAD_FAST:
                        push(fast[arg[0]])
                        push(fast[arg[1]])
                        pc += 1
                        continue
                    elif op == STORE_FAST:
                        # canonical: ops.names.STORE_FAST
                        fast[arg] = pop()
                        continue
                    elif op == LOAD_CONST:
                        # canonical: ops.names.LOAD_CONST
                        push(arg)
                        continue
                    elif op == LOAD_FAST__LOAD_ATTR:
                        pc += 1
                        push(getattr(fast[arg[0]], arg[1]))
                        continue
                    elif op == FOR_ITER__STORE_FAST:
                        func = stack[-1]
                        if type(func) is not Generator or func._running or func._frame is None:
                            value = next(func, NULL)
                            if value is NULL:
                                pop()
                                pc = arg[0]
                                func = None
                            else:
                                fast[arg[1]] = value
                                pc += 1
                            continue
                        value = None
                        nargs = -2
                    elif op == LOAD_FAST__LOAD_CONST__BINARY_OP__STORE_FAST:
                        pc += 2
                        fast[arg[3]] = arg[2](fast[arg[0]], arg[1])
                        pc += 1
                        continue
                    elif op == LOAD_FAST__LOAD_FAST__BINARY_OP:
                        pc += 2
                        push(arg[2](fast[arg[0]], fast[arg[1]]))
                        continue
                    elif op == JUMP_BACKWARD:
                        # canonical: ops.control.JUMP_BACKWARD
                        pc = arg
                        continue
                    elif op == JUMP_BACKWARD__FOR_ITER__STORE_FAST:
                        # canonical: ops.control.JUMP_BACKWARD__FOR_ITER__STORE_FAST; as
                        # FOR_ITER__STORE_FAST at the target (index arg[0])
                        pc = arg[0] + 1
                        func = stack[-1]
                        if type(func) is not Generator or func._running or func._frame is None:
                            value = next(func, NULL)
                            if value is NULL:
                                pop()
                                pc = arg[1]
                                func = None
                            else:
                                fast[arg[2]] = value
                                pc += 1
                            continue
                        value = None
                        nargs = -2
                    elif op == POP_TOP__JUMP_BACKWARD__FOR_ITER__STORE_FAST:
                        # canonical: ops.control.POP_TOP__JUMP_BACKWARD__FOR_ITER__STORE_FAST
                        pop()
                        pc = arg[0] + 1
                        func = stack[-1]
                        if type(func) is not Generator or func._running or func._frame is None:
                            value = next(func, NULL)
                            if value is NULL:
                                pop()
                                pc = arg[1]
                                func = None
                            else:
                                fast[arg[2]] = value
                                pc += 1
                            continue
                        value = None
                        nargs = -2
                    elif op == LOAD_FAST__LOAD_METHOD:
                        pc += 1
                        value = getattr(fast[arg[0]], arg[1])
                        if type(value) is Method:
                            push(value.__func__)
                            push(value.__self__)
                        else:
                            push(value)
                            push(NULL)
                        value = None
                        continue
                    elif op == CALL_METHOD:
                        # canonical: ops.control.CALL_METHOD (the call itself is below)
                        if stack[-1 - arg] is NULL:
                            del stack[-1 - arg]
                            func = stack[-1 - arg]
                            nargs = arg
                        else:
                            func = stack[-2 - arg]
                            nargs = arg + 1
                    elif op == BINARY_OP:
                        # canonical: ops.objects.BINARY_OP
                        stack[-1] = arg(stack[-2], pop())
                        continue
                    elif op == LOAD_FAST__LOAD_CONST:
                        push(fast[arg[0]])
                        push(arg[1])
                        pc += 1
                        continue
                    elif op == LOAD_GLOBAL:
                        # canonical: ops.names.LOAD_GLOBAL
                        if arg in glb:
                            push(glb[arg])
                        elif type(bltn) is dict and type(glb) is dict and arg in bltn:
                            push(bltn[arg])
                        else:
                            push(load_global_missed(glb, bltn, arg))
                        continue
                    elif op == CALL_FUNCTION:
                        # canonical: ops.control.CALL_FUNCTION (the call itself is below)
                        func = stack[-1 - arg]
                        nargs = arg
                    elif op == LOAD_FAST__LOAD_METHOD__CALL_METHOD:
                        pc += 1
                        value = getattr(fast[arg[0]], arg[1])
                        pc += 1
                        if type(value) is Method:
                            func = value.__func__
                            push(func)
                            push(value.__self__)
                            nargs = 1
                        else:
                            func = value
                            push(value)
                            nargs = 0
                        value = None
                    elif op == LOAD_FAST__LOAD_METHOD__LOAD_FAST__CALL_METHOD:
                        pc += 1
                        value = getattr(fast[arg[0]], arg[1])
                        pc += 2
                        if type(value) is Method:
                            func = value.__func__
                            push(func)
                            push(value.__self__)
                            nargs = arg[3] + 1
                        else:
                            func = value
                            push(value)
                            nargs = arg[3]
                        push(fast[arg[2]])
                        value = None
                    elif op == LOAD_GLOBAL__LOAD_FAST__CALL_FUNCTION:
                        value = arg[0]
                        if value in glb:
                            push(glb[value])
                        elif type(bltn) is dict and type(glb) is dict and value in bltn:
                            push(bltn[value])
                        else:
                            push(load_global_missed(glb, bltn, value))
                        pc += 2
                        push(fast[arg[1]])
                        nargs = arg[2]
                        func = stack[-1 - nargs]
                    elif op == LOAD_FAST__LOAD_CONST__COMPARE_OP__POP_JUMP_IF_FALSE:
                        pc += 2
                        value = arg[2](fast[arg[0]], arg[1])
                        pc += 1
                        if not value:
                            pc = arg[3]
                        continue
                    elif op == RETURN_VALUE:
                        # canonical: ops.control.RETURN_VALUE (the return itself is below)
                        value = pop()
                        break
                    elif op == STORE_FAST__LOAD_FAST:
                        fast[arg[0]] = pop()
                        push(fast[arg[1]])
                        pc += 1
                        continue
                    elif op == LOAD_FAST__RETURN_VALUE:
                        value = fast[arg[0]]
                        pc += 1
                        break
                    elif op == LOAD_FAST__LOAD_FAST__BINARY_OP__STORE_FAST:
                        pc += 2
                        fast[arg[3]] = arg[2](fast[arg[0]], fast[arg[1]])
                        pc += 1
                        continue
                    elif op == COMPARE_OP__POP_JUMP_IF_FALSE:
                        value = arg[0](stack[-2], stack[-1])
                        del stack[-2:]
                        pc += 1
                        if not value:
                            pc = arg[1]
                        continue
                    elif op == LOAD_FAST__LOAD_CONST__BINARY_OP:
                        pc += 2
                        push(arg[2](fast[arg[0]], arg[1]))
                        continue
                    elif op == LOAD_ATTR:
                        # canonical: ops.objects.LOAD_ATTR
                        stack[-1] = getattr(stack[-1], arg)
                        continue
                    elif op == LOAD_CONST__BINARY_OP:
                        pc += 1
                        stack[-1] = arg[1](stack[-1], arg[0])
                        continue
                    elif op == LOAD_FAST__BINARY_OP:
                        pc += 1
                        stack[-1] = arg[1](stack[-1], fast[arg[0]])
                        continue
                    elif op == POP_JUMP_IF_FALSE:
                        # canonical: ops.control.POP_JUMP_IF_FALSE
                        if not pop():
                            pc = arg
                        continue
                    elif op == BINARY_OP__STORE_FAST:
                        fast[arg[1]] = arg[0](stack[-2], stack[-1])
                        del stack[-2:]
                        pc += 1
                        continue
                    elif op == LOAD_FAST__LOAD_FAST__COMPARE_OP__POP_JUMP_IF_FALSE:
                        pc += 2
                        value = arg[2](fast[arg[0]], fast[arg[1]])
                        pc += 1
                        if not value:
                            pc = arg[3]
                        continue
                    elif op == POP_TOP:
                        # canonical: ops.names.POP_TOP
                        pop()
                        continue
                    elif op == LOAD_CONST__RETURN_VALUE:
                        value = arg[0]
                        pc += 1
                        break
                    elif op == LOAD_FAST__LOAD_FAST__BINARY_SUBSCR:
                        pc += 2
                        push(fast[arg[0]][fast[arg[1]]])
                        continue
                    elif op == LOAD_FAST__LOAD_CONST__BINARY_SUBSCR:
                        pc += 2
                        push(fast[arg[0]][arg[1]])
                        continue
                    elif op == STORE_FAST__STORE_FAST:
                        fast[arg[0]] = pop()
                        fast[arg[1]] = pop()
                        pc += 1
                        continue
                    elif op == LOAD_CONST__LOAD_FAST:
                        push(arg[0])
                        push(fast[arg[1]])
                        pc += 1
                        continue
                    elif op == FOR_ITER__UNPACK_SEQUENCE:
                        func = stack[-1]
                        if type(func) is not Generator or func._running or func._frame is None:
                            value = next(func, NULL)
                            if value is NULL:
                                pop()
                                pc = arg[0]
                                func = None
                                continue
                            pc += 1
                            if type(value) is tuple and len(value) == arg[1]:
                                stack.extend(value[::-1])
                            else:
                                push(value)
                                HANDLERS[UNPACK_SEQUENCE](ts, frame, stack, arg[1], pc)
                            value = None
                            continue
                        value = None
                        nargs = -2
                    elif op == COMPARE_OP__POP_JUMP_IF_TRUE:
                        value = arg[0](stack[-2], stack[-1])
                        del stack[-2:]
                        pc += 1
                        if value:
                            pc = arg[1]
                        continue
                    elif op == LOAD_CONST__COMPARE_OP__POP_JUMP_IF_FALSE:
                        pc += 1
                        value = arg[1](stack[-1], arg[0])
                        pop()
                        pc += 1
                        if not value:
                            pc = arg[2]
                        continue
                    elif op == FOR_ITER:
                        # canonical: ops.control.FOR_ITER (a pvm generator is resumed in place)
                        func = stack[-1]
                        if type(func) is not Generator or func._running or func._frame is None:
                            value = next(func, NULL)
                            if value is NULL:
                                pop()
                                pc = arg
                                func = None
                            else:
                                push(value)
                            continue
                        value = None
                        nargs = -2
                    elif op == COMPARE_OP:
                        # canonical: ops.objects.COMPARE_OP
                        stack[-1] = arg(stack[-2], pop())
                        continue
                    elif op == POP_JUMP_IF_TRUE:
                        # canonical: ops.control.POP_JUMP_IF_TRUE
                        if pop():
                            pc = arg
                        continue
                    elif op == JUMP_FORWARD:
                        # canonical: ops.control.JUMP_FORWARD
                        pc = arg
                        continue
                    elif op == LOAD_METHOD:
                        # canonical: ops.objects.LOAD_METHOD
                        value = getattr(stack[-1], arg)
                        if type(value) is Method:
                            stack[-1] = value.__func__
                            push(value.__self__)
                        else:
                            stack[-1] = value
                            push(NULL)
                        value = None
                        continue
                    elif op == LOAD_METHOD_SPECIAL:
                        # canonical: ops.special.LOAD_METHOD_SPECIAL (exceptions go there)
                        if isinstance(stack[-1], BaseException):
                            pc = HANDLERS[op](ts, frame, stack, arg, pc)
                            continue
                        value = getattr(stack[-1], arg)
                        if type(value) is Method:
                            stack[-1] = value.__func__
                            push(value.__self__)
                        else:
                            stack[-1] = value
                            push(NULL)
                        value = None
                        continue
                    elif op == COPY__COPY__BINARY_SUBSCR:
                        # container[key] of an augmented assignment, keeping both
                        push(stack[-arg[0]])
                        push(stack[-arg[1]])
                        pc += 2
                        stack[-1] = stack[-2][pop()]
                        continue
                    elif op == SWAP__SWAP__STORE_SUBSCR:
                        value = arg[0]
                        stack[-1], stack[-value] = stack[-value], stack[-1]
                        value = arg[1]
                        stack[-1], stack[-value] = stack[-value], stack[-1]
                        pc += 2
                        stack[-2][stack[-1]] = stack[-3]
                        del stack[-3:]
                        value = None
                        continue
                    elif op == COPY__LOAD_ATTR:
                        pc += 1
                        push(getattr(stack[-arg[0]], arg[1]))
                        continue
                    elif op == SWAP__STORE_ATTR:
                        value = arg[0]
                        stack[-1], stack[-value] = stack[-value], stack[-1]
                        pc += 1
                        setattr(pop(), arg[1], pop())
                        value = None
                        continue
                    elif op == UNPACK_SEQUENCE__STORE_FAST__STORE_FAST:
                        if type(stack[-1]) is tuple and len(stack[-1]) == 2 == arg[0]:
                            fast[arg[1]], fast[arg[2]] = pop()
                            pc += 2
                        else:
                            HANDLERS[UNPACK_SEQUENCE](ts, frame, stack, arg[0], pc)
                        continue
                    elif op == LOAD_CONST__IS_OP__POP_JUMP_IF_FALSE:
                        pc += 2
                        if (pop() is arg[0]) is (arg[1] == 1):
                            pc = arg[2]
                        continue
                    elif op == LOAD_CONST__IS_OP__POP_JUMP_IF_TRUE:
                        pc += 2
                        if (pop() is arg[0]) is not (arg[1] == 1):
                            pc = arg[2]
                        continue
                    elif op == COPY_FREE_VARS:
                        # canonical: ops.names.COPY_FREE_VARS
                        fast[-arg:] = frame._func._closure
                        continue
                    elif op == LOAD_CLOSURE:
                        # canonical: ops.names.LOAD_CLOSURE
                        push(fast[arg])
                        continue
                    elif op == JUMP_IF_FALSE_OR_POP:
                        # canonical: ops.control.JUMP_IF_FALSE_OR_POP
                        if stack[-1]:
                            pop()
                        else:
                            pc = arg
                        continue
                    elif op == JUMP_IF_TRUE_OR_POP:
                        # canonical: ops.control.JUMP_IF_TRUE_OR_POP
                        if stack[-1]:
                            pc = arg
                        else:
                            pop()
                        continue
                    elif op == BUILD_SLICE:
                        # canonical: ops.objects.BUILD_SLICE
                        if arg == 2:
                            stack[-1] = slice(stack[-2], pop())
                        else:
                            stack[-3] = slice(stack[-3], stack[-2], stack[-1])
                            del stack[-2:]
                        continue
                    elif op == UNARY_NOT:
                        # canonical: ops.objects.UNARY_NOT
                        stack[-1] = not stack[-1]
                        continue
                    elif op == BUILD_STRING:
                        # canonical: ops.objects.BUILD_STRING
                        if arg:
                            value = "".join(stack[-arg:])
                            del stack[-arg:]
                            push(value)
                            value = None
                        else:
                            push("")
                        continue
                    elif op == FORMAT_VALUE:
                        # canonical: ops.objects.FORMAT_VALUE (conversions and specs go there)
                        if arg or type(stack[-1]) is not str:
                            pc = HANDLERS[op](ts, frame, stack, arg, pc)
                        continue
                    elif op == LOAD_FAST__LOAD_FAST__STORE_ATTR:
                        pc += 2
                        setattr(fast[arg[1]], arg[2], fast[arg[0]])
                        continue
                    elif op == LOAD_FAST__POP_JUMP_IF_FALSE:
                        pc += 1
                        if not fast[arg[0]]:
                            pc = arg[1]
                        continue
                    elif op == LOAD_FAST__POP_JUMP_IF_TRUE:
                        pc += 1
                        if fast[arg[0]]:
                            pc = arg[1]
                        continue
                    elif op == LOAD_FAST__POP_JUMP_IF_NONE:
                        if fast[arg[0]] is None:
                            pc = arg[1]
                        else:
                            pc += 1
                        continue
                    elif op == LOAD_FAST__POP_JUMP_IF_NOT_NONE:
                        if fast[arg[0]] is not None:
                            pc = arg[1]
                        else:
                            pc += 1
                        continue
                    elif op == LOAD_FAST__LOAD_ATTR__POP_JUMP_IF_FALSE:
                        pc += 1
                        value = getattr(fast[arg[0]], arg[1])
                        pc += 1
                        if not value:
                            pc = arg[2]
                        value = None
                        continue
                    elif op == LOAD_FAST__LOAD_ATTR__POP_JUMP_IF_TRUE:
                        pc += 1
                        value = getattr(fast[arg[0]], arg[1])
                        pc += 1
                        if value:
                            pc = arg[2]
                        value = None
                        continue
                    elif op == LOAD_FAST__LOAD_ATTR__POP_JUMP_IF_NONE:
                        pc += 1
                        if getattr(fast[arg[0]], arg[1]) is None:
                            pc = arg[2]
                        else:
                            pc += 1
                        continue
                    elif op == LOAD_FAST__LOAD_ATTR__POP_JUMP_IF_NOT_NONE:
                        pc += 1
                        if getattr(fast[arg[0]], arg[1]) is not None:
                            pc = arg[2]
                        else:
                            pc += 1
                        continue
                    elif op == LOAD_FAST__LOAD_ATTR__RETURN_VALUE:
                        pc += 1
                        value = getattr(fast[arg[0]], arg[1])
                        pc += 1
                        break
                    elif op == LOAD_FAST__LOAD_ATTR__STORE_FAST:
                        pc += 1
                        fast[arg[2]] = getattr(fast[arg[0]], arg[1])
                        pc += 1
                        continue
                    elif op == LOAD_CONST__LOAD_FAST__STORE_ATTR:
                        pc += 2
                        setattr(fast[arg[1]], arg[2], arg[0])
                        continue
                    elif op == LOAD_FAST__CALL_FUNCTION:
                        pc += 1
                        push(fast[arg[0]])
                        nargs = arg[1]
                        func = stack[-1 - nargs]
                    elif op == LOAD_CONST__CALL_FUNCTION:
                        pc += 1
                        push(arg[0])
                        nargs = arg[1]
                        func = stack[-1 - nargs]
                    elif op == LOAD_FAST__LOAD_FAST__CALL_FUNCTION:
                        pc += 2
                        push(fast[arg[0]])
                        push(fast[arg[1]])
                        nargs = arg[2]
                        func = stack[-1 - nargs]
                    elif op == LOAD_FAST__LOAD_CONST__BINARY_OP__CALL_FUNCTION:
                        pc += 2
                        push(arg[2](fast[arg[0]], arg[1]))
                        pc += 1
                        nargs = arg[3]
                        func = stack[-1 - nargs]
                    elif op == LOAD_FAST__LOAD_FAST__BINARY_OP__BINARY_OP:
                        pc += 2
                        value = arg[2](fast[arg[0]], fast[arg[1]])
                        pc += 1
                        stack[-1] = arg[3](stack[-1], value)
                        value = None
                        continue
                    elif op == BINARY_OP__SWAP__SWAP__STORE_SUBSCR:
                        # the end of `container[key] op= value`: the stack holds
                        # container, key, old value, operand (SWAP 3, SWAP 2 put the
                        # result under container and key)
                        if arg[1] != 3 or arg[2] != 2:
                            pc = HANDLERS[op](ts, frame, stack, arg, pc)
                            continue
                        value = arg[0](stack[-2], stack[-1])
                        pc += 3
                        stack[-4][stack[-3]] = value
                        del stack[-4:]
                        value = None
                        continue
                    elif op == LOAD_FAST__LOAD_CONST__COPY__COPY__BINARY_SUBSCR:
                        # container[key] of an augmented assignment, keeping both
                        push(fast[arg[0]])
                        push(arg[1])
                        push(stack[-arg[2]])
                        push(stack[-arg[3]])
                        pc += 4
                        stack[-1] = stack[-2][pop()]
                        continue
                    elif op == LOAD_FAST__LOAD_FAST__COPY__COPY__BINARY_SUBSCR:
                        push(fast[arg[0]])
                        push(fast[arg[1]])
                        push(stack[-arg[2]])
                        push(stack[-arg[3]])
                        pc += 4
                        stack[-1] = stack[-2][pop()]
                        continue
                    elif op == LOAD_DEREF__BINARY_OP:
                        # canonical: the parts' (an empty cell goes there for the error)
                        try:
                            value = fast[arg[0]].cell_contents
                        except ValueError:
                            pc = HANDLERS[op](ts, frame, stack, arg, pc)
                            continue
                        pc += 1
                        stack[-1] = arg[1](stack[-1], value)
                        value = None
                        continue
                    elif op == LOAD_DEREF__LOAD_FAST__BINARY_OP:
                        try:
                            value = fast[arg[0]].cell_contents
                        except ValueError:
                            pc = HANDLERS[op](ts, frame, stack, arg, pc)
                            continue
                        pc += 2
                        push(arg[2](value, fast[arg[1]]))
                        value = None
                        continue
                    elif op == FOR_ITER__UNPACK_SEQUENCE__STORE_FAST__STORE_FAST:
                        func = stack[-1]
                        if type(func) is not Generator or func._running or func._frame is None:
                            value = next(func, NULL)
                            if value is NULL:
                                pop()
                                pc = arg[0]
                                func = None
                                continue
                            pc += 1
                            if type(value) is tuple and len(value) == 2 == arg[1]:
                                fast[arg[2]], fast[arg[3]] = value
                                pc += 2
                            else:
                                push(value)
                                HANDLERS[UNPACK_SEQUENCE](ts, frame, stack, arg[1], pc)
                            value = None
                            continue
                        value = None
                        nargs = -2
                    elif op == LOAD_FAST__LOAD_ATTR__JUMP_IF_FALSE_OR_POP:
                        # `a.x and ...` in a value: the attribute stays when it is false
                        pc += 1
                        push(getattr(fast[arg[0]], arg[1]))
                        pc += 1
                        if stack[-1]:
                            pop()
                        else:
                            pc = arg[2]
                        continue
                    elif op == LOAD_FAST__LOAD_ATTR__JUMP_IF_TRUE_OR_POP:
                        pc += 1
                        push(getattr(fast[arg[0]], arg[1]))
                        pc += 1
                        if stack[-1]:
                            pc = arg[2]
                        else:
                            pop()
                        continue
                    elif op == LOAD_GLOBAL__LOAD_FAST__LOAD_FAST__CALL_FUNCTION:
                        value = arg[0]
                        if value in glb:
                            push(glb[value])
                        elif type(bltn) is dict and type(glb) is dict and value in bltn:
                            push(bltn[value])
                        else:
                            push(load_global_missed(glb, bltn, value))
                        pc += 3
                        push(fast[arg[1]])
                        push(fast[arg[2]])
                        nargs = arg[3]
                        func = stack[-1 - nargs]
                    elif op == LOAD_GLOBAL__LOAD_FAST__LOAD_CONST__BINARY_OP__CALL_FUNCTION:
                        # f(n - 1) of a global f
                        value = arg[0]
                        if value in glb:
                            push(glb[value])
                        elif type(bltn) is dict and type(glb) is dict and value in bltn:
                            push(bltn[value])
                        else:
                            push(load_global_missed(glb, bltn, value))
                        pc += 3
                        push(arg[3](fast[arg[1]], arg[2]))
                        pc += 1
                        nargs = arg[4]
                        func = stack[-1 - nargs]
                    elif op == LOAD_FAST__LOAD_ATTR__LOAD_FAST__LOAD_ATTR__BINARY_OP:
                        # a.x * b.x
                        pc += 1
                        value = getattr(fast[arg[0]], arg[1])
                        pc += 2
                        func = getattr(fast[arg[2]], arg[3])
                        pc += 1
                        push(arg[4](value, func))
                        value = func = None
                        continue
                    elif op == LOAD_FAST__LOAD_ATTR__LOAD_FAST__LOAD_ATTR:
                        pc += 1
                        push(getattr(fast[arg[0]], arg[1]))
                        pc += 2
                        push(getattr(fast[arg[2]], arg[3]))
                        continue
                    elif op == LOAD_FAST__LOAD_ATTR__BINARY_OP:
                        pc += 1
                        value = getattr(fast[arg[0]], arg[1])
                        pc += 1
                        stack[-1] = arg[2](stack[-1], value)
                        value = None
                        continue
                    elif op == LOAD_DEREF__LOAD_FAST__CALL_FUNCTION:
                        try:
                            push(fast[arg[0]].cell_contents)
                        except ValueError:
                            pc = HANDLERS[op](ts, frame, stack, arg, pc)
                            continue
                        pc += 2
                        push(fast[arg[1]])
                        nargs = arg[2]
                        func = stack[-1 - nargs]
                    elif op == UNPACK_SEQUENCE__STORE_FAST__STORE_FAST__STORE_FAST:
                        if type(stack[-1]) is tuple and len(stack[-1]) == 3 == arg[0]:
                            fast[arg[1]], fast[arg[2]], fast[arg[3]] = pop()
                            pc += 3
                        else:
                            HANDLERS[UNPACK_SEQUENCE](ts, frame, stack, arg[0], pc)
                        continue
                    elif op == LOAD_FAST__BINARY_SUBSCR:
                        pc += 1
                        stack[-1] = stack[-1][fast[arg[0]]]
                        continue
                    elif op == LOAD_CONST__BINARY_SUBSCR:
                        pc += 1
                        stack[-1] = stack[-1][arg[0]]
                        continue
                    elif op == BUILD_SLICE__BINARY_SUBSCR:
                        # canonical: the parts' (a slice of three items goes there)
                        if arg[0] != 2:
                            pc = HANDLERS[op](ts, frame, stack, arg, pc)
                            continue
                        value = slice(stack[-2], stack[-1])
                        del stack[-2:]
                        pc += 1
                        stack[-1] = stack[-1][value]
                        value = None
                        continue
                    elif op == BINARY_OP__RETURN_VALUE:
                        value = arg[0](stack[-2], pop())
                        pop()
                        pc += 1
                        break
                    elif op == LOAD_FAST__STORE_ATTR:
                        pc += 1
                        setattr(fast[arg[0]], arg[1], pop())
                        continue
                    elif op == BINARY_SUBSCR:
                        # canonical: ops.objects.BINARY_SUBSCR
                        stack[-1] = stack[-2][pop()]
                        continue
                    elif op == POP_TOP__JUMP_BACKWARD:
                        pop()
                        pc = arg[1]
                        continue
                    elif op == COPY__COPY:
                        push(stack[-arg[0]])
                        push(stack[-arg[1]])
                        pc += 1
                        continue
                    elif op == SWAP__SWAP:
                        value = arg[0]
                        stack[-1], stack[-value] = stack[-value], stack[-1]
                        value = arg[1]
                        stack[-1], stack[-value] = stack[-value], stack[-1]
                        pc += 1
                        continue
                    elif op == STORE_SUBSCR:
                        # canonical: ops.objects.STORE_SUBSCR
                        stack[-2][stack[-1]] = stack[-3]
                        del stack[-3:]
                        continue
                    elif op == STORE_ATTR:
                        # canonical: ops.objects.STORE_ATTR
                        setattr(pop(), arg, pop())
                        continue
                    elif op == LOAD_DEREF:
                        # canonical: ops.names.LOAD_DEREF (an empty cell goes there for the error)
                        try:
                            push(fast[arg].cell_contents)
                            continue
                        except ValueError:
                            pass
                        HANDLERS[op](ts, frame, stack, arg, pc)
                    elif op == IS_OP:
                        # canonical: ops.objects.IS_OP
                        stack[-2] = (stack[-2] is stack[-1]) is not (arg == 1)
                        pop()
                        continue
                    elif op == GET_ITER:
                        # canonical: ops.control.GET_ITER
                        stack[-1] = iter(stack[-1])
                        continue
                    elif op == POP_JUMP_IF_NONE:
                        # canonical: ops.control.POP_JUMP_IF_NONE
                        if pop() is None:
                            pc = arg
                        continue
                    elif op == POP_JUMP_IF_NOT_NONE:
                        # canonical: ops.control.POP_JUMP_IF_NOT_NONE
                        if pop() is not None:
                            pc = arg
                        continue
                    elif op == CONTAINS_OP:
                        # canonical: ops.objects.CONTAINS_OP
                        stack[-2] = (stack[-2] in stack[-1]) is not (arg == 1)
                        pop()
                        continue
                    elif op == STORE_DEREF:
                        # canonical: ops.names.STORE_DEREF
                        fast[arg].cell_contents = pop()
                        continue
                    elif op == BUILD_TUPLE:
                        # canonical: ops.objects.BUILD_TUPLE
                        if arg:
                            value = tuple(stack[-arg:])
                            del stack[-arg:]
                            push(value)
                        else:
                            push(())
                        continue
                    elif op == UNPACK_SEQUENCE:
                        # canonical: ops.objects.UNPACK_SEQUENCE (the general case is there)
                        if type(stack[-1]) is tuple and len(stack[-1]) == arg:
                            stack.extend(pop()[::-1])
                        else:
                            HANDLERS[op](ts, frame, stack, arg, pc)
                        continue
                    elif op == COPY:
                        # canonical: ops.names.COPY
                        push(stack[-arg])
                        continue
                    elif op == SWAP:
                        # canonical: ops.names.SWAP
                        stack[-1], stack[-arg] = stack[-arg], stack[-1]
                        continue
                    elif op == LIST_APPEND:
                        # canonical: ops.objects.LIST_APPEND
                        stack[-1 - arg].append(pop())
                        continue
                    elif op == YIELD_VALUE:
                        # canonical: ops.coroutines.YIELD_VALUE
                        frame._lasti = pc - 1
                        if frame is entry:
                            ts.frame = back
                            return pop()
                        # Resumed in place by FOR_ITER or SEND: back to that instruction's
                        # frame, the value on its stack.
                        value = pop()
                        func = frame._gen
                        frame._gen = None
                        func._exc = ts.excs.pop()
                        func._running = False
                        # The suspended frame keeps its own items.
                        frame._stack = stack[frame._base:]
                        del stack[frame._base:]
                        callee = frame
                        frame = ts.frame = frame.f_back
                        callee.f_back = None
                        instrs = frame._instrs
                        fast = frame._fast
                        glb = frame.f_globals
                        bltn = frame.f_builtins
                        pc = frame._lasti + 1
                        push(value)
                        value = func = callee = None
                        continue
                    elif op == RETURN_FROM_GENERATOR:
                        # canonical: ops.control.RETURN_FROM_GENERATOR
                        value = pop()
                        if frame is entry:
                            break
                        # Resumed in place: the generator is done; its FOR_ITER is
                        # exhausted, its SEND jumps with the value.
                        frame._lasti = pc - 1
                        func = frame._gen
                        frame._gen = None
                        ts.excs.pop()
                        func._running = False
                        func._finish()
                        callee = frame
                        frame = ts.frame = frame.f_back
                        callee.f_back = None
                        instrs = frame._instrs
                        fast = frame._fast
                        glb = frame.f_globals
                        bltn = frame.f_builtins
                        op, arg = instrs[frame._lasti]
                        if op == SEND:
                            stack[-1] = value
                            pc = arg
                        else:
                            pop()
                            pc = arg if op == FOR_ITER else arg[0]
                        value = func = callee = None
                        continue
                    elif op == INIT_RETURN:
                        # canonical: ops.control.INIT_RETURN
                        value = pop()
                        if value is None:
                            # The call's result is the new object, below, the caller's.
                            value = pop()
                            break
                        # __init__ returned something: the TypeError comes from the call.
                        value = init_result_error(value)
                        frame._lasti = pc - 1
                        frame = ts.frame = frame.f_back
                        instrs = frame._instrs
                        fast = frame._fast
                        glb = frame.f_globals
                        bltn = frame.f_builtins
                        pc = frame._lasti + 1
                        pop()
                        raise value
                    elif op == SEND:
                        # canonical: ops.coroutines.SEND (pvm generators and coroutines are
                        # resumed in place)
                        func = stack[-2]
                        value = stack[-1]
                        if ((type(func) is Generator or type(func) is Coroutine)
                                and not func._running and func._frame is not None
                                and (value is None or func._frame._lasti >= 0)):
                            pop()
                            nargs = -2
                        else:
                            func = value = None
                            pc = HANDLERS[op](ts, frame, stack, arg, pc)
                            continue
                    elif op == CALL_FUNCTION_EX:
                        # canonical: ops.control.CALL_FUNCTION_EX (without keywords the
                        # arguments are spread on the stack for the call below)
                        if arg & 1 and stack[-1]:
                            frame._lasti = pc - 1
                            func, value = complex_call(op, arg, stack)
                            if func is NULL:
                                push(value)
                                value = func = None
                                continue
                            nargs = -1
                        else:
                            if arg & 1:
                                pop()
                            value = pop()
                            if type(value) is not tuple:
                                value = star_args(stack[-1], value)
                            stack.extend(value)
                            nargs = len(value)
                            func = stack[-1 - nargs]
                            value = None
                    elif op == CALL_FUNCTION_KW:
                        # canonical: ops.control.CALL_FUNCTION_KW
                        frame._lasti = pc - 1
                        func, value = complex_call(op, arg, stack)
                        if func is NULL:
                            push(value)
                            value = func = None
                            continue
                        nargs = -1
                    else:
                        pc = HANDLERS[op](ts, frame, stack, arg, pc)
                        continue
                    # <<< dispatch

                    # -- Calls: func is stack[-1 - nargs] with its arguments above it,
                    # or (nargs == -1) a pvm function with its slots bound in `value`,
                    # or (nargs == -2) a generator to resume in place, sending `value`.
                    if nargs >= 0:
                        if type(func) is Method and type(func.__func__) is Function:
                            stack.insert(len(stack) - nargs, func.__self__)
                            func = func.__func__
                            nargs += 1
                        if type(func) is Function:
                            base = len(stack) - nargs
                            if nargs == func._nfast:
                                value = stack[base:]
                                value += func._pad
                                del stack[base - 1:]
                            else:
                                value = bind(func, stack[base:])
                                del stack[base - 1:]
                                if func._kind:
                                    frame._lasti = pc - 1
                                    push(make_generator(func, value))
                                    # The generator's frame owns the slots now.
                                    value = func = None
                                    continue
                            code_instrs = func._instrs or func._decoded_instrs()
                        elif (type(func) is type and func.__new__ is object_new
                              and type(callee := getattr(func, "__init__")) is Function
                              and not callee._kind):
                            # A class with a pvm __init__: the new object takes the class's
                            # place on the stack and __init__ runs in place; its returns
                            # are INIT_RETURN (see decode.init_instrs), which keep the object.
                            value = object_new(func)
                            func = callee
                            base = len(stack) - nargs
                            stack[base - 1] = value
                            stack.insert(base, value)
                            nargs += 1
                            if nargs == func._nfast:
                                value = stack[base:]
                                value += func._pad
                            else:
                                value = bind(func, stack[base:])
                            del stack[base:]
                            code_instrs = func._init_instrs
                            if code_instrs is None:
                                code_instrs = func._init_instrs = init_instrs(func._code)
                        else:
                            frame._lasti = pc - 1
                            if nargs == 0:
                                stack[-1] = func()
                            elif nargs == 1:
                                stack[-1] = func(pop())
                            else:
                                base = len(stack) - nargs
                                value = stack[base:]
                                del stack[base:]
                                stack[-1] = func(*value)
                                if func is type or func is type_new:
                                    fix_class_module(stack[-1], value, frame)
                                value = None
                            # No temporary may keep what the call made or used alive.
                            func = None
                            if not ts.tracing or not trace_takes_over(ts, frame):
                                continue
                            # The call started tracing (sys.settrace, pdb): the rest of
                            # this frame runs traced, then returns from here.
                            try:
                                value = execute_traced(ts, frame, NULL, None, stack)
                            except BaseException:
                                if frame is entry:
                                    ts.frame = back
                                    raise
                                frame = ts.frame = frame.f_back
                                instrs = frame._instrs
                                fast = frame._fast
                                glb = frame.f_globals
                                bltn = frame.f_builtins
                                pc = frame._lasti + 1
                                raise
                            pc = frame._lasti + 1
                            break
                    elif nargs == -2:
                        depth = frame._depth + 1
                        if depth > limit[0]:
                            raise recursion_error()
                        frame._lasti = pc - 1
                        func._running = True
                        ts.excs.append(func._exc)
                        callee = func._frame
                        callee.f_back = frame
                        callee._depth = depth
                        callee._gen = func
                        callee._base = len(stack)
                        stack.extend(callee._stack)
                        frame = ts.frame = callee
                        callee = func = None
                        instrs = frame._instrs
                        fast = frame._fast
                        glb = frame.f_globals
                        bltn = frame.f_builtins
                        pc = frame._lasti + 1
                        if pc:
                            push(value)
                        continue
                    elif func._kind:
                        push(make_generator(func, value))
                        value = func = None
                        continue
                    else:
                        code_instrs = func._instrs or func._decoded_instrs()
                    depth = frame._depth + 1
                    if depth > limit[0]:
                        raise recursion_error()
                    if GC_STRESS:
                        gc_collect()
                    frame._lasti = pc - 1
                    if ts.tracing:
                        value = execute_traced(ts, frame_for_call(func, value))
                        if code_instrs is func._instrs:
                            push(value)
                        elif value is not None:
                            pop()
                            raise init_result_error(value)
                        continue
                    callee = new(Frame)
                    callee.f_code = func._code
                    callee.f_globals = glb = func._globals
                    callee.f_builtins = bltn = func._builtins
                    callee.f_back = frame
                    callee._fast = fast = value
                    callee._base = len(stack)
                    callee._instrs = instrs = code_instrs
                    callee._func = func
                    callee._depth = depth
                    frame = ts.frame = callee
                    # After COPY_FREE_VARS: the slots hold the closure already.
                    pc = func._start
                    callee = func = None

                # -- Return: the running frame is done, `value` is its result.
                while True:
                    frame._lasti = pc - 1
                    if frame is entry:
                        ts.frame = back
                        return value
                    frame = frame.f_back
                    ts.frame = frame
                    instrs = frame._instrs
                    pc = frame._lasti + 1
                    if instrs[pc][0] == RETURN_VALUE and not ts.tracing:
                        # `return f(...)`: the caller returns the value at once.
                        pc += 1
                        continue
                    fast = frame._fast
                    glb = frame.f_globals
                    bltn = frame.f_builtins
                    push(value)
                    value = None
                    if not ts.tracing or not trace_takes_over(ts, frame):
                        break
                    # Tracing started in a callee (pdb's set_trace marks the callers):
                    # the rest of this frame runs traced, then returns in turn.
                    try:
                        value = execute_traced(ts, frame, NULL, None, stack)
                    except BaseException:
                        if frame is entry:
                            ts.frame = back
                            raise
                        frame = ts.frame = frame.f_back
                        instrs = frame._instrs
                        fast = frame._fast
                        glb = frame.f_globals
                        bltn = frame.f_builtins
                        pc = frame._lasti + 1
                        raise
                    pc = frame._lasti + 1
        except BaseException as error:
            value = error
            index = pc - 1
            if ts.reraising:
                # A re-raise adds no traceback entry; the frame's lasti is the re-raising
                # instruction unless RERAISE restored the original one.
                if ts.reraising is True:
                    frame._lasti = index
                ts.reraising = False
            else:
                if TRACEBACK_KEY not in value.__dict__:
                    chain_context(value, ts.exc_value())
                frame._lasti = index
                add_traceback(value, frame, index)
            while True:
                handler = frame.f_code._decoded.handlers[index] if index >= 0 else None
                if handler is not None:
                    del stack[frame._base + handler[1]:]
                    if handler[2]:
                        push(frame._lasti)
                    push(value)
                    pc = handler[0]
                    break
                del stack[frame._base:]
                if frame is entry:
                    ts.frame = back
                    # No local may keep the exception: the traceback keeps this host
                    # frame (see generators._raise).
                    if error is value:
                        value = None
                        raise
                    try:
                        raise value
                    finally:
                        value = None
                if frame.f_code.co_flags & 0x2A0:
                    # A generator resumed in place ends with the exception (PEP 479 applies).
                    func = frame._gen
                    frame._gen = None
                    ts.excs.pop()
                    func._running = False
                    func._finish()
                    value = func._convert(value)
                    callee = frame
                    frame = frame.f_back
                    callee.f_back = None
                    callee = func = None
                else:
                    frame = frame.f_back
                ts.frame = frame
                instrs = frame._instrs
                fast = frame._fast
                glb = frame.f_globals
                bltn = frame.f_builtins
                index = frame._lasti
                add_traceback(value, frame, index)
            error = value = None


LINEAR_LOOP = os.environ.get("PVM_LINEAR_LOOP") == "1"


def install(loop):
    """Make `loop` the evaluation loop that runs (the generated fastloop.py calls this)."""
    global execute
    if LINEAR_LOOP:
        return
    execute = loop
    generators.execute = loop


function.vm_call = call_function
generators.execute = execute
# The generated loop (same branches, dispatched as a search tree) installs itself,
# unless PVM_LINEAR_LOOP=1 asks for the readable one above.
from pvm.vm import fastloop  # noqa: E402,F401
