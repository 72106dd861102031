"""pvm's import system: `import` statements, `__import__`, finders and loaders.

VM stage (runtime). Mirrors CPython 3.11's import machinery (Python/import.c and
Lib/importlib/_bootstrap*.py) in host code, for a pvm interpreter whose `sys` is
pvm's own module (sysmodule.py):

* `import_module_level` is PyImport_ImportModuleLevelObject: the fast path for
  modules already in pvm's `sys.modules`, then `_find_and_load` over
  `sys.meta_path`, with per-module locks, `spec._initializing` for circular imports,
  and `_handle_fromlist`. The builtin `__import__` calls it.
* `sys.meta_path` holds `BuiltinImporter` (modules compiled into the host) and
  `PathFinder` (sys.path and package `__path__` through `sys.path_hooks` and
  `sys.path_importer_cache`); `FileFinder` finds packages (`__init__.py`),
  extension modules, source modules and namespace packages in one directory.
* `SourceFileLoader` compiles every module that has Python source through the
  compiler's .pyc cache (pvm.compiler.cache) and runs it on the VM; the standard
  library's `.py` modules go this way too. Only built-in and C extension modules
  come from the host (`BuiltinImporter`, `ExtensionFileLoader`), as CPython loads
  its C extensions. A few host C modules are not lent because they would reach
  into the host's interpreter instead of pvm's (see NOT_LENT); a few are lent in
  an adjusted copy (see `_overlay_*`).

The finders and loaders speak importlib's protocol (find_spec, create_module,
exec_module, get_code, get_source, ...), so the standard library's importlib,
compiled and run on pvm, drives them unchanged (importlib.import_module,
importlib.util.find_spec, runpy, pkgutil).
"""

import _imp as _host_imp
import os
import sys as _host_sys
import types
from importlib.machinery import ModuleSpec as _HostModuleSpec

from pvm.vm import state
from pvm.vm.import_locks import (
    SHARED_NAMES as _SHARED_LOCK_NAMES, get_module_lock as _get_module_lock,
    global_import_lock as _global_lock, lock_unlock_module as _lock_unlock_module)

_ModuleType = types.ModuleType

# The running interpreter's pvm sys (boot.activate sets it).
_sys = None
_interp = None

SOURCE_SUFFIXES = [".py"]
BYTECODE_SUFFIXES = [".pyc"]
EXTENSION_SUFFIXES = _host_imp.extension_suffixes()

# Host C modules pvm does not lend, and why:
#   _frozen_importlib(_external): CPython's import system frozen as bytecode of the host;
#       pvm compiles importlib's own source instead.
#   _pickle: resolves classes and functions through the HOST's sys.modules and import;
#       pickle.py's Python pickler uses pvm's.
#   _asyncio: its C tasks import the host's asyncio modules and print host tracebacks;
#       asyncio's Python futures and tasks run on pvm.
#   _elementtree: builds objects from classes it imports through the HOST's import
#       (xml.etree.ElementPath), which pvm programs could not recognise; its Python
#       version runs on pvm.
NOT_LENT = frozenset({"_frozen_importlib", "_frozen_importlib_external", "_pickle",
                      "_asyncio", "_elementtree"})

# Lent host C modules that look a Python module up by name in the HOST's sys.modules
# (where CPython's would find the program's), and the attributes they read there:
#   _json raises json.decoder.JSONDecodeError;
#   _sre compiles sub() templates with re._subx and expands with re._expand;
#   time.strptime and datetime.strptime call _strptime's functions.
# While a pvm frame runs, the host's module of that name answers for those attributes
# with the program's module of the same name (see HostView); None means every attribute.
HOST_VIEWS = {
    "_json": {"json.decoder": None},
    "_sre": {"re": frozenset({"_subx", "_expand"})},
    "time": {"_strptime": frozenset({"_strptime_time", "_strptime_datetime"})},
    "_datetime": {"_strptime": frozenset({"_strptime_time", "_strptime_datetime"})},
}
# {host module name: attributes forwarded (None: all)}, for the views installed.
_VIEWED_ATTRS = {}

# Lent host C modules that import Python modules while they initialise and keep what
# they find: _decimal registers Decimal with numbers.Number and compares with
# numbers.Rational, and builds DecimalTuple and its context flags from collections. Their
# initialisation sees the program's modules of those names (see program_modules_for_init).
INIT_IMPORTS = {"_decimal": ("numbers", "collections", "collections.abc")}

# Python modules that the host's C code looks up by name in the host's sys.modules on
# behalf of the program: object.__reduce_ex__ and copy's helpers call copyreg's
# __newobj__, _reconstructor and _slotnames. Once pvm has loaded its own copy, the
# host sees that one, so pickling and copying agree on which functions those are.
SHARED_WITH_HOST = frozenset({"copyreg"})

# CPython's frozen bootstrap modules are importlib's own modules under a second name;
# once pvm has compiled importlib's, those names refer to them (zipimport imports them).
_FROZEN_ALIASES = {"importlib._bootstrap": "_frozen_importlib",
                   "importlib._bootstrap_external": "_frozen_importlib_external"}
_FROZEN_NAMES = frozenset(_FROZEN_ALIASES.values())

class ModuleSpec(_HostModuleSpec):
    """importlib's ModuleSpec (the host's frozen one), with `cached` worked out by pvm's
    cache (`NAME.pvm-311.pyc`) where the host's would name CPython's .pyc. importlib's
    compiled `_bootstrap` is given this class (share_machinery), so the specs of imports
    and of importlib.util are of one class, as in CPython."""

    @property
    def cached(self):
        if self._cached is None and self.origin is not None and self._set_fileattr:
            origin = self.origin
            if origin.endswith(tuple(SOURCE_SUFFIXES)):
                try:
                    self._cached = source_cache_path(origin, _optimize())
                except (NotImplementedError, ValueError):
                    pass
            elif origin.endswith(".pyc"):
                self._cached = origin
        return self._cached

    @cached.setter
    def cached(self, cached):
        self._cached = cached


ModuleSpec.__module__ = "_frozen_importlib"

_NEEDS_LOADING = object()
_ERR_MSG = "No module named {!r}"


def activate(interp):
    """Make `interp` the interpreter whose sys this import system serves."""
    global _sys, _interp
    _sys = interp.sys
    _interp = interp


# ---------------------------------------------------------------------------
# Hooks to the rest of pvm (tests replace them with stand-ins)
# ---------------------------------------------------------------------------

def load_source_code(path, optimize, write):
    """The code object of a source file, through the compiler's .pyc cache."""
    from pvm.compiler.cache import load_or_compile
    return load_or_compile(path, optimize, write=write)


def source_cache_path(path, optimize):
    """Where the cache keeps the code of `path` (a module's __cached__); as
    cache_from_source, NotImplementedError when sys.implementation.cache_tag is None."""
    if _sys is not None and getattr(_sys.implementation, "cache_tag", "") is None:
        raise NotImplementedError("sys.implementation.cache_tag is None")
    from pvm.compiler.cache import cache_path
    return cache_path(path, optimize)


