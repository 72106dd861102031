"""pvm's `sys` module: what a program running on pvm sees as `sys`.

VM stage (runtime). `make_sys(config)` builds one module object per pvm interpreter
(see boot.py). It starts from the host's `sys` values where nothing differs (maxsize,
float_info, version, platform, intern, getsizeof, ...) and replaces what belongs to
pvm: argv, path, modules (pvm's own dict, separate from the host's), meta_path,
path_hooks, path_importer_cache, flags, implementation, executable, the frame and
exception views (_getframe, exc_info, exception) and the trace hooks, which read the
VM's `state`, and the hooks displayhook/excepthook/breakpointhook.

The standard streams are shared with the host. Host-lent C functions such as `print`
and `input` write to the HOST's `sys.stdout`, so pvm's `sys.stdout`, `sys.stderr`,
`sys.stdin` (and `sys.unraisablehook`, which the host calls) are properties that read
and write the host's: `sys.stdout = f` in a pvm program redirects `print`.

`type(sys)` is what the standard library's `types.py` calls `ModuleType`, so that
class is the type of every module pvm makes (`type(m) is types.ModuleType` holds as in
CPython), `isinstance(m, type(sys))` holds for host modules too, and on any module but
`sys` itself the stream properties act as ordinary attributes.
"""

import os
import sys as _host_sys
import threading
import types
import weakref

from pvm.vm import state

# Names whose value is the host's, read and written through (see module docstring).
FORWARDED = ("stdout", "stderr", "stdin", "unraisablehook")

# Host `sys` names that pvm replaces or must not expose as they are.
_REPLACED = {
    "argv", "orig_argv", "path", "modules", "meta_path", "path_hooks",
    "path_importer_cache", "flags", "implementation", "executable", "_base_executable",
    "_getframe", "exc_info", "exception", "getrecursionlimit", "setrecursionlimit",
    "settrace", "gettrace", "setprofile", "getprofile", "displayhook", "excepthook",
    "breakpointhook", "__displayhook__", "__excepthook__", "__breakpointhook__",
    "__interactivehook__", "dont_write_bytecode", "pycache_prefix", "warnoptions",
    "_xoptions", "_current_frames", "_current_exceptions", "call_tracing",
    "last_type", "last_value", "last_traceback", "ps1", "ps2", "tracebacklimit",
    "__unraisablehook__", "exit", "_git", "_framework", "_home", "__loader__", "__spec__",
    "__name__", "__doc__", "__package__", "is_finalizing",
}

FLAG_FIELDS = ("debug", "inspect", "interactive", "optimize", "dont_write_bytecode",
               "no_user_site", "no_site", "ignore_environment", "verbose", "bytes_warning",
               "quiet", "hash_randomization", "isolated", "dev_mode", "utf8_mode",
               "warn_default_encoding", "safe_path", "int_max_str_digits")


class _FlagsBase(tuple):
    """sys.flags: a read-only sequence with named fields, as CPython's struct sequence."""

    __slots__ = ()
    n_fields = n_sequence_fields = len(FLAG_FIELDS)
    n_unnamed_fields = 0

    def __new__(cls, *args, **kwargs):
        # CPython's sys.flags type has no tp_new: the one instance is made at start-up.
        raise TypeError("cannot create 'sys.flags' instances")

    def __repr__(self):
        body = ", ".join(f"{name}={value!r}" for name, value in zip(FLAG_FIELDS, self))
        return f"sys.flags({body})"

    def __reduce__(self):
        return (type(self), (tuple(self),))


def _field(index):
    return property(lambda self: tuple.__getitem__(self, index))


flags = type("flags", (_FlagsBase,), {name: _field(i) for i, name in enumerate(FLAG_FIELDS)})
flags.__module__ = "sys"
flags.__qualname__ = "flags"


def make_flags(config, **changes):
    """The sys.flags value for an interpreter made from `config` (boot.Config), with
    some fields changed."""
    return tuple.__new__(flags, [changes.get(name, getattr(config, name))
                                 for name in FLAG_FIELDS])


class _ModuleTypeMeta(type):
    """Makes `type(sys)` answer isinstance/issubclass like the plain module type."""

    def __instancecheck__(cls, obj):
        if cls is SysModule:
            return isinstance(obj, types.ModuleType)
        return type.__instancecheck__(cls, obj)

    def __subclasscheck__(cls, sub):
        if cls is SysModule:
            return issubclass(sub, types.ModuleType)
        return type.__subclasscheck__(cls, sub)


