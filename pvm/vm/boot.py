"""Making a pvm interpreter: its sys, builtins, sys.modules, sys.path and site setup.

VM stage (runtime). `Config` is what the command line and environment decided (the
fields of sys.flags and a few more); `new_interpreter(config)` builds the interpreter
CPython's start-up would (Python/pylifecycle.c, Modules/getpath.py, Lib/site.py):

  1. pvm's `sys` and `builtins` modules (sysmodule.py, builtins_module.py), and the
     VM's default builtins (`state.default_builtins`);
  2. `sys.modules` with the modules CPython has at start-up that cost nothing here;
  3. `sys.meta_path`, `sys.path_hooks` and `sys.path`: the script's directory or '',
     PYTHONPATH, the host's standard library directories;
  4. what site.py does unless -S: site-packages directories (user site unless -s),
     their .pth path lines, exit/quit/help/copyright/credits/license, sitecustomize
     and usercustomize. Import lines of .pth files are NOT run: they set up tools of
     the host environment (editable-install finders, distutils shims) and would
     compile and run their modules at every start-up (see docs/runtime.md).

One interpreter is current at a time (`current()`), as CPython's main interpreter.
"""

import os
import sys as _host_sys
import types

from pvm.vm import state


class Config:
    """What the command line and the environment asked of the interpreter."""

    def __init__(self, **kwargs):
        # sys.flags, with python3's defaults.
        self.debug = 0
        self.inspect = 0
        self.interactive = 0
        self.optimize = 0
        self.dont_write_bytecode = 0
        self.no_user_site = 0
        self.no_site = 0
        self.ignore_environment = 0
        self.verbose = 0
        self.bytes_warning = 0
        self.quiet = 0
        self.hash_randomization = _host_sys.flags.hash_randomization
        self.isolated = 0
        self.dev_mode = False
        self.utf8_mode = _host_sys.flags.utf8_mode
        self.warn_default_encoding = 0
        self.safe_path = False
        self.int_max_str_digits = _host_sys.flags.int_max_str_digits
        # The rest of the interpreter's configuration.
        self.argv = [""]
        self.orig_argv = ["pvm"]
        self.executable = _host_sys.executable
        self.pycache_prefix = None
        self.warnoptions = []
        self.xoptions = {}
        self.pythonpath = []          # PYTHONPATH entries (already absolute)
        self.path0 = None             # sys.path[0] for the program, or None
        self.path0_is_importer = False  # path0 is a directory or zip run as the program:
                                        # first on sys.path even under -P/-I
        self.unbuffered = False
        self.pvmdebug = False
        self.skip_first_line = False
        self.code_debug_ranges = True  # False under -X no_debug_ranges / PYTHONNODEBUGRANGES
        for key, value in kwargs.items():
            if not hasattr(self, key):
                raise TypeError(f"Config has no field {key!r}")
            setattr(self, key, value)


class Interpreter:
    """One pvm interpreter: its sys, builtins and configuration."""

    def __init__(self, config):
        self.config = config
        self.sys = None
        self.builtins = None
        self.site_ran = False       # site's work done at start-up (run_site)

    @property
    def modules(self):
        return self.sys.modules

    def import_module(self, name):
        """Import `name` through pvm's import system (importlib.import_module)."""
        from pvm.vm import imports
        return imports.import_module(name)

    def warn(self, message, category, stacklevel=1):
        """PyErr_WarnEx for the runtime: a warning at the running pvm frame (stacklevel 1),
        through the program's _warnings (the runtime adds no pvm frame of its own)."""
        from pvm.vm import imports
        imports.builtin_module("_warnings").warn(message, category, stacklevel)

    def main_module(self):
        return self.sys.modules["__main__"]


# ---------------------------------------------------------------------------
# Shutdown: finalize_modules
# ---------------------------------------------------------------------------

# sys attributes set to None first (finalize_modules_delete_special): common hiding places
# of program values whose destructors should run while the modules are intact.
_SYS_DELETES = ("path", "argv", "ps1", "ps2", "last_type", "last_value", "last_traceback",
                "path_hooks", "path_importer_cache", "meta_path", "__interactivehook__")