def run_module_code(code, namespace):
    """Run a module's code object on the VM in its namespace."""
    from pvm.vm.interp import run_code
    run_code(code, namespace)


def compile_for_loader(source, path):
    """SourceLoader.source_to_code: pvm's compile of module source."""
    from pvm.vm.builtins_module import compile_source
    return compile_source(source, path, "exec", 0, _optimize())


def _optimize():
    return _sys.flags.optimize


def _verbose(message, *args, verbosity=1):
    """importlib's _verbose_message: -v traces imports on stderr."""
    if _sys.flags.verbose >= verbosity:
        if not message.startswith(("#", "import ")):
            message = "# " + message
        print(message.format(*args), file=_host_sys.stderr)


# ---------------------------------------------------------------------------
# __import__ (PyImport_ImportModuleLevelObject)
# ---------------------------------------------------------------------------

def import_module_level(name, globals=None, locals=None, fromlist=(), level=0):
    """The builtin __import__ of pvm."""
    if not isinstance(name, str):
        raise TypeError("module name must be a string")
    if not isinstance(level, int):
        import operator
        level = operator.index(level)
    if level < 0:
        raise ValueError("level must be >= 0")
    if level > 0:
        abs_name = _resolve_name(name, globals, level)
    elif not name:
        raise ValueError("Empty module name")
    else:
        abs_name = name
    modules = _sys.modules
    module = modules.get(abs_name)
    if module is None:
        module = _find_and_load(abs_name)
    else:
        spec = getattr(module, "__spec__", None)
        if spec is not None and getattr(spec, "_initializing", False):
            _lock_unlock_module(abs_name)
    if not fromlist:
        if level == 0 or name:
            dot = name.find(".")
            if dot == -1:
                return module
            if level == 0:
                return import_module_level(name[:dot])
            cut_off = len(name) - dot
            to_return = abs_name[:len(abs_name) - cut_off]
            try:
                return modules[to_return]
            except KeyError:
                raise KeyError(f"{to_return!r} not in sys.modules as expected") from None
        return module
    if hasattr(module, "__path__"):
        return _handle_fromlist(module, fromlist)
    return module


def _resolve_name(name, globals, level):
    """resolve_name in Python/import.c: a relative name made absolute."""
    if globals is None:
        raise KeyError("'__name__' not in globals")
    if not isinstance(globals, dict):
        raise TypeError("globals must be a dict")
    package = globals.get("__package__")
    spec = globals.get("__spec__")
    if package is not None:
        if not isinstance(package, str):
            raise TypeError("package must be a string")
        if spec is not None and package != spec.parent:
            _warn("__package__ != __spec__.parent", ImportWarning)
    elif spec is not None:
        package = spec.parent
        if not isinstance(package, str):
            raise TypeError("__spec__.parent must be a string")
    else:
        _warn("can't resolve package from __spec__ or __package__, "
              "falling back on __name__ and __path__", ImportWarning)
        try:
            package = globals["__name__"]
        except KeyError:
            raise KeyError("'__name__' not in globals") from None
        if not isinstance(package, str):
            raise TypeError("__name__ must be a string")
        if "__path__" not in globals:
            dot = package.rfind(".")
            if dot == -1:
                package = ""
            else:
                package = package[:dot]
    if not package:
        raise ImportError("attempted relative import with no known parent package")
    last_dot = len(package)
    for _ in range(1, level):
        last_dot = package.rfind(".", 0, last_dot)
        if last_dot == -1:
            raise ImportError("attempted relative import beyond top-level package")
    base = package[:last_dot]
    return f"{base}.{name}" if name else base


def _warn(message, category, stacklevel=1):
    if _interp is not None:
        _interp.warn(message, category, stacklevel)


def _handle_fromlist(module, fromlist, recursive=False):
    """importlib._bootstrap._handle_fromlist: import submodules named in a from-list."""
    for x in fromlist:
        if not isinstance(x, str):
            where = module.__name__ + ".__all__" if recursive else "``from list''"
            raise TypeError(f"Item in {where} must be str, not {type(x).__name__}")
        if x == "*":
            if not recursive and hasattr(module, "__all__"):
                _handle_fromlist(module, module.__all__, recursive=True)
        elif not hasattr(module, x):
            from_name = f"{module.__name__}.{x}"
            try:
                _import_by_builtins(from_name)
            except ModuleNotFoundError as exc:
                if exc.name == from_name and \
                        _sys.modules.get(from_name, _NEEDS_LOADING) is not None:
                    continue
                raise
    return module


def _import_by_builtins(name):
    """Call the program's current builtins.__import__, as importlib passes it along."""
    importer = _interp.builtins.__dict__.get("__import__", import_module_level)
    if importer is import_module_level:
        return _gcd_import(name)
    return importer(name)


def _gcd_import(name, package=None, level=0):
    """importlib._bootstrap._gcd_import: import_module's core."""
    if level > 0:
        name = _resolve_name(name, {"__package__": package}, level)
    return _find_and_load(name)


def import_module(name, package=None):
    """importlib.import_module for pvm's own use (site, -m, breakpoint)."""
    level = 0
    if name.startswith("."):
        if not package:
            raise TypeError("the 'package' argument is required to perform a relative "
                            f"import for {name!r}")
        level = len(name) - len(name.lstrip("."))
        name = name[level:]
    return _gcd_import(name, package, level)


def _find_and_load(name):
    """importlib._bootstrap._find_and_load: sys.modules, else find a spec and load it."""
    modules = _sys.modules
    module = modules.get(name, _NEEDS_LOADING)
    if module is _NEEDS_LOADING or getattr(getattr(module, "__spec__", None),
                                           "_initializing", False):
        lock = _get_module_lock(name)
        with lock:
            module = modules.get(name, _NEEDS_LOADING)
            if module is _NEEDS_LOADING:
                if _importtime is not None:
                    return _timed_load(name)
                return _find_and_load_unlocked(name)
    if module is None:
        raise ModuleNotFoundError(f"import of {name} halted; None in sys.modules", name=name)
    return module


def _find_and_load_unlocked(name):
    modules = _sys.modules
    if name in _FROZEN_NAMES:
        # importlib, once compiled, gives these names its own modules (load_spec)
        import_module_level("importlib")
        if name in modules:
            return modules[name]
    path = None
    parent, _, child = name.rpartition(".")
    parent_spec = None
    if parent:
        if parent not in modules:
            _import_by_builtins(parent)
        if name in modules:
            return modules[name]
        parent_module = modules[parent]
        try:
            path = parent_module.__path__
        except AttributeError:
            raise ModuleNotFoundError(
                (_ERR_MSG + "; {!r} is not a package").format(name, parent),
                name=name) from None
        parent_spec = getattr(parent_module, "__spec__", None)
    spec = find_spec(name, path)
    if spec is None:
        raise ModuleNotFoundError(_ERR_MSG.format(name), name=name)
    pending = getattr(parent_spec, "_uninitialized_submodules", None)
    if pending is not None:
        pending.append(child)
    try:
        module = load_spec(spec)
    finally:
        if pending is not None:
            pending.pop()
    if parent:
        parent_module = modules[parent]
        try:
            setattr(parent_module, child, module)
        except AttributeError:
            _warn(f"Cannot set an attribute on {parent!r} for child module {child!r}",
                  ImportWarning)
    return module