# The sys modules of pvm interpreters (the one module per interpreter whose stream
# attributes are the host's).
_SYS_OBJECTS = weakref.WeakSet()


class _ProgramUnraisableHook:
    """What the host's sys.unraisablehook holds while a program's hook is installed: the
    host calls it for errors in finalizers and callbacks of pvm objects, and it hands the
    program what CPython would: a failing `__del__` as its function (slot_tp_finalize
    looks it up unbound; the host binds pvm's) and the exception's pvm traceback."""

    __slots__ = ("hook",)

    def __init__(self, hook):
        self.hook = hook

    def __call__(self, args):
        from pvm.vm import display
        exc = getattr(args, "exc_value", None)
        tb = state.traceback_of(exc) if exc is not None else None
        obj = display.unbound_finalizer(args.object)
        if isinstance(args, tuple) and (tb is not None or obj is not args.object):
            args = type(args)((args.exc_type, exc, tb if tb is not None else args.exc_traceback,
                               args.err_msg, obj))
        return self.hook(args)


def _host_value(name):
    value = getattr(_host_sys, name)
    if type(value) is _ProgramUnraisableHook:
        return value.hook
    return value


def _set_host_value(name, value):
    if name == "unraisablehook" and not _is_runtime_hook(value):
        value = _ProgramUnraisableHook(value)
    setattr(_host_sys, name, value)


def _is_runtime_hook(value):
    from pvm.vm import display
    return value is display.unraisablehook or value is _host_sys.__unraisablehook__


def _forwarded(name):
    """A property reading and writing the host's sys.<name> on pvm's sys only."""

    def get(self):
        if self in _SYS_OBJECTS:
            value = _host_value(name)
            # vars(sys) lists the name too, as CPython's sys dict does.
            self.__dict__[name] = value
            return value
        try:
            return self.__dict__[name]
        except KeyError:
            raise AttributeError(f"module {self.__name__!r} has no attribute {name!r}") from None

    def set(self, value):
        if self in _SYS_OBJECTS:
            _set_host_value(name, value)
            self.__dict__[name] = value
        else:
            self.__dict__[name] = value

    def delete(self):
        if self in _SYS_OBJECTS:
            delattr(_host_sys, name)
            self.__dict__.pop(name, None)
        else:
            try:
                del self.__dict__[name]
            except KeyError:
                raise AttributeError(name) from None

    return property(get, set, delete)


class SysModule(types.ModuleType, metaclass=_ModuleTypeMeta):
    """`type(sys)`: the module type of every module pvm makes (sys, builtins, __main__,
    every imported source module), so `type(m) is types.ModuleType` holds for them as
    in CPython. Only on `sys` itself do the stream properties reach the host's sys."""

    def __dir__(self):
        names = types.ModuleType.__dir__(self)
        if self in _SYS_OBJECTS:
            names = list(names) + [n for n in FORWARDED if n not in names]
        return names

    for _name in FORWARDED:
        locals()[_name] = _forwarded(_name)
    del _name


SysModule.__name__ = SysModule.__qualname__ = "module"
SysModule.__module__ = "builtins"


def new_module(name, doc=None):
    """A module of pvm's module type (what `types.ModuleType(name)` makes in pvm code)."""
    return SysModule(name, doc)


def _new_sys_object():
    module = SysModule("sys", _host_sys.__doc__)
    _SYS_OBJECTS.add(module)
    return module


# ---------------------------------------------------------------------------
# Functions of pvm's sys that read the VM
# ---------------------------------------------------------------------------

def _getframe(depth=0, /):
    """sys._getframe: the pvm frame `depth` calls below the caller."""
    frame = state.current_frame()
    if not isinstance(depth, int):
        raise TypeError(f"'{type(depth).__name__}' object cannot be interpreted as an integer")
    while depth > 0 and frame is not None:
        frame = frame.f_back
        depth -= 1
    if frame is None:
        raise ValueError("call stack is not deep enough")
    return frame


# The ThreadState of each thread that started through pvm's `_thread` (and the main
# thread's), by thread id; an entry goes when its thread's state is freed.
_thread_states = weakref.WeakValueDictionary()


def register_thread():
    """Record the calling thread's ThreadState for _current_frames/_current_exceptions."""
    _thread_states[threading.get_ident()] = state.thread_state()


