"""Canonical handlers: attributes, items, operators, building and unpacking values.

VM stage. Signature and conventions as in ops/names.py: `handler(ts, frame, stack,
arg, pc) -> pc`, CPython 3.11's semantics and messages for the instruction of the
same name, errors raised outside `except` blocks.
"""

from pvm.vm.calls import merge_kwargs
from pvm.vm.frame import NULL
from pvm.vm.function import Method


# -- attributes and items ----------------------------------------------------------

def LOAD_ATTR(ts, frame, stack, arg, pc):
    stack[-1] = getattr(stack[-1], arg)
    return pc


def STORE_ATTR(ts, frame, stack, arg, pc):
    obj = stack.pop()
    setattr(obj, arg, stack.pop())
    return pc


def DELETE_ATTR(ts, frame, stack, arg, pc):
    delattr(stack.pop(), arg)
    return pc


def LOAD_METHOD(ts, frame, stack, arg, pc):
    # A bound method is split into its function and self; NULL means "no self".
    value = getattr(stack[-1], arg)
    if type(value) is Method:
        stack[-1] = value.__func__
        stack.append(value.__self__)
    else:
        stack[-1] = value
        stack.append(NULL)
    return pc


def BINARY_SUBSCR(ts, frame, stack, arg, pc):
    key = stack.pop()
    stack[-1] = stack[-1][key]
    return pc


def STORE_SUBSCR(ts, frame, stack, arg, pc):
    key = stack.pop()
    container = stack.pop()
    container[key] = stack.pop()
    return pc


def DELETE_SUBSCR(ts, frame, stack, arg, pc):
    key = stack.pop()
    del stack.pop()[key]
    return pc


def BUILD_SLICE(ts, frame, stack, arg, pc):
    if arg == 3:
        step = stack.pop()
        stop = stack.pop()
        stack[-1] = slice(stack[-1], stop, step)
    else:
        stop = stack.pop()
        stack[-1] = slice(stack[-1], stop)
    return pc


# -- operators -------------------------------------------------------------------

def UNARY_POSITIVE(ts, frame, stack, arg, pc):
    stack[-1] = +stack[-1]
    return pc


def UNARY_NEGATIVE(ts, frame, stack, arg, pc):
    stack[-1] = -stack[-1]
    return pc


def UNARY_NOT(ts, frame, stack, arg, pc):
    stack[-1] = not stack[-1]
    return pc


def UNARY_INVERT(ts, frame, stack, arg, pc):
    stack[-1] = ~stack[-1]
    return pc


def BINARY_OP(ts, frame, stack, arg, pc):
    # `arg` is the operator function (operator.add, operator.iadd, ...).
    right = stack.pop()
    stack[-1] = arg(stack[-1], right)
    return pc


def COMPARE_OP(ts, frame, stack, arg, pc):
    right = stack.pop()
    stack[-1] = arg(stack[-1], right)
    return pc


def IS_OP(ts, frame, stack, arg, pc):
    right = stack.pop()
    stack[-1] = (stack[-1] is right) ^ bool(arg)
    return pc


def CONTAINS_OP(ts, frame, stack, arg, pc):
    right = stack.pop()
    stack[-1] = (stack[-1] in right) ^ bool(arg)
    return pc


# -- building values -------------------------------------------------------------

def _pop_n(stack, count):
    if not count:
        return []
    items = stack[-count:]
    del stack[-count:]
    return items


def BUILD_TUPLE(ts, frame, stack, arg, pc):
    stack.append(tuple(_pop_n(stack, arg)))
    return pc


def BUILD_LIST(ts, frame, stack, arg, pc):
    stack.append(_pop_n(stack, arg))
    return pc


def BUILD_SET(ts, frame, stack, arg, pc):
    items = _pop_n(stack, arg)
    result = set()
    for item in items:
        result.add(item)
    stack.append(result)
    return pc


def BUILD_MAP(ts, frame, stack, arg, pc):
    items = _pop_n(stack, 2 * arg)
    result = {}
    for i in range(0, len(items), 2):
        result[items[i]] = items[i + 1]
    stack.append(result)
    return pc