def find_spec(name, path=None, target=None):
    """importlib._bootstrap._find_spec: ask each finder on sys.meta_path."""
    meta_path = _sys.meta_path
    if meta_path is None:
        raise ImportError("sys.meta_path is None, Python is likely shutting down")
    if not meta_path:
        _warn("sys.meta_path is empty", ImportWarning)
    modules = _sys.modules
    is_reload = name in modules
    for finder in meta_path:
        with _global_lock:
            try:
                finder_find_spec = finder.find_spec
            except AttributeError:
                spec = _find_spec_legacy(finder, name, path)
                if spec is None:
                    continue
            else:
                spec = finder_find_spec(name, path, target)
        if spec is not None:
            if not is_reload and name in modules:
                existing = getattr(modules[name], "__spec__", None)
                return spec if existing is None else existing
            return spec
    return None


def _find_spec_legacy(finder, name, path):
    find_module = getattr(finder, "find_module", None)
    if find_module is None:
        return None
    _warn(f"{_object_name(finder)}.find_spec() not found; falling back to find_module()",
          ImportWarning)
    loader = find_module(name, path)
    if loader is None:
        return None
    return spec_from_loader(name, loader)


def _object_name(obj):
    try:
        return obj.__qualname__
    except AttributeError:
        return type(obj).__qualname__


def spec_from_loader(name, loader, origin=None, is_package=None):
    """importlib._bootstrap.spec_from_loader, for legacy loaders."""
    if origin is None:
        origin = getattr(loader, "_ORIGIN", None)
    if is_package is None and hasattr(loader, "is_package"):
        try:
            is_package = loader.is_package(name)
        except ImportError:
            is_package = None
    spec = ModuleSpec(name, loader, origin=origin, is_package=bool(is_package))
    return spec


# ---------------------------------------------------------------------------
# Loading a spec (module_from_spec, _init_module_attrs, _load_unlocked)
# ---------------------------------------------------------------------------

def module_from_spec(spec):
    module = None
    loader = spec.loader
    if hasattr(loader, "create_module"):
        module = loader.create_module(spec)
    elif hasattr(loader, "exec_module"):
        raise ImportError("loaders that define exec_module() must also define create_module()")
    if module is None:
        from pvm.vm.sysmodule import new_module
        module = new_module(spec.name)
    init_module_attrs(spec, module)
    return module


def init_module_attrs(spec, module, override=False):
    """importlib._bootstrap._init_module_attrs: __name__, __loader__, __spec__, ..."""
    if override or getattr(module, "__name__", None) is None:
        _try_set(module, "__name__", spec.name)
    if override or getattr(module, "__loader__", None) is None:
        loader = spec.loader
        if loader is None and spec.submodule_search_locations is not None:
            loader = NamespaceLoader.__new__(NamespaceLoader)
            loader._path = spec.submodule_search_locations
            spec.loader = loader
            module.__file__ = None
        _try_set(module, "__loader__", loader)
    if override or getattr(module, "__package__", None) is None:
        _try_set(module, "__package__", spec.parent)
    _try_set(module, "__spec__", spec)
    if override or getattr(module, "__path__", None) is None:
        if spec.submodule_search_locations is not None:
            _try_set(module, "__path__", spec.submodule_search_locations)
    if spec.has_location:
        if override or getattr(module, "__file__", None) is None:
            _try_set(module, "__file__", spec.origin)
        if override or getattr(module, "__cached__", None) is None:
            if spec.cached is not None:
                _try_set(module, "__cached__", spec.cached)
    return module


def _try_set(module, name, value):
    try:
        setattr(module, name, value)
    except AttributeError:
        pass


def load_spec(spec):
    """importlib._bootstrap._load_unlocked: make the module, register it, run it."""
    loader = spec.loader
    if loader is not None and not hasattr(loader, "exec_module"):
        _warn(f"{_object_name(loader)}.exec_module() not found; "
              "falling back to load_module()", ImportWarning)
        return _load_backward_compatible(spec)
    module = module_from_spec(spec)
    spec._initializing = True
    modules = _sys.modules
    try:
        modules[spec.name] = module
        try:
            if loader is None:
                if spec.submodule_search_locations is None:
                    raise ImportError("missing loader", name=spec.name)
            else:
                loader.exec_module(module)
        except BaseException:
            modules.pop(spec.name, None)
            raise
        # The module may have replaced itself in sys.modules while running.
        module = modules.pop(spec.name)
        modules[spec.name] = module
        if spec.name in SHARED_WITH_HOST:
            _host_sys.modules[spec.name] = module
        alias = _FROZEN_ALIASES.get(spec.name)
        if alias is not None:
            modules.setdefault(alias, module)
            share_machinery(module)
        _verbose("import {!r} # {!r}", spec.name, loader)
    finally:
        spec._initializing = False
    return module


def share_machinery(module):
    """Make importlib's compiled `_bootstrap(_external)` name the finders and loaders
    this import system uses, as CPython's importlib names the frozen ones that run its
    imports: `importlib.machinery.PathFinder in sys.meta_path`, `isinstance(m.__spec__.
    loader, importlib.machinery.SourceFileLoader)` and pkgutil's dispatch on FileFinder
    then hold. (ModuleSpec stays importlib's: specs are used by their attributes.)
    `_bootstrap` also gets this system's module locks (import_locks.py), so that
    `importlib.import_module` and `import` wait on the same ones."""
    if module.__name__ == "importlib._bootstrap":
        for name, shared in _SHARED_LOCK_NAMES.items():
            setattr(module, name, shared)
    for name in MACHINERY_NAMES.get(module.__name__, ()):
        shared = globals()[name]
        setattr(module, name, shared)
        if name == "NamespaceLoader":
            module._NamespaceLoader = shared


def _load_backward_compatible(spec):
    modules = _sys.modules
    try:
        spec.loader.load_module(spec.name)
    except BaseException:
        if spec.name in modules:
            module = modules.pop(spec.name)
            modules[spec.name] = module
        raise
    module = modules.pop(spec.name)
    modules[spec.name] = module
    if getattr(module, "__loader__", None) is None:
        _try_set(module, "__loader__", spec.loader)
    if getattr(module, "__package__", None) is None:
        _try_set(module, "__package__", spec.parent if hasattr(module, "__path__")
                 else spec.name.rpartition(".")[0])
    if getattr(module, "__spec__", None) is None:
        _try_set(module, "__spec__", spec)
    return module


