"""Canonical handlers: jumps, iteration, calls, returns, exceptions and `with`.

VM stage. Signature and conventions as in ops/names.py. Three handlers end the
frame's turn and say so with a negative pc: RETURN_VALUE returns RETURNED and
YIELD_VALUE returns YIELDED (the value is left on top of the stack); the loop
does the rest. Canonical call handlers call through the host (a pvm function's
`__call__`), which is the same call the loop makes in place.

Re-raising instructions (RERAISE, bare `raise`, END_ASYNC_FOR) set
`ts.reraising` before raising, so the loop adds no traceback entry for them, as
CPython's `goto exception_unwind` (RESTORED_LASTI when RERAISE put back the lasti
of the original instruction).
"""

from pvm.vm.calls import star_args
from pvm.vm.frame import NULL, exception_traceback, set_exception_traceback

RETURNED = -1
YIELDED = -2
RESTORED_LASTI = 2   # ts.reraising: RERAISE set the frame's lasti itself


# -- jumps ----------------------------------------------------------------------

def JUMP_FORWARD(ts, frame, stack, arg, pc):
    return arg


def JUMP_BACKWARD(ts, frame, stack, arg, pc):
    return arg


def POP_JUMP_IF_FALSE(ts, frame, stack, arg, pc):
    return pc if stack.pop() else arg


def POP_JUMP_IF_TRUE(ts, frame, stack, arg, pc):
    return arg if stack.pop() else pc


def POP_JUMP_IF_NONE(ts, frame, stack, arg, pc):
    return arg if stack.pop() is None else pc


def POP_JUMP_IF_NOT_NONE(ts, frame, stack, arg, pc):
    return pc if stack.pop() is None else arg


def JUMP_IF_FALSE_OR_POP(ts, frame, stack, arg, pc):
    if not stack[-1]:
        return arg
    stack.pop()
    return pc


def JUMP_IF_TRUE_OR_POP(ts, frame, stack, arg, pc):
    if stack[-1]:
        return arg
    stack.pop()
    return pc


# -- iteration and return ----------------------------------------------------------

def GET_ITER(ts, frame, stack, arg, pc):
    stack[-1] = iter(stack[-1])
    return pc


def FOR_ITER(ts, frame, stack, arg, pc):
    value = next(stack[-1], NULL)
    if value is NULL:
        stack.pop()
        return arg
    stack.append(value)
    return pc


def JUMP_BACKWARD__FOR_ITER__STORE_FAST(ts, frame, stack, arg, pc):
    target, exit_target, slot = arg
    value = next(stack[-1], NULL)
    if value is NULL:
        stack.pop()
        return exit_target
    frame._fast[slot] = value
    return target + 2


def POP_TOP__JUMP_BACKWARD__FOR_ITER__STORE_FAST(ts, frame, stack, arg, pc):
    stack.pop()
    return JUMP_BACKWARD__FOR_ITER__STORE_FAST(ts, frame, stack, arg, pc)


def RETURN_VALUE(ts, frame, stack, arg, pc):
    return RETURNED


def RETURN_FROM_GENERATOR(ts, frame, stack, arg, pc):
    return RETURNED


def init_result_error(value):
    return TypeError(f"__init__() should return None, not '{type(value).__name__}'")


def INIT_RETURN(ts, frame, stack, arg, pc):
    # The fast loop's own: the object the class call made is the caller's result.
    if stack[-1] is not None:
        raise init_result_error(stack[-1])
    return RETURNED


# -- calls ------------------------------------------------------------------------

def _pop_args(stack, count):
    if not count:
        return ()
    args = tuple(stack[-count:])
    del stack[-count:]
    return args


def CALL_FUNCTION(ts, frame, stack, arg, pc):
    args = _pop_args(stack, arg)
    stack[-1] = stack[-1](*args)
    return pc


def CALL_FUNCTION_KW(ts, frame, stack, arg, pc):
    names = stack.pop()
    values = _pop_args(stack, arg)
    npos = arg - len(names)
    kwargs = dict(zip(names, values[npos:]))
    stack[-1] = stack[-1](*values[:npos], **kwargs)
    return pc


def CALL_FUNCTION_EX(ts, frame, stack, arg, pc):
    kwargs = stack.pop() if arg & 1 else None
    func = stack[-2]
    args = star_args(func, stack.pop())
    stack[-1] = func(*args, **kwargs) if kwargs else func(*args)
    return pc


def CALL_METHOD(ts, frame, stack, arg, pc):
    args = _pop_args(stack, arg)
    self_ = stack.pop()
    if self_ is NULL:
        stack[-1] = stack[-1](*args)
    else:
        stack[-1] = stack[-1](self_, *args)
    return pc