def finalize_modules(interp):
    """CPython's finalize_modules (Python/pylifecycle.c), run after the program's atexit
    callbacks: empty sys.modules and collect, so that objects of unreachable modules are
    finalized with everything intact; then wipe the modules still alive, most recently
    imported first, so that their globals' destructors run before sys and builtins go.

    Only pvm's own modules are wiped: host-lent modules are shared with the host. Wiping
    is skipped while other threads still run (CPython stops daemon threads at this point;
    pvm cannot, and they would meet wiped globals)."""
    import gc
    sys_dict = interp.sys.__dict__
    # Decided before anything is freed: a thread still running now (a daemon thread
    # finishing its last lines) may hold frames that keep the program's objects alive
    # through the collection below and let them go only once modules are wiped.
    wipe = _only_thread()
    from pvm.vm import sysmodule
    sysmodule._finalizing[0] = True
    try:
        interp.builtins.__dict__["_"] = None
        for name in _SYS_DELETES:
            sys_dict[name] = None
        for name in ("stdin", "stdout", "stderr"):
            setattr(interp.sys, name, sys_dict.get(f"__{name}__"))
        weaklist = _remove_modules(interp.sys.modules)
        interp.sys.modules.clear()
        builtins_dict = interp.builtins.__dict__
        builtins_dict.clear()
        builtins_dict.update(interp.builtins_copy)
        gc.collect()
        if wipe and _only_thread():
            for module in _alive_modules(weaklist, interp):
                _clear_module_dict(module.__dict__)
        gc.collect()
    except BaseException as exc:
        from pvm.vm import display
        display.internal_error(exc, interp.config.pvmdebug)


def _remove_modules(modules):
    """finalize_remove_modules: weak references to the modules, each entry set to None."""
    import weakref
    weaklist = []
    for name, module in list(modules.items()):
        if isinstance(module, types.ModuleType):
            try:
                weaklist.append(weakref.ref(module))
            except TypeError:
                pass
            modules[name] = None
    return weaklist


def _alive_modules(weaklist, interp):
    """The modules of pvm's own still alive, most recently imported first."""
    from pvm.vm.sysmodule import SysModule
    for ref in reversed(weaklist):
        module = ref()
        if (type(module) is SysModule and module is not interp.sys
                and module is not interp.builtins):
            yield module


def _clear_module_dict(d):
    """_PyModule_ClearDict: names with one leading underscore first, then the others,
    each set to None; __builtins__ stays."""
    for single in (True, False):
        for key in list(d):
            if not isinstance(key, str) or key == "__builtins__":
                continue
            if single != (key.startswith("_") and not key.startswith("__")):
                continue
            try:
                d[key] = None
            except Exception:
                pass


def _only_thread():
    import _thread
    return _thread._count() == 0


_current = None


def current():
    """The current interpreter (a default one is made on first use)."""
    if _current is None:
        new_interpreter(Config())
    return _current


def current_or_none():
    return _current


def new_interpreter(config):
    """Build an interpreter for `config` and make it the current one."""
    global _current
    from pvm.vm import builtins_module, imports, sysmodule
    from importlib.machinery import ModuleSpec

    interp = Interpreter(config)
    importer = imports.BuiltinImporter
    interp.sys = sysmodule.make_sys(config, importer)
    interp.builtins = builtins_module.make_builtins(
        config, imports.import_module_level, importer,
        ModuleSpec("builtins", importer, origin="built-in"))
    _current = interp
    imports.reset_overlays()
    imports.activate(interp)
    state.default_builtins = interp.builtins.__dict__
    state.sys_module = interp.sys
    _configure_cache(config)
    _set_module_attrs(interp, importer, ModuleSpec)
    interp.builtins_copy = dict(interp.builtins.__dict__)
    _init_modules(interp)
    _init_import_hooks(interp)
    interp.sys.path[:] = compute_sys_path(config)
    if not config.no_site:
        run_site(interp)
    return interp