# ---------------------------------------------------------------------------
# -X importtime
# ---------------------------------------------------------------------------

_importtime = None      # [nesting depth] while -X importtime is on


def enable_importtime():
    global _importtime
    _importtime = [0]
    print("import time: self [us] | cumulative | imported package", file=_host_sys.stderr)


def _timed_load(name):
    import time
    depth = _importtime[0]
    _importtime[0] = depth + 1
    start = time.perf_counter_ns()
    children_before = _importtime_children[0]
    try:
        return _find_and_load_unlocked(name)
    finally:
        elapsed = (time.perf_counter_ns() - start) // 1000
        own = elapsed - (_importtime_children[0] - children_before)
        _importtime_children[0] = children_before + elapsed
        _importtime[0] = depth
        print(f"import time: {own:>9} | {elapsed:>10} | {'  ' * depth}{name}",
              file=_host_sys.stderr)


_importtime_children = [0]


# ---------------------------------------------------------------------------
# IMPORT_FROM and IMPORT_STAR (ceval.c import_from / import_all_from)
# ---------------------------------------------------------------------------

def import_from(module, name):
    """`from module import name`: the attribute, else the submodule in sys.modules."""
    try:
        return getattr(module, name)
    except AttributeError:
        pass
    pkgname = getattr(module, "__name__", None)
    if isinstance(pkgname, str):
        found = _sys.modules.get(f"{pkgname}.{name}")
        if found is not None:
            return found
    shown = pkgname if isinstance(pkgname, str) else "<unknown module name>"
    pkgpath = module.__dict__.get("__file__") if isinstance(module, _ModuleType) else None
    if not isinstance(pkgpath, str):
        message = f"cannot import name {name!r} from {shown!r} (unknown location)"
        raise ImportError(message, name=pkgname if isinstance(pkgname, str) else None)
    spec = getattr(module, "__spec__", None)
    if getattr(spec, "_initializing", False):
        message = (f"cannot import name {name!r} from partially initialized module "
                   f"{shown!r} (most likely due to a circular import) ({pkgpath})")
    else:
        message = f"cannot import name {name!r} from {shown!r} ({pkgpath})"
    raise ImportError(message, name=pkgname, path=pkgpath)


def import_star(module, namespace):
    """`from module import *` into `namespace`, honouring __all__."""
    try:
        names = module.__all__
        skip_private = False
    except AttributeError:
        try:
            d = module.__dict__
        except AttributeError:
            raise ImportError("from-import-* object has no __dict__ and no __all__") from None
        names = list(d.keys())
        skip_private = True
    for name in names:
        if not isinstance(name, str):
            modname = module.__name__
            if not isinstance(modname, str):
                raise TypeError("module __name__ must be a string, not "
                                f"{type(modname).__name__}")
            kind, where = ("Key", "__dict__") if skip_private else ("Item", "__all__")
            raise TypeError(f"{kind} in {modname}.{where} must be str, "
                            f"not {type(name).__name__}")
        if skip_private and name.startswith("_"):
            continue
        namespace[name] = getattr(module, name)


# ---------------------------------------------------------------------------
# Built-in modules: BuiltinImporter and the modules pvm adjusts
# ---------------------------------------------------------------------------

def _is_builtin_name(name):
    return (name in _host_sys.builtin_module_names or name in _OVERLAYS) \
        and name not in NOT_LENT


class BuiltinImporter:
    """Meta path finder and loader for modules compiled into the host (sys, posix, _io...)."""

    _ORIGIN = "built-in"

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        if path is not None or not _is_builtin_name(fullname):
            return None
        return ModuleSpec(fullname, cls, origin=cls._ORIGIN)

    @classmethod
    def find_module(cls, fullname, path=None):
        spec = cls.find_spec(fullname, path)
        return spec.loader if spec is not None else None

    @staticmethod
    def create_module(spec):
        name = spec.name
        if not _is_builtin_name(name):
            raise ImportError(f"{name!r} is not a built-in module", name=name)
        return builtin_module(name)

    @staticmethod
    def exec_module(module):
        pass

    @classmethod
    def get_code(cls, fullname):
        _require_builtin(fullname)
        return None

    @classmethod
    def get_source(cls, fullname):
        _require_builtin(fullname)
        return None

    @classmethod
    def is_package(cls, fullname):
        _require_builtin(fullname)
        return False

    @classmethod
    def load_module(cls, fullname):
        spec = cls.find_spec(fullname)
        if spec is None:
            raise ImportError(f"{fullname!r} is not a built-in module", name=fullname)
        return load_spec(spec)

    @staticmethod
    def module_repr(module):
        return f"<module {module.__name__!r} (built-in)>"


def _require_builtin(fullname):
    """importlib._bootstrap._requires_builtin's check."""
    if not _is_builtin_name(fullname):
        raise ImportError(f"{fullname!r} is not a built-in module", name=fullname)


def builtin_module(name):
    """The module object pvm gives for a built-in module name."""
    if name == "sys":
        return _sys
    if name == "builtins":
        return _interp.builtins
    make = _OVERLAYS.get(name)
    if make is not None:
        return make()
    module = _host_sys.modules.get(name)
    if module is None:
        module = __import__(name)
    share_host_views(name)
    return module


class HostView(_ModuleType):
    """The class given to a host module that lent C code looks up by name: while a pvm
    frame runs on this thread, its attributes are those of the running program's module
    of the same name (imported on pvm if the program has not yet), as CPython's C code
    would find the program's; otherwise it is the host's module as before."""

    def __getattribute__(self, name):
        own = _ModuleType.__getattribute__(self, "__name__")
        attrs = _VIEWED_ATTRS.get(own)
        if attrs is not None and name not in attrs:
            return _ModuleType.__getattribute__(self, name)
        module = _program_module(own)
        if module is None:
            return _ModuleType.__getattribute__(self, name)
        return getattr(module, name)


def _program_module(name):
    """pvm's module `name` when a pvm frame is running on this thread, else None."""
    try:
        running = state.current_frame() is not None
    except AttributeError:
        running = False
    if not running or _sys is None:
        return None
    module = _sys.modules.get(name)
    if module is None:
        module = import_module(name)
    return module


# Host modules whose class HostView replaced, for restore_host_views().
_host_views = []


def share_host_views(lent_name):
    """Make the modules that the lent C module `lent_name` looks up by name HostViews."""
    for name, attrs in HOST_VIEWS.get(lent_name, {}).items():
        module = _host_sys.modules.get(name)
        if module is None:
            module = _PendingHostView(name)
            _host_sys.modules[name] = module
        if type(module) is _ModuleType:
            module.__class__ = HostView
        if type(module) in (HostView, _PendingHostView):
            _VIEWED_ATTRS[name] = attrs
            _host_views.append(module)