# -- exceptions ----------------------------------------------------------------

CANNOT_CATCH = "catching classes that do not inherit from BaseException is not allowed"


def chain_context(exc, handled):
    """Set exc.__context__ to the exception being handled, breaking cycles (_PyErr_SetObject)."""
    if handled is None or handled is exc:
        return
    o = handled
    slow = o
    toggle = False
    while True:
        context = o.__context__
        if context is None:
            break
        if context is exc:
            o.__context__ = None
            break
        o = context
        if o is slow:
            break
        if toggle:
            slow = slow.__context__
        toggle = not toggle
    exc.__context__ = handled


def make_exception(value, what="exceptions must derive from BaseException"):
    """An exception instance from a class or an instance (do_raise's argument rules)."""
    if isinstance(value, type) and issubclass(value, BaseException):
        instance = value()
        if not isinstance(instance, BaseException):
            raise TypeError(f"calling {value!r} should have returned an instance of "
                            f"BaseException, not {type(instance).__name__}")
        return instance
    if isinstance(value, BaseException):
        return value
    raise TypeError(what)


def do_raise(ts, exc, cause=NULL):
    """The exception `raise exc [from cause]` raises, context set (do_raise in ceval.c)."""
    value = make_exception(exc)
    if cause is not NULL:
        if cause is None:
            value.__cause__ = None
        else:
            value.__cause__ = make_exception(cause, "exception causes must derive from "
                                                    "BaseException")
    chain_context(value, ts.exc_value())
    return value


def reraise_current(ts):
    """The exception a bare `raise` re-raises (RuntimeError if there is none)."""
    exc = ts.exc_value()
    if exc is None:
        raise RuntimeError("No active exception to reraise")
    ts.reraising = True
    return exc


def RAISE_VARARGS(ts, frame, stack, arg, pc):
    if arg == 0:
        raise reraise_current(ts)
    cause = stack.pop() if arg == 2 else NULL
    raise do_raise(ts, stack.pop(), cause)


def RERAISE(ts, frame, stack, arg, pc):
    if arg:
        # The lasti the handler was entered with: the frame's line is the original one.
        frame._lasti = stack[-1 - arg]
        ts.reraising = RESTORED_LASTI
    else:
        ts.reraising = True
    # No local names the exception: the traceback keeps this frame (see generators._raise).
    raise stack.pop()


def PUSH_EXC_INFO(ts, frame, stack, arg, pc):
    excs = ts.excs
    exc = stack[-1]
    stack[-1] = excs[-1]
    stack.append(exc)
    excs[-1] = exc
    return pc


def POP_EXCEPT(ts, frame, stack, arg, pc):
    ts.excs[-1] = stack.pop()
    return pc


def is_exception_class(value):
    return isinstance(value, type) and issubclass(value, BaseException)


def check_except_type(match_type):
    """check_except_type_valid: a class or a tuple of classes deriving from BaseException."""
    if type(match_type) is tuple:
        if not all(is_exception_class(item) for item in match_type):
            raise TypeError(CANNOT_CATCH)
    elif not is_exception_class(match_type):
        raise TypeError(CANNOT_CATCH)


def exception_matches(exc, match_type):
    """PyErr_GivenExceptionMatches: subclass test on the MRO (no __subclasscheck__)."""
    mro = type(exc).__mro__
    if type(match_type) is tuple:
        return any(exception_matches(exc, item) for item in match_type)
    return match_type in mro


def CHECK_EXC_MATCH(ts, frame, stack, arg, pc):
    match_type = stack.pop()
    check_except_type(match_type)
    stack.append(exception_matches(stack[-1], match_type))
    return pc


def CHECK_EG_MATCH(ts, frame, stack, arg, pc):
    match_type = stack.pop()
    check_except_type(match_type)
    items = match_type if type(match_type) is tuple else (match_type,)
    if any(issubclass(item, BaseExceptionGroup) for item in items):
        raise TypeError("catching ExceptionGroup with except* is not allowed. "
                        "Use except instead.")
    match, rest = exception_group_match(stack[-1], match_type)
    if match is None:
        stack.append(None)
        return pc
    stack[-1] = rest
    stack.append(match)
    ts.excs[-1] = match
    return pc