def _configure_cache(config):
    """The compiler's cache follows sys.dont_write_bytecode (passed per import) and falls
    back to the per-user cache folder when __pycache__ cannot be written."""
    import pvm.compiler
    from pvm.compiler import cache
    pvm.compiler.default_optimize = config.optimize
    cache.dont_write_bytecode = False
    if user_cache_path not in cache.extra_cache_dirs:
        cache.extra_cache_dirs.append(user_cache_path)


def user_cache_dir():
    """$XDG_CACHE_HOME/pvm or ~/.cache/pvm: pvm's per-user folder."""
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return os.path.join(base, "pvm")


def user_cache_path(source_path, optimize=0):
    """The per-user cache file of a source: the source's absolute path mirrored under
    ~/.cache/pvm/pycache (as PYTHONPYCACHEPREFIX lays files out)."""
    from pvm.compiler import cache
    source_path = os.path.abspath(os.fspath(source_path))
    head, tail = os.path.split(cache.cache_path(source_path, optimize))
    head = os.path.dirname(head)        # drop __pycache__
    return os.path.join(user_cache_dir(), "pycache", head.lstrip(os.sep), tail)


def _set_module_attrs(interp, importer, ModuleSpec):
    d = interp.sys.__dict__
    d["__spec__"] = ModuleSpec("sys", importer, origin="built-in")
    d["__package__"] = ""


def _init_modules(interp):
    """sys.modules as start-up leaves it: the cheap modules CPython always has."""
    from pvm.vm import imports
    modules = interp.sys.modules
    modules["sys"] = interp.sys
    modules["builtins"] = interp.builtins
    # These are built-in modules CPython imports while starting; importlib's bootstrap,
    # when pvm compiles it, expects _thread, _warnings and _weakref already present.
    for name in ("_imp", "_thread", "_warnings", "_weakref", "_io", "marshal", "posix",
                 "_signal", "time", "_abc", "_codecs", "_stat", "_collections",
                 "_functools", "_operator", "itertools", "errno"):
        module = imports.builtin_module(name)
        modules[name] = module
    modules["__main__"] = make_main_module(interp)


def make_main_module(interp):
    """The empty __main__ module start-up creates (before the program fills it)."""
    from pvm.vm import imports
    from pvm.vm.sysmodule import new_module
    main = new_module("__main__")
    d = main.__dict__
    d["__loader__"] = imports.BuiltinImporter
    d["__annotations__"] = {}
    d["__builtins__"] = interp.builtins
    return main


def _init_import_hooks(interp):
    from pvm.vm import imports
    sys = interp.sys
    sys.meta_path[:] = [imports.BuiltinImporter, imports.PathFinder]
    sys.path_hooks[:] = [imports.zipimport_hook, imports.file_finder_hook()]


# ---------------------------------------------------------------------------
# sys.path (Modules/getpath.py's result, without the host's own additions)
# ---------------------------------------------------------------------------

def stdlib_paths():
    """The standard library entries of the host's sys.path: the zip, Lib, lib-dynload."""
    stdlib = os.path.dirname(os.__file__)
    zip_name = "python%d%d.zip" % _host_sys.version_info[:2]
    out = []
    for entry in _host_sys.path:
        if not isinstance(entry, str):
            continue
        if entry == stdlib or entry.endswith(os.sep + zip_name) or \
                os.path.basename(entry) == "lib-dynload":
            if entry not in out:
                out.append(entry)
    if stdlib not in out:
        out.append(stdlib)
    return out


def compute_sys_path(config):
    path = []
    if config.path0 is not None and (not config.safe_path or config.path0_is_importer):
        path.append(config.path0)
    if not config.ignore_environment:
        path.extend(config.pythonpath)
    path.extend(stdlib_paths())
    return path


def pythonpath_from_environ(environ):
    """PYTHONPATH as CPython reads it: entries made absolute, empty ones kept as cwd."""
    value = environ.get("PYTHONPATH")
    if not value:
        return []
    cwd = os.getcwd()
    out = []
    for entry in value.split(os.pathsep):
        out.append(os.path.join(cwd, entry) if entry and not os.path.isabs(entry)
                   else (entry or cwd))
    return out