class _PendingHostView(HostView):
    """Stands in the host's sys.modules for a viewed module the host has not imported
    (importing it would cost start-up time for nothing): host code that reaches it
    imports the host's own module then, which becomes a HostView in its place."""

    def __getattribute__(self, name):
        try:
            return HostView.__getattribute__(self, name)
        except AttributeError:
            pass
        own = _ModuleType.__getattribute__(self, "__name__")
        if _host_sys.modules.get(own) is self:
            del _host_sys.modules[own]
        real = __import__(own, fromlist=["_"])
        if type(real) is _ModuleType:
            real.__class__ = HostView
            _host_views.append(real)
        return getattr(real, name)


class program_modules_for_init:
    """Context in which the host's sys.modules holds the program's modules that the lent
    C module `lent_name` imports while initialising (INIT_IMPORTS), as CPython's would
    import the program's; the host's own entries come back afterwards."""

    def __init__(self, lent_name):
        self.names = INIT_IMPORTS.get(lent_name, ())
        self.saved = {}

    def __enter__(self):
        if _sys is None:
            self.names = ()
        for name in self.names:
            module = _sys.modules.get(name)
            if module is None:
                module = import_module(name)
            self.saved[name] = _host_sys.modules.get(name)
            _host_sys.modules[name] = module
        return self

    def __exit__(self, *exc):
        for name, module in self.saved.items():
            if module is None:
                _host_sys.modules.pop(name, None)
            else:
                _host_sys.modules[name] = module


def restore_host_views():
    """Undo share_host_views (for code that runs pvm inside its own process)."""
    while _host_views:
        module = _host_views.pop()
        if type(module) is _PendingHostView:
            own = _ModuleType.__getattribute__(module, "__name__")
            if _host_sys.modules.get(own) is module:
                del _host_sys.modules[own]
        else:
            module.__class__ = _ModuleType


def _copy_module(host_module, drop=(), **replace):
    """A pvm copy of a host module: same values, some names dropped or replaced."""
    module = _ModuleType(host_module.__name__, host_module.__doc__)
    d = module.__dict__
    for key, value in host_module.__dict__.items():
        if key not in drop and key not in ("__name__", "__doc__"):
            d[key] = value
    d.update(replace)
    return module


def _overlay_imp():
    """_imp without frozen modules (pvm compiles their source) and with pvm code objects."""
    def is_frozen(name, /):
        return False

    def find_frozen(name, /, *, withdata=False):
        return None

    def is_frozen_package(name, /):
        raise ImportError(f"No such frozen object named {name!r}", name=name)

    def get_frozen_object(name, data=None, /):
        raise ImportError(f"No such frozen object named {name!r}", name=name)

    def init_frozen(name, /):
        return None

    def is_builtin(name, /):
        return 1 if _is_builtin_name(name) else 0

    def create_builtin(spec, /):
        return builtin_module(spec.name)

    def _fix_co_filename(code, path, /):
        fix_co_filename(code, path)

    return _copy_module(
        _host_imp, is_frozen=is_frozen, find_frozen=find_frozen,
        is_frozen_package=is_frozen_package, get_frozen_object=get_frozen_object,
        init_frozen=init_frozen, is_builtin=is_builtin, create_builtin=create_builtin,
        _fix_co_filename=_fix_co_filename, _frozen_module_names=lambda: ())


def fix_co_filename(code, path):
    """Point a pvm code object tree at `path` (the module moved since it was cached)."""
    old = code.co_filename
    if old == path:
        return
    stack = [code]
    while stack:
        current = stack.pop()
        if current.co_filename == old:
            _set_filename(current, path)
        stack.extend(c for c in current.co_consts if type(c) is type(code))


def _set_filename(code, path):
    try:
        code.co_filename = path
    except AttributeError:
        pass


def _overlay_thread():
    """_thread without _excepthook, so threading.py uses its Python hook (pvm tracebacks),
    and with threads that record their VM state for sys._current_frames."""
    host_thread = (_host_sys.modules["_thread"] if "_thread" in _host_sys.modules
                   else __import__("_thread"))
    host_start = host_thread.start_new_thread

    def start_new_thread(function, args, kwargs=None, /):
        def run(*args, **kwargs):
            from pvm.vm import sysmodule
            sysmodule.register_thread()
            return function(*args, **kwargs)
        if kwargs is None:
            return host_start(run, args)
        return host_start(run, args, kwargs)

    return _copy_module(host_thread, drop=("_excepthook", "_ExceptHookArgs"),
                        start_new_thread=start_new_thread, start_new=start_new_thread)


def _overlay_warnings():
    """_warnings as CPython's C module, walking pvm frames (warnings_native.py)."""
    from pvm.vm import warnings_native
    return warnings_native.make_module(_interp)


def _overlay_marshal():
    """marshal that also carries pvm code objects (pvm's .pyc encoding behind a marker).

    importlib's SourceLoader, compiled by pvm, caches code through marshal; host
    marshal cannot write pvm code objects, so those go as b"\\0pvm" + length + pvm's
    encoding (pvm.bytecode.pyc), and everything else as host marshal data.
    """
    import marshal as host_marshal
    import struct
    from pvm.bytecode import pyc
    from pvm.bytecode.code import Code
    marker = b"\0pvm"
    length = struct.Struct("<Q")

    def holds_code(value):
        if type(value) is Code:
            return True
        if type(value) in (tuple, list, frozenset, set):
            return any(holds_code(item) for item in value)
        if type(value) is dict:
            return any(holds_code(k) or holds_code(v) for k, v in value.items())
        return False

    def dumps(value, version=host_marshal.version, /):
        if holds_code(value):
            payload = pyc.dumps(value)
            return marker + length.pack(len(payload)) + payload
        return host_marshal.dumps(value, version)

    def loads(data, /):
        data = bytes(data)
        if data.startswith(marker):
            size = length.unpack_from(data, len(marker))[0]
            start = len(marker) + length.size
            try:
                return pyc.loads(data[start:start + size])
            except pyc.PycError as exc:
                raise ValueError("bad marshal data (pvm code)") from exc
        return host_marshal.loads(data)

    def dump(value, file, version=host_marshal.version, /):
        file.write(dumps(value, version))

    def load(file, /):
        head = file.read(len(marker))
        if head == marker:
            size_bytes = file.read(length.size)
            return loads(head + size_bytes + file.read(length.unpack(size_bytes)[0]))
        return loads(head + file.read())

    return _copy_module(host_marshal, dumps=dumps, loads=loads, dump=dump, load=load)


_overlay_cache = {}


def _cached_overlay(name, make):
    def get():
        module = _overlay_cache.get(name)
        if module is None:
            module = _overlay_cache[name] = make()
        return module
    return get


def _overlay_dis():
    from pvm.vm import dis_module
    return dis_module.make_module()


_OVERLAYS = {
    "dis": _cached_overlay("dis", _overlay_dis),
    "_imp": _cached_overlay("_imp", _overlay_imp),
    "_thread": _cached_overlay("_thread", _overlay_thread),
    "_warnings": _cached_overlay("_warnings", _overlay_warnings),
    "marshal": _cached_overlay("marshal", _overlay_marshal),
}