def BUILD_CONST_KEY_MAP(ts, frame, stack, arg, pc):
    keys = stack.pop()
    values = _pop_n(stack, arg)
    result = {}
    for key, value in zip(keys, values):
        result[key] = value
    stack.append(result)
    return pc


def BUILD_STRING(ts, frame, stack, arg, pc):
    stack.append("".join(_pop_n(stack, arg)))
    return pc


def LIST_APPEND(ts, frame, stack, arg, pc):
    value = stack.pop()
    stack[-arg].append(value)
    return pc


def SET_ADD(ts, frame, stack, arg, pc):
    value = stack.pop()
    stack[-arg].add(value)
    return pc


def MAP_ADD(ts, frame, stack, arg, pc):
    value = stack.pop()
    key = stack.pop()
    stack[-arg][key] = value
    return pc


def _not_iterable(obj):
    tp = type(obj)
    return not hasattr(tp, "__iter__") and not hasattr(tp, "__getitem__")


def LIST_EXTEND(ts, frame, stack, arg, pc):
    iterable = stack.pop()
    target = stack[-arg]
    try:
        target.extend(iterable)
    except TypeError:
        if not _not_iterable(iterable):
            raise
    else:
        return pc
    raise TypeError(f"Value after * must be an iterable, not {type(iterable).__name__}")


def SET_UPDATE(ts, frame, stack, arg, pc):
    iterable = stack.pop()
    stack[-arg].update(iterable)
    return pc


def dict_merge_into(target, mapping):
    """PyDict_Update: a dict, or anything with keys() and __getitem__."""
    if isinstance(mapping, dict):
        target.update(mapping)
        return
    for key in mapping.keys():
        target[key] = mapping[key]


def DICT_UPDATE(ts, frame, stack, arg, pc):
    mapping = stack.pop()
    target = stack[-arg]
    if not isinstance(mapping, dict) and not hasattr(type(mapping), "keys"):
        raise TypeError(f"'{type(mapping).__name__}' object is not a mapping")
    dict_merge_into(target, mapping)
    return pc


def DICT_MERGE(ts, frame, stack, arg, pc):
    mapping = stack.pop()
    merge_kwargs(stack[-(arg + 2)], stack[-arg], mapping)
    return pc


def LIST_TO_TUPLE(ts, frame, stack, arg, pc):
    stack[-1] = tuple(stack[-1])
    return pc


def UNPACK_SEQUENCE(ts, frame, stack, arg, pc):
    seq = stack.pop()
    tp = type(seq)
    if (tp is tuple or tp is list) and len(seq) == arg:
        stack.extend(reversed(seq))
        return pc
    stack.extend(reversed(unpack_iterable(seq, arg, -1)))
    return pc


def UNPACK_EX(ts, frame, stack, arg, pc):
    before, after = arg & 0xFF, arg >> 8
    stack.extend(reversed(unpack_iterable(stack.pop(), before, after)))
    return pc


def unpack_iterable(seq, before, after):
    """Items for `a, b = seq` (after == -1) or `a, *b, c = seq` (unpack_iterable in ceval.c)."""
    if _not_iterable(seq):
        raise TypeError(f"cannot unpack non-iterable {type(seq).__name__} object")
    it = iter(seq)
    items = []
    for count in range(before):
        value = next(it, NULL)
        if value is NULL:
            if after == -1:
                raise ValueError(f"not enough values to unpack (expected {before}, got {count})")
            raise ValueError(f"not enough values to unpack (expected at least "
                             f"{before + after}, got {count})")
        items.append(value)
    if after == -1:
        if next(it, NULL) is not NULL:
            raise ValueError(f"too many values to unpack (expected {before})")
        return items
    rest = list(it)
    if len(rest) < after:
        raise ValueError(f"not enough values to unpack (expected at least {before + after}, "
                         f"got {before + len(rest)})")
    if after:
        items.append(rest[:len(rest) - after])
        items.extend(rest[len(rest) - after:])
    else:
        items.append(rest)
    return items


