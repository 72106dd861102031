"""`pvm -m MODULE` and `pvm DIRECTORY`: runpy's _run_module_as_main, done natively.

VM stage (runtime). Mirrors Lib/runpy.py (_run_module_as_main, _get_module_details,
_get_main_module_details, _run_code) with pvm's import system, so `-m` starts without
compiling runpy and importlib on the VM. Messages and exit statuses are runpy's:
"<sys.executable>: No module named x" and status 1, packages run their __main__
submodule, "Cannot use package as __main__ module", namespace packages refused.
"""

from pvm.vm import imports


class _Error(Exception):
    """runpy._Error: a problem finding or preparing the module to run."""


def run_module_as_main(interp, mod_name, alter_argv=True):
    """runpy._run_module_as_main: run `mod_name` as the __main__ module."""
    sys = interp.sys
    try:
        if alter_argv or mod_name != "__main__":
            mod_name, spec, code = _get_module_details(mod_name, _Error)
        else:
            mod_name, spec, code = _get_main_module_details(interp, _Error)
    except _Error as exc:
        raise SystemExit(f"{sys.executable}: {exc}") from None
    main_globals = sys.modules["__main__"].__dict__
    if alter_argv:
        sys.argv[0] = spec.origin
    return run_code(code, main_globals, "__main__", spec)


def run_code(code, run_globals, mod_name, mod_spec):
    """runpy._run_code: set the module attributes, then exec the code in them."""
    loader = mod_spec.loader
    run_globals.update(__name__=mod_name, __file__=mod_spec.origin, __cached__=mod_spec.cached,
                       __doc__=None, __loader__=loader, __package__=mod_spec.parent,
                       __spec__=mod_spec)
    from pvm.vm.interp import run_code as vm_run_code
    vm_run_code(code, run_globals)
    return run_globals


def find_spec(name):
    """importlib.util.find_spec for an absolute name."""
    modules = imports._sys.modules
    if name not in modules:
        parent_name = name.rpartition(".")[0]
        parent_path = None
        if parent_name:
            parent = imports.import_module_level(parent_name, None, None, ["__path__"], 0)
            try:
                parent_path = parent.__path__
            except AttributeError as exc:
                raise ModuleNotFoundError(f"__path__ attribute not found on {parent_name!r} "
                                          f"while trying to find {name!r}", name=name) from exc
        return imports.find_spec(name, parent_path)
    module = modules[name]
    if module is None:
        return None
    try:
        spec = module.__spec__
    except AttributeError:
        raise ValueError(f"{name}.__spec__ is not set") from None
    if spec is None:
        raise ValueError(f"{name}.__spec__ is None")
    return spec


def _get_module_details(mod_name, error=ImportError):
    modules = imports._sys.modules
    if mod_name.startswith("."):
        raise error("Relative module names not supported")
    pkg_name = mod_name.rpartition(".")[0]
    if pkg_name:
        try:
            imports.import_module_level(pkg_name)
        except ImportError as exc:
            # A missing ancestor is reported by find_spec below; other errors are real.
            if exc.name is None or (exc.name != pkg_name
                                    and not pkg_name.startswith(exc.name + ".")):
                raise
        existing = modules.get(mod_name)
        if existing is not None and not hasattr(existing, "__path__"):
            imports._warn(RuntimeWarning(
                f"{mod_name!r} found in sys.modules after import of package {pkg_name!r}, "
                f"but prior to execution of {mod_name!r}; this may result in "
                "unpredictable behaviour"), None)
    try:
        spec = find_spec(mod_name)
    except (ImportError, AttributeError, TypeError, ValueError) as exc:
        message = "Error while finding module specification for {!r} ({}: {})"
        if mod_name.endswith(".py"):
            message += (f". Try using '{mod_name[:-3]}' instead of "
                        f"'{mod_name}' as the module name.")
        raise error(message.format(mod_name, type(exc).__name__, exc)) from exc
    if spec is None:
        raise error(f"No module named {mod_name}")
    if spec.submodule_search_locations is not None:
        if mod_name == "__main__" or mod_name.endswith(".__main__"):
            raise error("Cannot use package as __main__ module")
        try:
            return _get_module_details(mod_name + ".__main__", error)
        except error as exc:
            if mod_name not in modules:
                raise
            raise error(f"{exc}; {mod_name!r} is a package and cannot be directly "
                        "executed") from None
    loader = spec.loader
    if loader is None:
        raise error(f"{mod_name!r} is a namespace package and cannot be executed")
    try:
        code = loader.get_code(mod_name)
    except ImportError as exc:
        raise error(format(exc)) from exc
    if code is None:
        raise error(f"No code object available for {mod_name}")
    return mod_name, spec, code


def _get_main_module_details(interp, error):
    modules = interp.sys.modules
    saved_main = modules["__main__"]
    del modules["__main__"]
    try:
        return _get_module_details("__main__")
    except ImportError as exc:
        if "__main__" in str(exc):
            raise error(f"can't find '__main__' module in {interp.sys.path[0]!r}") from exc
        raise
    finally:
        modules["__main__"] = saved_main