def reset_overlays():
    """Fresh overlay modules for a new interpreter."""
    _overlay_cache.clear()


# ---------------------------------------------------------------------------
# The path-based finder
# ---------------------------------------------------------------------------

class PathFinder:
    """Meta path finder for sys.path and package __path__ (importlib's PathFinder)."""

    @staticmethod
    def invalidate_caches():
        cache = _sys.path_importer_cache
        for name, finder in list(cache.items()):
            if finder is None or not os.path.isabs(name):
                del cache[name]
            elif hasattr(finder, "invalidate_caches"):
                finder.invalidate_caches()
        _NamespacePath._epoch += 1

    @staticmethod
    def _path_hooks(path):
        hooks = _sys.path_hooks
        if hooks is not None and not hooks:
            _warn("sys.path_hooks is empty", ImportWarning)
        for hook in hooks:
            try:
                return hook(path)
            except ImportError:
                continue
        return None

    @classmethod
    def _path_importer_cache(cls, path):
        if path == "":
            try:
                path = os.getcwd()
            except FileNotFoundError:
                return None
        cache = _sys.path_importer_cache
        try:
            return cache[path]
        except KeyError:
            finder = cls._path_hooks(path)
            if finder is not _ZIP_NOT_READY:
                cache[path] = finder
            return finder

    @classmethod
    def _get_spec(cls, fullname, path, target=None):
        namespace_path = []
        for entry in path:
            if not isinstance(entry, str):
                continue
            finder = cls._path_importer_cache(entry)
            if finder is None:
                continue
            if hasattr(finder, "find_spec"):
                spec = finder.find_spec(fullname, target)
            else:
                spec = cls._legacy_get_spec(fullname, finder)
            if spec is None:
                continue
            if spec.loader is not None:
                return spec
            portions = spec.submodule_search_locations
            if portions is None:
                raise ImportError("spec missing loader")
            namespace_path.extend(portions)
        spec = ModuleSpec(fullname, None)
        spec.submodule_search_locations = namespace_path
        return spec

    @classmethod
    def _legacy_get_spec(cls, fullname, finder):
        if hasattr(finder, "find_loader"):
            loader, portions = finder.find_loader(fullname)
        else:
            loader, portions = finder.find_module(fullname), []
        if loader is not None:
            return spec_from_loader(fullname, loader)
        spec = ModuleSpec(fullname, None)
        spec.submodule_search_locations = portions
        return spec

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        if path is None:
            path = _sys.path
        spec = cls._get_spec(fullname, path, target)
        if spec is None:
            return None
        if spec.loader is None:
            namespace_path = spec.submodule_search_locations
            if not namespace_path:
                return None
            spec.origin = None
            spec.submodule_search_locations = _NamespacePath(fullname, namespace_path,
                                                             cls._get_spec)
        return spec

    @classmethod
    def find_module(cls, fullname, path=None):
        spec = cls.find_spec(fullname, path)
        return spec.loader if spec is not None else None

    @staticmethod
    def find_distributions(*args, **kwargs):
        """importlib.metadata's distributions, found by pvm's importlib.metadata."""
        metadata = _interp.import_module("importlib.metadata")
        return metadata.MetadataPathFinder.find_distributions(*args, **kwargs)


class _NamespacePath:
    """A namespace package's __path__, recomputed when its parent's path changes."""

    _epoch = 0

    def __init__(self, name, path, path_finder):
        self._name = name
        self._path = path
        self._last_parent_path = tuple(self._get_parent_path())
        self._last_epoch = self._epoch
        self._path_finder = path_finder

    def _find_parent_path_names(self):
        parent, dot, _ = self._name.rpartition(".")
        if dot == "":
            return "sys", "path"
        return parent, "__path__"

    def _get_parent_path(self):
        parent_name, attr = self._find_parent_path_names()
        return getattr(_sys.modules[parent_name], attr)

    def _recalculate(self):
        parent_path = tuple(self._get_parent_path())
        if parent_path != self._last_parent_path or self._epoch != self._last_epoch:
            spec = self._path_finder(self._name, parent_path)
            if spec is not None and spec.loader is None and spec.submodule_search_locations:
                self._path = spec.submodule_search_locations
            self._last_parent_path = parent_path
            self._last_epoch = self._epoch
        return self._path

    def __iter__(self):
        return iter(self._recalculate())

    def __getitem__(self, index):
        return self._recalculate()[index]

    def __setitem__(self, index, path):
        self._path[index] = path

    def __len__(self):
        return len(self._recalculate())

    def __repr__(self):
        return f"_NamespacePath({self._path!r})"

    def __contains__(self, item):
        return item in self._recalculate()

    def append(self, item):
        self._path.append(item)


class FileFinder:
    """Path entry finder for one directory (importlib's FileFinder), listing cached by mtime."""

    def __init__(self, path, *loader_details):
        loaders = []
        for loader, suffixes in loader_details:
            loaders.extend((suffix, loader) for suffix in suffixes)
        self._loaders = loaders
        if not path or path == ".":
            self.path = os.getcwd()
        elif not os.path.isabs(path):
            self.path = os.path.join(os.getcwd(), path)
        else:
            self.path = path
        self._path_mtime = -1
        self._path_cache = set()

    def invalidate_caches(self):
        self._path_mtime = -1

    def find_spec(self, fullname, target=None):
        tail = fullname.rpartition(".")[2]
        try:
            mtime = os.stat(self.path).st_mtime_ns
        except OSError:
            mtime = -1
        if mtime != self._path_mtime:
            self._fill_cache()
            self._path_mtime = mtime
        cache = self._path_cache
        is_namespace = False
        if tail in cache:
            base_path = os.path.join(self.path, tail)
            for suffix, loader_class in self._loaders:
                full_path = os.path.join(base_path, "__init__" + suffix)
                if os.path.isfile(full_path):
                    return self._get_spec(loader_class, fullname, full_path, [base_path])
            is_namespace = os.path.isdir(base_path)
        for suffix, loader_class in self._loaders:
            if tail + suffix in cache:
                full_path = os.path.join(self.path, tail + suffix)
                _verbose("trying {}", full_path, verbosity=2)
                if os.path.isfile(full_path):
                    return self._get_spec(loader_class, fullname, full_path, None)
        if is_namespace:
            _verbose("possible namespace for {}", base_path)
            spec = ModuleSpec(fullname, None)
            spec.submodule_search_locations = [base_path]
            return spec
        return None

    @staticmethod
    def _get_spec(loader_class, fullname, path, search_locations):
        if loader_class is ExtensionFileLoader and fullname in NOT_LENT:
            return None
        loader = loader_class(fullname, path)
        return spec_from_file_location(fullname, path, loader, search_locations)

    def _fill_cache(self):
        try:
            contents = os.listdir(self.path or os.getcwd())
        except (FileNotFoundError, PermissionError, NotADirectoryError):
            contents = []
        self._path_cache = set(contents)

    def find_loader(self, fullname):
        spec = self.find_spec(fullname)
        if spec is None:
            return None, []
        return spec.loader, spec.submodule_search_locations or []

    def find_module(self, fullname):
        return self.find_loader(fullname)[0]

    def iter_modules(self, prefix=""):
        """(name, ispkg) of the modules in this directory: the protocol pkgutil uses for
        path entry finders it does not know (pkgutil._iter_file_finder_modules)."""
        try:
            filenames = sorted(os.listdir(self.path))
        except OSError:
            return
        yielded = set()
        for filename in filenames:
            modname = _module_name(filename)
            if modname == "__init__" or modname in yielded:
                continue
            path = os.path.join(self.path, filename)
            ispkg = False
            if not modname and os.path.isdir(path) and "." not in filename:
                modname = filename
                try:
                    contents = os.listdir(path)
                except OSError:
                    contents = []
                if not any(_module_name(name) == "__init__" for name in contents):
                    continue
                ispkg = True
            if modname and "." not in modname:
                yielded.add(modname)
                yield prefix + modname, ispkg

    @classmethod
    def path_hook(cls, *loader_details):
        def path_hook_for_FileFinder(path):
            """Path hook for FileFinder."""
            if not os.path.isdir(path or os.getcwd()):     # '': the current directory
                raise ImportError("only directories are supported", path=path)
            return cls(path, *loader_details)
        return path_hook_for_FileFinder

    def __repr__(self):
        return f"FileFinder({self.path!r})"