def FORMAT_VALUE(ts, frame, stack, arg, pc):
    spec = stack.pop() if arg & 0x04 else ""
    value = stack[-1]
    conversion = arg & 0x03
    if conversion == 1:
        value = str(value)
    elif conversion == 2:
        value = repr(value)
    elif conversion == 3:
        value = ascii(value)
    if type(value) is not str or spec:
        value = format(value, spec)
    stack[-1] = value
    return pc


# -- functions, classes, annotations -------------------------------------------------

def MAKE_FUNCTION(ts, frame, stack, arg, pc):
    from pvm.vm.function import Function
    code = stack.pop()
    closure = stack.pop() if arg & 0x08 else None
    annotations = stack.pop() if arg & 0x04 else None
    kwdefaults = stack.pop() if arg & 0x02 else None
    defaults = stack.pop() if arg & 0x01 else None
    stack.append(Function(code, frame.f_globals, None, defaults, closure, kwdefaults,
                          annotations, builtins=frame.f_builtins))
    return pc


def LOAD_BUILD_CLASS(ts, frame, stack, arg, pc):
    builtins = frame.f_builtins
    try:
        stack.append(builtins["__build_class__"])
    except KeyError:
        pass
    else:
        return pc
    raise NameError("__build_class__ not found")


def SETUP_ANNOTATIONS(ts, frame, stack, arg, pc):
    mapping = frame._locals
    if mapping is None:
        raise SystemError("no locals found when setting up annotations")
    if type(mapping) is dict:
        if "__annotations__" not in mapping:
            mapping["__annotations__"] = {}
        return pc
    try:
        mapping["__annotations__"]
    except KeyError:
        mapping["__annotations__"] = {}
    return pc


def PRINT_EXPR(ts, frame, stack, arg, pc):
    from pvm.vm import state
    value = stack.pop()
    hook = getattr(state.sys_module, "displayhook", None)
    if hook is None:
        raise RuntimeError("lost sys.displayhook")
    hook(value)
    return pc


# -- imports ---------------------------------------------------------------------

def IMPORT_NAME(ts, frame, stack, arg, pc):
    fromlist = stack.pop()
    level = stack[-1]
    import_ = frame.f_builtins.get("__import__", NULL) if type(frame.f_builtins) is dict \
        else frame.f_builtins["__import__"]
    if import_ is NULL:
        raise ImportError("__import__ not found")
    locals_ = None if frame.f_code.co_flags & 1 else frame._locals
    stack[-1] = import_(arg, frame.f_globals, locals_, fromlist, level)
    return pc


def IMPORT_FROM(ts, frame, stack, arg, pc):
    stack.append(import_from(stack[-1], arg))
    return pc


def import_from(module, name):
    """`from module import name` with the submodule fallback (import_from in ceval.c)."""
    from pvm.vm import state
    try:
        return getattr(module, name)
    except AttributeError:
        pass
    pkgname = getattr(module, "__name__", None)
    if isinstance(pkgname, str):
        found = state.sys_module.modules.get(f"{pkgname}.{name}", NULL)
        if found is not NULL:
            return found
    raise _import_from_error(module, name, pkgname)


def _import_from_error(module, name, pkgname):
    if not isinstance(pkgname, str):
        error = ImportError(f"cannot import name {name!r} from '<unknown module name>' "
                            f"(unknown location)", name=None)
        return error
    path = getattr(module, "__file__", None)
    spec = getattr(module, "__spec__", None)
    if getattr(spec, "_initializing", False):
        message = (f"cannot import name {name!r} from partially initialized module "
                   f"{pkgname!r} (most likely due to a circular import) ({path})")
    elif not isinstance(path, str):
        message = f"cannot import name {name!r} from {pkgname!r} (unknown location)"
    else:
        message = f"cannot import name {name!r} from {pkgname!r} ({path})"
    return ImportError(message, name=pkgname, path=path if isinstance(path, str) else None)


def IMPORT_STAR(ts, frame, stack, arg, pc):
    module = stack.pop()
    mapping = None if frame.f_code.co_flags & 1 else frame._locals
    if mapping is None:
        raise SystemError("no locals found during 'import *'")
    import_all_from(mapping, module)
    return pc