def _thread_state_items():
    me = threading.get_ident()
    items = {ident: ts for ident, ts in list(_thread_states.items()) if ident != me}
    items[me] = state.thread_state()
    return items.items()


# Set when the interpreter's shutdown starts (boot.finalize_modules).
_finalizing = [False]


class _CFunction:
    """A function of pvm's sys that, as a C function, is not bound as a method when a
    class stores it (`class A: f = sys.is_finalizing` then `A().f()`)."""

    def __init__(self, function, name):
        self.__wrapped__ = function
        self.__name__ = self.__qualname__ = name
        self.__doc__ = function.__doc__
        self.__module__ = "sys"

    def __call__(self, *args, **kwargs):
        return self.__wrapped__(*args, **kwargs)

    def __repr__(self):
        return f"<built-in function {self.__name__}>"


def _is_finalizing():
    """Return True if Python is exiting."""
    return _finalizing[0] or _host_sys.is_finalizing()


is_finalizing = _CFunction(_is_finalizing, "is_finalizing")


def _current_frames():
    """sys._current_frames: the innermost pvm frame of each thread that runs pvm code."""
    return {ident: ts.frame for ident, ts in _thread_state_items() if ts.frame is not None}


def _current_exceptions():
    """sys._current_exceptions: (type, value, traceback) of the exception each thread
    running pvm code handles (3.11's form of the entries)."""
    result = {}
    for ident, ts in _thread_state_items():
        if ts.frame is not None:
            exc = ts.exc_value()
            result[ident] = ((None, None, None) if exc is None
                             else (type(exc), exc, state.traceback_of(exc)))
    return result


def exc_info():
    """sys.exc_info() as seen by pvm code."""
    return state.exc_info()


def exception():
    """sys.exception() as seen by pvm code."""
    return state.exception()


def getrecursionlimit():
    return state.get_recursion_limit()


def setrecursionlimit(limit, /):
    state.set_recursion_limit(limit)


# Threads that are replacing their trace or profile function: replacing it drops the old
# one, whose __del__ may try to install another (_PyEval_SetTrace refuses that).
_installing = threading.local()


def _install(kind, setter, function):
    if getattr(_installing, kind, False):
        raise RuntimeError(f"Cannot install a {kind} function while another {kind} "
                           "function is being installed")
    setattr(_installing, kind, True)
    try:
        setter(function)
    finally:
        setattr(_installing, kind, False)


def settrace(function, /):
    _install("trace", state.settrace, function)


def gettrace():
    return state.gettrace()


def setprofile(function, /):
    _install("profile", state.setprofile, function)


def getprofile():
    return state.getprofile()


def call_tracing(func, args, /):
    """sys.call_tracing: call func(*args) with tracing enabled (pvm traces everywhere)."""
    if not isinstance(args, tuple):
        raise TypeError(f"call_tracing() argument 2 must be tuple, not {type(args).__name__}")
    return func(*args)


def displayhook(value, /):
    """sys.displayhook as CPython's: print repr(value) and keep it in builtins._."""
    from pvm.vm import boot
    interp = boot.current()
    builtins_dict = interp.builtins.__dict__
    if value is None:
        return
    builtins_dict["_"] = None
    stdout = getattr(_host_sys, "stdout", None)
    if stdout is None:
        raise RuntimeError("lost sys.stdout")
    text = repr(value)
    try:
        stdout.write(text)
    except UnicodeEncodeError:
        encoding = getattr(stdout, "encoding", None) or "utf-8"
        data = text.encode(encoding, "backslashreplace")
        buffer = getattr(stdout, "buffer", None)
        if buffer is not None:
            buffer.write(data)
        else:
            stdout.write(data.decode(encoding, "strict"))
    stdout.write("\n")
    builtins_dict["_"] = value


def excepthook(exctype, value, traceback, /):
    """sys.excepthook: print the exception as CPython's default hook does."""
    from pvm.vm import display
    display.print_exception(value if value is not None else exctype, traceback)


def breakpointhook(*args, **kwargs):
    """sys.breakpointhook: honour PYTHONBREAKPOINT, default pdb.set_trace (run on pvm)."""
    from pvm.vm import boot
    interp = boot.current()
    hookname = None
    if not interp.config.ignore_environment:
        hookname = _program_environ(interp).get("PYTHONBREAKPOINT")
    if not hookname:
        hookname = "pdb.set_trace"
    elif hookname == "0":
        return None
    modname, dot, funcname = hookname.rpartition(".")
    if not dot:
        modname = "builtins"
    try:
        module = interp.import_module(modname)
        hook = getattr(module, funcname)
    except Exception:
        message = f'Ignoring unimportable $PYTHONBREAKPOINT: "{hookname}"'
        interp.warn(message, RuntimeWarning)
        return None
    return hook(*args, **kwargs)