def _module_name(filename):
    """inspect.getmodulename: the module name of a file name, or None."""
    for suffix in sorted(SOURCE_SUFFIXES + [".pyc"] + EXTENSION_SUFFIXES, key=len,
                         reverse=True):
        if filename.endswith(suffix):
            return filename[:-len(suffix)]
    return None


def spec_from_file_location(name, location, loader, search_locations=None):
    """A spec for a file found on disk, with origin and cached set."""
    spec = ModuleSpec(name, loader, origin=location)
    spec._set_fileattr = True
    if search_locations is not None:
        spec.submodule_search_locations = search_locations
    if isinstance(loader, SourceFileLoader):
        try:
            spec.cached = source_cache_path(location, _optimize())
        except (NotImplementedError, ValueError):
            spec.cached = None
    return spec


class _ZipNotReady:
    """The finder of a zip path entry met while pvm's zipimport is itself being loaded:
    it finds nothing and is not cached (CPython's zipimport is frozen and never meets
    itself; pvm compiles it from its source, which may sit behind that very entry)."""

    @staticmethod
    def find_spec(fullname, target=None):
        return None


_ZIP_NOT_READY = _ZipNotReady()
_zip_loading = []


def zipimport_hook(path):
    """sys.path_hooks entry for zip archives: pvm's zipimport, loaded on first need."""
    if not os.path.isfile(path) and not _in_zip(path):
        raise ImportError("not a zip file", path=path)
    if _zip_loading:
        return _ZIP_NOT_READY
    zipimport = _sys.modules.get("zipimport")
    if zipimport is None:
        _zip_loading.append(path)
        try:
            _interp.import_module("importlib")
            zipimport = _import_from_stdlib("zipimport")
        finally:
            _zip_loading.pop()
    return zipimport.zipimporter(path)


def _import_from_stdlib(name):
    """Import the standard library's module `name` whatever sys.path holds: CPython's
    zipimport is frozen, found even when sys.path names only archives."""
    with _get_module_lock(name):
        module = _sys.modules.get(name)
        if module is not None:
            return module
        path = os.path.join(os.path.dirname(os.__file__), name + ".py")
        if not os.path.isfile(path):
            return _interp.import_module(name)
        return load_spec(spec_from_file_location(name, path, SourceFileLoader(name, path)))


def _in_zip(path):
    """A path inside a zip archive (archive.zip/sub/dir)."""
    head = path
    while True:
        head, tail = os.path.split(head)
        if not tail or not head:
            return False
        if os.path.isfile(head):
            return True


zipimport_hook.__qualname__ = zipimport_hook.__name__ = "zipimporter"


# ---------------------------------------------------------------------------
# Loaders for files
# ---------------------------------------------------------------------------

class _FileLoader:
    """What SourceFileLoader and ExtensionFileLoader share (importlib's FileLoader)."""

    def __init__(self, fullname, path):
        self.name = fullname
        self.path = path

    def __eq__(self, other):
        return self.__class__ == other.__class__ and self.__dict__ == other.__dict__

    def __hash__(self):
        return hash(self.name) ^ hash(self.path)

    def _check_name(self, name):
        if name is None:
            name = self.name
        elif name != self.name:
            raise ImportError(f"loader for {self.name} cannot handle {name}", name=name)
        return name

    def get_filename(self, fullname=None):
        self._check_name(fullname)
        return self.path

    def get_data(self, path):
        with open(path, "rb") as f:
            return f.read()

    def get_resource_reader(self, module):
        readers = _interp.import_module("importlib.readers")
        return readers.FileReader(self)

    def load_module(self, fullname=None):
        fullname = self._check_name(fullname)
        modules = _sys.modules
        module = modules.get(fullname)
        spec = spec_from_file_location(
            fullname, self.path, self,
            [os.path.dirname(self.path)] if self.is_package(fullname) else None)
        if module is not None:
            init_module_attrs(spec, module, override=True)
            self.exec_module(module)
            return modules[fullname]
        return load_spec(spec)


class SourceFileLoader(_FileLoader):
    """Loads a module from Python source: compiled by pvm through the .pyc cache, run on pvm."""

    def create_module(self, spec):
        return None

    def exec_module(self, module):
        code = self.get_code(module.__name__)
        if code is None:
            raise ImportError(f"cannot load module {module.__name__!r} when "
                              "get_code() returns None")
        namespace = module.__dict__
        if "__builtins__" not in namespace:
            namespace["__builtins__"] = _interp.builtins.__dict__
        if module.__name__ == "site" and _interp.site_ran:
            from pvm.vm import boot
            boot.run_site_module(_interp, code, namespace, run_module_code)
            return
        run_module_code(code, namespace)

    def get_code(self, fullname):
        self._check_name(fullname)
        if _reads_source_itself(type(self)):
            # SourceLoader.get_code's protocol, for subclasses (import hooks) that
            # change where the source comes from or how it is compiled.
            path = self.get_filename(fullname)
            return self.source_to_code(self.get_data(path), path)
        code = load_source_code(self.path, _optimize(), not _sys.dont_write_bytecode)
        _verbose("code object from {!r}", self.path)
        return code

    def get_source(self, fullname):
        self._check_name(fullname)
        try:
            data = self.get_data(self.path)
        except OSError as exc:
            raise ImportError("source not available through get_data()",
                              name=fullname) from exc
        return decode_source(data)

    def is_package(self, fullname):
        filename = os.path.split(self.get_filename(fullname))[1]
        return filename.rsplit(".", 1)[0] == "__init__"

    def path_stats(self, path):
        st = os.stat(path)
        return {"mtime": st.st_mtime, "size": st.st_size}

    def source_to_code(self, data, path, *, _optimize=-1):
        return compile_for_loader(data, path)


    def set_data(self, path, data, *, _mode=0o666):
        """SourceFileLoader.set_data: write a file, making its parent directories."""
        os.makedirs(os.path.dirname(path) or ".", exist_ok=True)
        with open(path, "wb") as f:
            f.write(data)
        try:
            os.chmod(path, _mode & 0o777)
        except OSError:
            pass