# ---------------------------------------------------------------------------
# site.py, done natively (its effects, not its module)
# ---------------------------------------------------------------------------

def user_site_enabled(config):
    """site.check_enableusersite for the interpreter's flags."""
    if config.no_user_site or config.isolated:
        return False
    if not config.ignore_environment and os.environ.get("PYTHONNOUSERSITE"):
        return False
    if hasattr(os, "getuid") and os.geteuid() != os.getuid():
        return False
    if hasattr(os, "getgid") and os.getegid() != os.getgid():
        return False
    # The host interpreter's venv is pvm's (sys.prefix comes from it too); config.executable
    # may be pvm's launcher, which lives outside any venv.
    return venv_system_site(_host_sys.executable) is not False


def venv_system_site(executable):
    """site.venv's reading of pyvenv.cfg (beside the executable or one folder up): None
    outside a virtual environment, else whether it includes the system site-packages.
    A venv without them turns the user site off too."""
    exe_dir = os.path.dirname(os.path.abspath(executable))
    for folder in (exe_dir, os.path.dirname(exe_dir)):
        conf = os.path.join(folder, "pyvenv.cfg")
        if os.path.isfile(conf):
            return _pyvenv_value(conf, "include-system-site-packages") == "true"
    return None


def _pyvenv_value(conf, wanted, default="true"):
    """The last `wanted = value` line of a pyvenv.cfg, lower-cased (site.venv's default
    for include-system-site-packages is "true")."""
    found = default
    try:
        with open(conf, encoding="utf-8") as f:
            for line in f:
                key, sep, value = line.partition("=")
                if sep and key.strip().lower() == wanted:
                    found = value.strip().lower()
    except OSError:
        pass
    return found


def site_directories(config):
    """The site-packages directories site.py would add, user site first."""
    import site
    dirs = []
    if user_site_enabled(config):
        dirs.append(site.getusersitepackages())
    dirs.extend(site.getsitepackages())
    return dirs


def run_site(interp):
    """What `import site` does at start-up, without running site.py on the VM."""
    from pvm.vm import builtins_module
    config = interp.config
    sys = interp.sys
    known = {_norm(p) for p in sys.path}
    for sitedir in site_directories(config):
        if os.path.isdir(sitedir):
            _add_sitedir(sys.path, sitedir, known)
    interp.builtins.__dict__.update(builtins_module.site_builtins())
    interp.site_ran = True
    sys.__interactivehook__ = _interactive_hook
    _run_customize(interp, "sitecustomize")
    if user_site_enabled(config):
        _run_customize(interp, "usercustomize")


def run_site_module(interp, code, namespace, run):
    """`import site` after start-up: CPython's site module is already imported then, so
    its main() does not run again. Run site.py's body as under -S, then give it the
    state main() would have left (ENABLE_USER_SITE, PREFIXES after venv())."""
    import site as host_site
    from pvm.vm import sysmodule
    sys = interp.sys
    saved = sys.flags
    sys.flags = sysmodule.make_flags(interp.config, no_site=1)
    try:
        run(code, namespace)
    finally:
        sys.flags = saved
    namespace["ENABLE_USER_SITE"] = user_site_enabled(interp.config)
    namespace["PREFIXES"] = list(host_site.PREFIXES)


def _norm(path):
    return os.path.normcase(os.path.abspath(path))


def _add_sitedir(path, sitedir, known):
    """site.addsitedir: the directory, then the path lines of its .pth files."""
    if _norm(sitedir) not in known:
        path.append(sitedir)
        known.add(_norm(sitedir))
    try:
        names = sorted(n for n in os.listdir(sitedir)
                       if n.endswith(".pth") and not n.startswith("."))
    except OSError:
        return
    for name in names:
        _add_pth_paths(path, sitedir, name, known)


