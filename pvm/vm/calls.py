"""Argument binding: a call's arguments -> the locals-plus slots of a new frame.

VM stage. `bind(function, args, kwnames, kwvalues)` mirrors CPython 3.11's
`initialize_locals` (Python/ceval.c): positional arguments, *args, keyword
arguments, **kwargs, defaults and keyword-only defaults, with CPython's TypeError
messages word for word (missing / too many positional arguments, unexpected or
repeated keywords, positional-only arguments passed as keywords, keyword-only
arguments). It returns the list of slots; unbound slots hold NULL. Cells and free
variables are made by the code's own MAKE_CELL / COPY_FREE_VARS prologue.

The loop binds the common case (exactly `argcount` positionals, a plain function)
itself and calls `bind` for everything else.
"""

from pvm.bytecode.code import CO_VARARGS, CO_VARKEYWORDS
from pvm.vm.frame import NULL


def bind(func, args, kwnames=(), kwvalues=()):
    """Slots for calling pvm function `func` with these arguments (initialize_locals)."""
    if not kwnames and func._varargs_only and len(args) >= func._argcount:
        # f(a, b, *rest, **kw) called with positionals only: the wrappers' case.
        argcount = func._argcount
        fast = list(args[:argcount])
        fast.append(tuple(args[argcount:]))
        fast += func._varargs_pad
        if func._code.co_flags & CO_VARKEYWORDS:
            fast[argcount + 1] = {}
        return fast
    code = func._code
    argcount = code.co_argcount
    total = argcount + code.co_kwonlyargcount
    flags = code.co_flags
    # The free variables' slots hold the closure already (see Function._refresh).
    fast = [NULL] * argcount
    fast += func._pad
    kwdict = None
    if flags & CO_VARKEYWORDS:
        kwdict = {}
        fast[total + (1 if flags & CO_VARARGS else 0)] = kwdict
    given = len(args)
    n = given if given < argcount else argcount
    fast[:n] = args[:n]
    if flags & CO_VARARGS:
        fast[total] = tuple(args[n:])
    if kwnames:
        _bind_keywords(func, code, fast, kwdict, kwnames, kwvalues, total)
    if given > argcount and not flags & CO_VARARGS:
        raise TypeError(_too_many_positional(func, code, given, fast))
    if given < argcount:
        _fill_defaults(func, code, fast, given)
    if code.co_kwonlyargcount:
        _fill_kwdefaults(func, code, fast, total)
    return fast


def _bind_keywords(func, code, fast, kwdict, kwnames, kwvalues, total):
    names = code.co_localsplusnames
    first = code.co_posonlyargcount
    for name, value in zip(kwnames, kwvalues):
        if not isinstance(name, str):
            raise TypeError(f"{func.__qualname__}() keywords must be strings")
        for j in range(first, total):
            if names[j] == name:
                break
        else:
            if kwdict is None:
                conflicts = _posonly_as_keyword(code, kwnames)
                if conflicts:
                    raise TypeError(f"{func.__qualname__}() got some positional-only arguments "
                                    f"passed as keyword arguments: '{', '.join(conflicts)}'")
                raise TypeError(f"{func.__qualname__}() got an unexpected keyword argument "
                                f"'{name}'")
            kwdict[name] = value
            continue
        if fast[j] is not NULL:
            raise TypeError(f"{func.__qualname__}() got multiple values for argument '{name}'")
        fast[j] = value


def _posonly_as_keyword(code, kwnames):
    """Positional-only parameter names among the keywords (positional_only_passed_as_keyword)."""
    posonly = code.co_localsplusnames[:code.co_posonlyargcount]
    return [name for name in posonly if name in kwnames]


def _fill_defaults(func, code, fast, given):
    defaults = func._defaults or ()
    argcount = code.co_argcount
    first_default = argcount - len(defaults)
    if any(fast[i] is NULL for i in range(given, first_default)):
        raise TypeError(_missing(func, code, fast, 0, first_default, "positional"))
    for i in range(max(given, first_default), argcount):
        if fast[i] is NULL:
            fast[i] = defaults[i - first_default]


def _fill_kwdefaults(func, code, fast, total):
    kwdefaults = func._kwdefaults
    names = code.co_localsplusnames
    missing = False
    for i in range(code.co_argcount, total):
        if fast[i] is NULL:
            if kwdefaults is not None and names[i] in kwdefaults:
                fast[i] = kwdefaults[names[i]]
            else:
                missing = True
    if missing:
        raise TypeError(_missing(func, code, fast, code.co_argcount, total, "keyword-only"))


def _missing(func, code, fast, start, end, kind):
    """The message of missing_arguments(): names in repr() form, joined as CPython joins them."""
    names = [repr(code.co_localsplusnames[i]) for i in range(start, end) if fast[i] is NULL]
    if len(names) == 1:
        listed = names[0]
    elif len(names) == 2:
        listed = f"{names[0]} and {names[1]}"
    else:
        listed = ", ".join(names[:-1]) + ", and " + names[-1]
    plural = "" if len(names) == 1 else "s"
    return f"{func.__qualname__}() missing {len(names)} required {kind} argument{plural}: {listed}"


def _too_many_positional(func, code, given, fast):
    argcount = code.co_argcount
    kwonly_given = sum(1 for i in range(argcount, argcount + code.co_kwonlyargcount)
                       if fast[i] is not NULL)
    defcount = len(func._defaults or ())
    if defcount:
        plural = True
        sig = f"from {argcount - defcount} to {argcount}"
    else:
        plural = argcount != 1
        sig = str(argcount)
    if kwonly_given:
        kwonly_sig = (f" positional argument{'s' if given != 1 else ''} (and {kwonly_given} "
                      f"keyword-only argument{'s' if kwonly_given != 1 else ''})")
    else:
        kwonly_sig = ""
    verb = "was" if given == 1 and not kwonly_given else "were"
    return (f"{func.__qualname__}() takes {sig} positional argument{'s' if plural else ''} "
            f"but {given}{kwonly_sig} {verb} given")


def function_str(func):
    """How CPython names a callable in call errors (_PyObject_FunctionStr): 'mod.qualname()'."""
    try:
        qualname = func.__qualname__
    except Exception:
        return str(func)
    try:
        module = func.__module__
    except Exception:
        module = None
    if module is not None and module != "builtins":
        return f"{module}.{qualname}()"
    return f"{qualname}()"


def star_args(func, args):
    """The tuple for `f(*args)` (CALL_FUNCTION_EX's check_args_iterable)."""
    if type(args) is tuple:
        return args
    if not hasattr(type(args), "__iter__") and not hasattr(type(args), "__getitem__"):
        raise TypeError(f"{function_str(func)} argument after * must be an iterable, "
                        f"not {type(args).__name__}")
    return tuple(args)


def merge_kwargs(func, target, mapping):
    """`target.update(mapping)` for `f(**mapping)` (DICT_MERGE with format_kwargs_error)."""
    if not hasattr(type(mapping), "keys"):
        raise TypeError(f"{function_str(func)} argument after ** must be a mapping, "
                        f"not {type(mapping).__name__}")
    if type(mapping) is dict:
        items = mapping.items()
    else:
        items = ((key, mapping[key]) for key in mapping.keys())
    for key, value in items:
        if key in target:
            # The duplicate is reported whatever the key's type (format_kwargs_error); a
            # key that is not a str fails later, in the call itself.
            raise TypeError(f"{function_str(func)} got multiple values for keyword argument "
                            f"'{key}'")
        target[key] = value