def _reads_source_itself(cls):
    """Whether a SourceFileLoader subclass overrides how source is found, read or compiled."""
    if cls is SourceFileLoader:
        return False
    return any(getattr(cls, name) is not getattr(SourceFileLoader, name)
               for name in ("get_data", "source_to_code", "get_filename"))


class SourcelessFileLoader(_FileLoader):
    """Loads a module from a .pyc file with no source beside it (importlib's
    SourcelessFileLoader): pvm's own .pyc format, as `compileall`, `py_compile` and the
    cache write it. A CPython .pyc holds bytecode pvm cannot run: it fails the way a
    .pyc of another Python version fails in CPython (bad magic number)."""

    def create_module(self, spec):
        return None

    def exec_module(self, module):
        code = self.get_code(module.__name__)
        namespace = module.__dict__
        if "__builtins__" not in namespace:
            namespace["__builtins__"] = _interp.builtins.__dict__
        run_module_code(code, namespace)

    def get_code(self, fullname):
        fullname = self._check_name(fullname)
        path = self.get_filename(fullname)
        code = code_of_pyc(self.get_data(path), fullname, path)
        _verbose("code object from {!r}", path)
        return code

    def get_source(self, fullname):
        return None

    def is_package(self, fullname):
        filename = os.path.split(self.get_filename(fullname))[1]
        return filename.rsplit(".", 1)[0] == "__init__"


def code_of_pyc(data, fullname, path):
    """_classify_pyc and _compile_bytecode for the .pyc files pvm writes: its cache's
    format, or importlib's header (py_compile, compileall run on pvm) over the code that
    pvm's marshal wrote."""
    from pvm.bytecode import pyc
    magic = data[:4]
    if magic == pyc.MAGIC:
        if len(data) < pyc.HEADER_SIZE:
            raise EOFError(f"reached EOF while reading pyc header of {fullname!r}")
        try:
            return pyc.read_pyc(data)[1]
        except (pyc.PycError, ValueError, EOFError) as exc:
            raise ImportError(f"bad pyc data in {fullname!r}: {exc}", name=fullname,
                              path=path) from None
    if magic != _cpython_magic():
        raise ImportError(f"bad magic number in {fullname!r}: {magic!r}", name=fullname,
                          path=path)
    if len(data) < 16:
        raise EOFError(f"reached EOF while reading pyc header of {fullname!r}")
    if len(data) == 16:
        raise EOFError("EOF read where object expected")    # marshal's, on no data
    try:
        code = _OVERLAYS["marshal"]().loads(data[16:])
    except (ValueError, EOFError, TypeError):
        code = None
    if type(code) is not _code_type():
        raise ImportError(f"{path!r} holds CPython's bytecode, which pvm cannot run",
                          name=fullname, path=path)
    return code


def _code_type():
    from pvm.bytecode.code import Code
    return Code


def _cpython_magic():
    """importlib's MAGIC_NUMBER, the header py_compile writes."""
    from importlib.util import MAGIC_NUMBER
    return MAGIC_NUMBER


class ExtensionFileLoader(_FileLoader):
    """Loads a C extension module: the host loads it, as CPython loads its extensions."""

    def create_module(self, spec):
        host = _host_sys.modules.get(spec.name)
        if host is not None and getattr(host, "__file__", None) == self.path:
            share_host_views(spec.name)
            return host
        with program_modules_for_init(spec.name):
            module = _host_imp.create_dynamic(spec)
        _verbose("extension module {!r} loaded from {!r}", spec.name, self.path)
        _host_sys.modules.setdefault(spec.name, module)
        share_host_views(spec.name)
        return module

    def exec_module(self, module):
        with program_modules_for_init(module.__name__):
            _host_imp.exec_dynamic(module)

    def is_package(self, fullname):
        filename = os.path.split(self.path)[1]
        return any(filename == "__init__" + suffix for suffix in EXTENSION_SUFFIXES)

    def get_code(self, fullname):
        return None

    def get_source(self, fullname):
        return None


class NamespaceLoader:
    """Loader of namespace packages (directories without __init__.py)."""

    def __init__(self, name, path, path_finder):
        self._path = _NamespacePath(name, path, path_finder)

    def is_package(self, fullname):
        return True

    def get_source(self, fullname):
        return ""

    def get_code(self, fullname):
        return compile_for_loader("", "<string>")

    def create_module(self, spec):
        return None

    def exec_module(self, module):
        pass

    def load_module(self, fullname):
        spec = ModuleSpec(fullname, self, is_package=True)
        spec.submodule_search_locations = self._path
        return load_spec(spec)

    def get_resource_reader(self, module):
        readers = _interp.import_module("importlib.readers")
        return readers.NamespaceReader(self._path)

    @staticmethod
    def module_repr(module):
        """Deprecated in 3.11 (the import machinery makes the repr itself)."""
        _warn("NamespaceLoader.module_repr() is deprecated and slated for removal in "
              "Python 3.12", DeprecationWarning)
        return f"<module {module.__name__!r} (namespace)>"


for _cls in (BuiltinImporter,):
    _cls.__module__ = "_frozen_importlib"
for _cls in (PathFinder, FileFinder, SourceFileLoader, SourcelessFileLoader,
             ExtensionFileLoader, NamespaceLoader, _NamespacePath):
    _cls.__module__ = "_frozen_importlib_external"
del _cls


# The classes share_machinery gives importlib's modules, by module.
MACHINERY_NAMES = {
    "importlib._bootstrap": ("BuiltinImporter", "ModuleSpec"),
    "importlib._bootstrap_external": ("PathFinder", "FileFinder", "SourceFileLoader",
                                      "SourcelessFileLoader", "ExtensionFileLoader",
                                      "NamespaceLoader", "_NamespacePath"),
}


def decode_source(data):
    """importlib.util.decode_source: bytes -> str by the coding cookie, universal newlines."""
    from pvm.source import decode_source as decode
    text = decode(data)
    return text.replace("\r\n", "\n").replace("\r", "\n")


def file_finder_hook():
    """The FileFinder path hook with pvm's loaders, in CPython's order."""
    return FileFinder.path_hook((ExtensionFileLoader, EXTENSION_SUFFIXES),
                                (SourceFileLoader, SOURCE_SUFFIXES),
                                (SourcelessFileLoader, BYTECODE_SUFFIXES))