def _add_pth_paths(path, sitedir, name, known):
    try:
        with open(os.path.join(sitedir, name), encoding="locale") as f:
            lines = f.read().splitlines()
    except (OSError, UnicodeDecodeError):
        return
    for line in lines:
        if not line.strip() or line.startswith("#"):
            continue
        if line.startswith(("import ", "import\t")):
            continue
        directory = os.path.join(sitedir, line.rstrip())
        if _norm(directory) not in known and os.path.exists(directory):
            path.append(os.path.abspath(directory))
            known.add(_norm(directory))


def _run_customize(interp, name):
    """site.execsitecustomize / execusercustomize on pvm."""
    try:
        interp.import_module(name)
    except ImportError as exc:
        if exc.name == name:
            return
        _report_customize_error(name, exc)
    except Exception as exc:
        _report_customize_error(name, exc)


def _report_customize_error(name, exc):
    if current().config.verbose:
        from pvm.vm import display
        display.print_exception(exc)
    else:
        _host_sys.stderr.write(f"Error in {name}; set PYTHONVERBOSE for traceback:\n"
                               f"{type(exc).__name__}: {exc}\n")


def _interactive_hook():
    """sys.__interactivehook__ as site.py sets it: readline completion and history."""
    interp = current()
    try:
        readline = interp.import_module("readline")
    except ImportError:
        return
    readline.set_completer(_lazy_completer(interp, readline))
    readline_doc = getattr(readline, "__doc__", "") or ""
    if "libedit" in readline_doc:
        readline.parse_and_bind("bind ^I rl_complete")
    else:
        readline.parse_and_bind("tab: complete")
    try:
        readline.read_init_file()
    except OSError:
        pass
    if readline.get_current_history_length() == 0:
        history = os.path.join(os.path.expanduser("~"), ".python_history")
        try:
            readline.read_history_file(history)
        except OSError:
            pass

        def write_history():
            try:
                readline.write_history_file(history)
            except OSError:
                pass

        import atexit
        atexit.register(write_history)


def _lazy_completer(interp, readline):
    """A completer that imports rlcompleter (and inspect with it) on the first TAB:
    site.py imports it at once, which on pvm would compile a dozen modules before the
    first prompt. rlcompleter's import installs its own completer, used from then on."""
    def complete(text, state):
        if readline.get_completer() is complete:
            try:
                interp.import_module("rlcompleter")
            except ImportError:
                return None
        completer = readline.get_completer()
        if completer is complete or completer is None:
            return None
        return completer(text, state)
    return complete


_interactive_hook.__qualname__ = _interactive_hook.__name__ = "register_readline"
_interactive_hook.__module__ = "site"


# ---------------------------------------------------------------------------
# The host process around a program
# ---------------------------------------------------------------------------

MAIN_STACK_BYTES = 1 << 30


def grow_main_stack():
    """Raise the main thread's C stack limit so host <-> pvm recursion cannot crash.

    Linux grows the main thread's stack on demand up to RLIMIT_STACK, read at fault
    time, so raising the soft limit now is enough. Returns the stack size obtained.
    """
    try:
        import resource
    except ImportError:
        return 8 << 20
    soft, hard = resource.getrlimit(resource.RLIMIT_STACK)
    want = MAIN_STACK_BYTES
    if hard != resource.RLIM_INFINITY:
        want = min(want, hard)
    if soft == resource.RLIM_INFINITY or soft >= want:
        return want if soft == resource.RLIM_INFINITY else soft
    try:
        resource.setrlimit(resource.RLIMIT_STACK, (want, hard))
    except (ValueError, OSError):
        return soft
    return want


THREAD_STACK_BYTES = 256 << 20


_host_saved = []


def prepare_host(config):
    """Host settings for running a program: big stacks, the unraisable hook, warnings.

    They change the host process for good (the `pvm` command owns it); code that runs
    pvm in a process of its own undoes them with `restore_host()`."""
    from pvm.vm import display
    if not _host_saved:
        _host_saved.append(_save_host())
    size = grow_main_stack()
    try:
        import threading
        threading.stack_size(THREAD_STACK_BYTES)
        size = min(size, THREAD_STACK_BYTES)
    except (ValueError, RuntimeError):
        size = min(size, 8 << 20)
    state.set_host_stack_size(size)
    _host_sys.unraisablehook = display.unraisablehook
    _reroute_host_warnings()
    _route_compiler_warnings()
    interp_sys = _current.sys if _current is not None else None
    if interp_sys is not None:
        interp_sys.__dict__["__unraisablehook__"] = display.unraisablehook