def _program_environ(interp):
    """The environment as the program sees it (its own `os.environ` once `os` is loaded)."""
    os_module = interp.sys.modules.get("os")
    environ = getattr(os_module, "environ", None)
    return environ if environ is not None else os.environ


# ---------------------------------------------------------------------------
# Building the module
# ---------------------------------------------------------------------------

def make_implementation(cache_tag="pvm-311"):
    from pvm import __version__
    parts = [int(p) for p in __version__.split(".")[:3]]
    info = _VersionInfo(*parts, "alpha", 0)
    hexversion = (parts[0] << 24) | (parts[1] << 16) | (parts[2] << 8) | 0xA0
    return types.SimpleNamespace(name="pvm", cache_tag=cache_tag, version=info,
                                 hexversion=hexversion,
                                 _multiarch=getattr(_host_sys.implementation, "_multiarch", ""))


class _VersionInfo(tuple):
    """sys.implementation.version: (major, minor, micro, releaselevel, serial)."""

    __slots__ = ()
    _fields = ("major", "minor", "micro", "releaselevel", "serial")

    def __new__(cls, major, minor, micro, releaselevel, serial):
        return tuple.__new__(cls, (major, minor, micro, releaselevel, serial))

    major = property(lambda self: self[0])
    minor = property(lambda self: self[1])
    micro = property(lambda self: self[2])
    releaselevel = property(lambda self: self[3])
    serial = property(lambda self: self[4])

    def __repr__(self):
        body = ", ".join(f"{n}={v!r}" for n, v in zip(self._fields, self))
        return f"sys.version_info({body})"


def make_sys(config, builtin_importer=None):
    """pvm's sys module for an interpreter configured by `config` (see boot.Config)."""
    register_thread()
    module = _new_sys_object()
    d = module.__dict__
    for name, value in _host_sys.__dict__.items():
        if name not in _REPLACED and name not in FORWARDED:
            d[name] = value
    d.update(
        argv=list(config.argv),
        orig_argv=list(config.orig_argv),
        path=[],
        modules={},
        meta_path=[],
        path_hooks=[],
        path_importer_cache={},
        flags=make_flags(config),
        implementation=make_implementation(),
        executable=config.executable,
        _base_executable=config.executable,
        dont_write_bytecode=bool(config.dont_write_bytecode),
        pycache_prefix=config.pycache_prefix,
        warnoptions=list(config.warnoptions),
        _xoptions=dict(config.xoptions),
        _git=("pvm", "", ""),
        _framework="",
        _getframe=_getframe,
        _current_frames=_current_frames,
        _current_exceptions=_current_exceptions,
        is_finalizing=is_finalizing,
        exc_info=exc_info,
        exception=exception,
        getrecursionlimit=getrecursionlimit,
        setrecursionlimit=setrecursionlimit,
        settrace=settrace,
        gettrace=gettrace,
        setprofile=setprofile,
        getprofile=getprofile,
        call_tracing=call_tracing,
        displayhook=displayhook,
        excepthook=excepthook,
        breakpointhook=breakpointhook,
        __displayhook__=displayhook,
        __excepthook__=excepthook,
        __breakpointhook__=breakpointhook,
        __unraisablehook__=_host_sys.__unraisablehook__,
        exit=_host_sys.exit,
    )
    if hasattr(_host_sys, "_home"):
        d["_home"] = _host_sys._home
    if builtin_importer is not None:
        d["__loader__"] = builtin_importer
    for name in ("__stdin__", "__stdout__", "__stderr__"):
        d[name] = getattr(_host_sys, name)
    for name in FORWARDED:
        d[name] = _host_value(name)
    return module


for _fn in (_getframe, _current_frames, _current_exceptions, exc_info, exception,
            getrecursionlimit, setrecursionlimit, settrace, gettrace, setprofile, getprofile,
            call_tracing, displayhook, excepthook, breakpointhook):
    _fn.__module__ = "sys"
    _fn.__qualname__ = _fn.__name__
del _fn