def exception_group_match(exc, match_type):
    """(match, rest) of an exception against an except* clause (exception_group_match)."""
    if exc is None:
        return None, None
    if exception_matches(exc, match_type):
        if isinstance(exc, BaseExceptionGroup):
            return exc, None
        wrapped = BaseExceptionGroup("", [exc])
        wrapped.__traceback__ = exc.__traceback__
        set_exception_traceback(wrapped, exception_traceback(exc))
        return wrapped, None
    if isinstance(exc, BaseExceptionGroup):
        match, rest = exc.split(match_type)
        for part in (match, rest):
            if part is not None:
                copy_group_tracebacks(exc, part)
        return match, rest
    return None, None


def PREP_RERAISE_STAR(ts, frame, stack, arg, pc):
    excs = stack.pop()
    orig = stack.pop()
    stack.append(prep_reraise_star(orig, excs))
    return pc


def _same_metadata(e1, e2):
    """is_same_exception_metadata, comparing pvm tracebacks where CPython compares its own."""
    return (getattr(e1, "__notes__", None) is getattr(e2, "__notes__", None)
            and exception_traceback(e1) is exception_traceback(e2)
            and e1.__cause__ is e2.__cause__ and e1.__context__ is e2.__context__)


def prep_reraise_star(orig, excs):
    """What an except* statement re-raises (_PyExc_PrepReraiseStar in Objects/exceptions.c)."""
    if not excs:
        return None
    if not isinstance(orig, BaseExceptionGroup):
        # A naked exception was wrapped: at most one clause ran.
        return excs[0]
    raised, reraised = [], []
    for exc in excs:
        if exc is None:
            continue
        (reraised if _same_metadata(exc, orig) else raised).append(exc)
    projection = None
    if reraised:
        ids = set()
        for exc in reraised:
            ids |= _group_leaf_ids(exc)
        projection = orig.split(
            lambda e: not isinstance(e, BaseExceptionGroup) and id(e) in ids)[0]
        if projection is not None:
            copy_group_tracebacks(orig, projection)
    if not raised:
        return projection
    if projection is not None:
        raised.append(projection)
    if len(raised) == 1:
        return raised[0]
    return BaseExceptionGroup("", raised)


def copy_group_tracebacks(original, derived):
    """Give each group split/subgroup derived the pvm traceback of the group it came from.

    The host copies its own __traceback__ into every derived group
    (exceptiongroup_subset); pvm's lives beside it, so the VM copies it, level by level:
    the derived tree keeps the original's order, with leaves (and untouched subgroups)
    the same objects.
    """
    if derived is original or not isinstance(derived, BaseExceptionGroup):
        return
    tb = exception_traceback(original)
    if tb is not None:
        set_exception_traceback(derived, tb)
    candidates = iter(original.exceptions)
    for child in derived.exceptions:
        if not isinstance(child, BaseExceptionGroup):
            continue
        leaves = _group_leaf_ids(child)
        for source in candidates:
            if source is child or (isinstance(source, BaseExceptionGroup)
                                   and leaves <= _group_leaf_ids(source)):
                copy_group_tracebacks(source, child)
                break


def _group_leaf_ids(group):
    found, pending = set(), [group]
    while pending:
        exc = pending.pop()
        if isinstance(exc, BaseExceptionGroup):
            pending.extend(exc.exceptions)
        else:
            found.add(id(exc))
    return found


def LOAD_ASSERTION_ERROR(ts, frame, stack, arg, pc):
    stack.append(AssertionError)
    return pc


# -- with ------------------------------------------------------------------------

def lookup_special(obj, name):
    """A special method bound to obj, looked up on its type only (_PyObject_LookupSpecial)."""
    for klass in type(obj).__mro__:
        namespace = klass.__dict__
        if name in namespace:
            attr = namespace[name]
            get = getattr(type(attr), "__get__", None)
            return attr if get is None else get(attr, obj, type(obj))
    return NULL


def BEFORE_WITH(ts, frame, stack, arg, pc):
    mgr = stack[-1]
    enter = lookup_special(mgr, "__enter__")
    if enter is NULL:
        raise TypeError(f"'{type(mgr).__name__}' object does not support the context "
                        f"manager protocol")
    exit_ = lookup_special(mgr, "__exit__")
    if exit_ is NULL:
        raise TypeError(f"'{type(mgr).__name__}' object does not support the context "
                        f"manager protocol (missed __exit__ method)")
    stack[-1] = exit_
    stack.append(enter())
    return pc


def WITH_EXCEPT_START(ts, frame, stack, arg, pc):
    exc = stack[-1]
    exit_ = stack[-4]
    tb = exception_traceback(exc)
    if tb is None:
        tb = exc.__traceback__
    stack.append(exit_(type(exc), exc, tb))
    return pc