def import_all_from(mapping, module):
    """`from module import *` (import_all_from in ceval.c): __all__, else public names."""
    names = getattr(module, "__all__", NULL)
    skip_private = names is NULL
    if skip_private:
        namespace = getattr(module, "__dict__", NULL)
        if namespace is NULL:
            raise ImportError("from-import-* object has no __dict__ and no __all__")
        names = list(namespace.keys())
    for name in names:
        if not isinstance(name, str):
            modname = getattr(module, "__name__", "?")
            where = "__dict__" if skip_private else "__all__"
            raise TypeError(f"{'Key' if skip_private else 'Item'} in {modname}.{where} must be "
                            f"str, not {type(name).__name__}")
        if skip_private and name.startswith("_"):
            continue
        mapping[name] = getattr(module, name)


# -- pattern matching -------------------------------------------------------------

_TPFLAGS_SEQUENCE = 1 << 5
_TPFLAGS_MAPPING = 1 << 6
_TPFLAGS_MATCH_SELF = 1 << 22


def GET_LEN(ts, frame, stack, arg, pc):
    stack.append(len(stack[-1]))
    return pc


def MATCH_MAPPING(ts, frame, stack, arg, pc):
    stack.append(bool(type(stack[-1]).__flags__ & _TPFLAGS_MAPPING))
    return pc


def MATCH_SEQUENCE(ts, frame, stack, arg, pc):
    stack.append(bool(type(stack[-1]).__flags__ & _TPFLAGS_SEQUENCE))
    return pc


def MATCH_KEYS(ts, frame, stack, arg, pc):
    stack.append(match_keys(stack[-2], stack[-1]))
    return pc


def match_keys(subject, keys):
    """The values of `keys` in mapping `subject`, or None if one is missing (match_keys)."""
    if not keys:
        return ()
    get = subject.get
    seen = set()
    values = []
    for key in keys:
        if key in seen:
            raise ValueError(f"mapping pattern checks duplicate key ({key!r})")
        seen.add(key)
        value = get(key, NULL)
        if value is NULL:
            return None
        values.append(value)
    return tuple(values)


def MATCH_CLASS(ts, frame, stack, arg, pc):
    names = stack.pop()
    cls = stack.pop()
    stack[-1] = match_class(stack[-1], cls, arg, names)
    return pc


def match_class(subject, cls, nargs, names):
    """The attributes a class pattern captures, or None (match_class in ceval.c)."""
    if not isinstance(cls, type):
        raise TypeError("called match pattern must be a type")
    if not isinstance(subject, cls):
        return None
    seen = set()
    attrs = []
    if nargs:
        match_args = getattr(cls, "__match_args__", NULL)
        match_self = False
        if match_args is not NULL:
            if type(match_args) is not tuple:
                raise TypeError(f"{cls.__name__}.__match_args__ must be a tuple "
                                f"(got {type(match_args).__name__})")
        else:
            match_self = bool(cls.__flags__ & _TPFLAGS_MATCH_SELF)
            match_args = ()
        allowed = 1 if match_self else len(match_args)
        if allowed < nargs:
            plural = "" if allowed == 1 else "s"
            raise TypeError(f"{cls.__name__}() accepts {allowed} positional sub-pattern{plural} "
                            f"({nargs} given)")
        if match_self:
            attrs.append(subject)
        else:
            for name in match_args[:nargs]:
                if not isinstance(name, str):
                    raise TypeError(f"__match_args__ elements must be strings "
                                    f"(got {type(name).__name__})")
                value = _match_class_attr(subject, cls, name, seen)
                if value is NULL:
                    return None
                attrs.append(value)
    for name in names:
        value = _match_class_attr(subject, cls, name, seen)
        if value is NULL:
            return None
        attrs.append(value)
    return tuple(attrs)


def _match_class_attr(subject, cls, name, seen):
    if name in seen:
        raise TypeError(f"{cls.__name__}() got multiple sub-patterns for attribute {name!r}")
    seen.add(name)
    try:
        return getattr(subject, name)
    except AttributeError:
        return NULL


def COPY_DICT_WITHOUT_KEYS(ts, frame, stack, arg, pc):
    keys = stack[-1]
    rest = {}
    dict_merge_into(rest, stack[-2])
    for key in keys:
        del rest[key]
    stack[-1] = rest
    return pc