_PVM_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__))) + os.sep


# A host warnings filter: C code's warnings whose frame is one of pvm's own modules (the
# loop that called it for the program) are always shown, that is re-issued to the program.
_HOST_FILTER = ("always", None, Warning, __import__("re").compile(r"pvm\."), 0)


def _reroute_host_warnings():
    """Warnings that host C code raises for a pvm program (the host places them in pvm's
    own loop) are re-issued through pvm's _warnings at the running pvm frame, so they
    carry the program's file and line and obey the program's filters."""
    import warnings as host_warnings
    # The host's filters (not the program's) decide first whether to show a warning that
    # C code raises: let every one raised inside pvm's own modules through to be re-issued.
    if _HOST_FILTER not in host_warnings.filters:
        host_warnings.filters.insert(0, _HOST_FILTER)
        host_warnings._filters_mutated()
    original = host_warnings._showwarnmsg
    if getattr(original, "_pvm_reroute", False):
        return

    def showwarnmsg(msg):
        filename = getattr(msg, "filename", "") or ""
        # With no pvm frame running (the program's last objects finalized at exit), the
        # warning gets the context CPython gives one raised with no Python frame: sys:1.
        if filename.startswith(_PVM_DIR) and _current is not None:
            from pvm.vm import imports
            overlay = imports.builtin_module("_warnings")
            overlay.warn(msg.message, msg.category, 1, msg.source)
            return
        original(msg)

    showwarnmsg._pvm_reroute = True
    host_warnings._showwarnmsg = showwarnmsg


def _route_compiler_warnings():
    """Compile-time warnings (SyntaxWarning, DeprecationWarning for invalid escapes) go
    through the program's warnings machinery, as PyErr_WarnExplicitObject does in
    CPython: codegen's hook, and the host's warnings.warn_explicit when pvm's own
    lexer or parser calls it."""
    import warnings as host_warnings
    from pvm.compiler import codegen

    def program_warn_explicit(message, category, filename, lineno):
        from pvm.vm import imports
        overlay = imports.builtin_module("_warnings")
        overlay.warn_explicit(message, category, filename, lineno)

    codegen.warn_explicit = program_warn_explicit
    original = host_warnings.warn_explicit
    if getattr(original, "_pvm_route", False):
        return

    def warn_explicit(message, category, filename, lineno, *args, **kwargs):
        caller = _host_sys._getframe(1).f_globals.get("__name__", "")
        if _current is not None and caller.startswith("pvm.") and not args and not kwargs:
            return program_warn_explicit(message, category, filename, lineno)
        return original(message, category, filename, lineno, *args, **kwargs)

    warn_explicit._pvm_route = True
    host_warnings.warn_explicit = warn_explicit


def _save_host():
    import threading
    import warnings as host_warnings
    from pvm.compiler import codegen
    return (_host_sys.unraisablehook, host_warnings._showwarnmsg, host_warnings.warn_explicit,
            codegen.warn_explicit, threading.stack_size(), _host_sys.getrecursionlimit(),
            state.host_stack_size)


def restore_host():
    """Undo prepare_host (for tests and embedders that run pvm inside their process)."""
    if not _host_saved:
        return
    import threading
    import warnings as host_warnings
    from pvm.compiler import codegen
    (_host_sys.unraisablehook, host_warnings._showwarnmsg, host_warnings.warn_explicit,
     codegen.warn_explicit, stack_size, limit, host_stack) = _host_saved.pop()
    threading.stack_size(stack_size)
    state.host_stack_size = host_stack
    _host_sys.setrecursionlimit(limit)
    from pvm.vm import imports
    imports.restore_host_views()
    import atexit
    atexit.unregister(finalize_modules)
    while _HOST_FILTER in host_warnings.filters:
        host_warnings.filters.remove(_HOST_FILTER)
    host_warnings._filters_mutated()
