"""pvm's `_warnings`: CPython's C warnings machinery (Python/_warnings.c), over pvm frames.

VM stage (runtime). In CPython, `warnings.warn` is the C function of `_warnings` and
adds no frame to a traceback; `-W error` turns a warning into an exception raised
right at the caller. The host's `_warnings` would look at the host's frames (pvm's
loop), so pvm lends this module instead: the same functions and shared state
(`filters`, `_defaultaction`, `_onceregistry`, `_filters_mutated`), with
`stacklevel` walking pvm frames (state.current_frame). warnings.py, compiled by pvm,
imports these names exactly as it imports CPython's C module.
"""

import operator
import sys as _host_sys
import types

from pvm.vm import state


class _State:
    def __init__(self):
        self.filters = []
        self.once_registry = {}
        self.default_action = "default"
        self.filters_version = 0


def make_module(interp):
    """A fresh `_warnings` module for `interp` (its sys.modules['warnings'] is consulted)."""
    st = _State()
    st.filters[:] = _default_filters(interp.config)
    module = types.ModuleType("_warnings", "_warnings provides basic warning filtering "
                              "support.\nIt is a helper module to speed up interpreter "
                              "start-up.")

    def warnings_attr(name, try_import=False):
        warnings = interp.sys.modules.get("warnings")
        if warnings is None and try_import:
            try:
                warnings = interp.import_module("warnings")
            except ImportError:
                return None
        if warnings is None:
            return None
        return getattr(warnings, name, None)

    def get_filters():
        filters = warnings_attr("filters")
        if filters is not None:
            st.filters = filters
        if not isinstance(st.filters, list):
            raise ValueError("_warnings.filters must be a list")
        return st.filters

    def get_default_action():
        action = warnings_attr("defaultaction")
        if action is not None:
            if not isinstance(action, str):
                raise TypeError("_warnings.defaultaction must be a string, not "
                                f"'{type(action).__name__}'")
            st.default_action = action
        return st.default_action

    def get_once_registry():
        registry = warnings_attr("onceregistry")
        if registry is not None:
            if not isinstance(registry, dict):
                raise TypeError("_warnings.onceregistry must be a dict, not "
                                f"'{type(registry).__name__}'")
            st.once_registry = registry
        return st.once_registry

    def get_filter(category, text, lineno, module_name):
        filters = get_filters()
        i = 0
        while i < len(filters):
            item = filters[i]
            i += 1
            if type(item) is not tuple or len(item) != 5:
                raise ValueError(f"_warnings.filters item {i - 1} isn't a 5-tuple")
            action, msg, cat, mod, ln = item
            if not isinstance(action, str):
                raise TypeError(f"action must be a string, not '{type(action).__name__}'")
            if _matches(msg, text) and issubclass(category, cat) and \
                    _matches(mod, module_name) and (ln == 0 or lineno == ln):
                return action, item
        return get_default_action(), None

    def already_warned(registry, key, should_set):
        version = registry.get("version")
        if type(version) is not int or version != st.filters_version:
            registry.clear()
            registry["version"] = st.filters_version
        else:
            found = registry.get(key)
            if found:
                return True
        if should_set:
            registry[key] = True
        return False

    def warn_explicit_impl(category, message, filename, lineno, module_name, registry,
                           sourceline, source):
        if module_name is None:
            # __name__ is None in the warning's globals: Python is shutting down.
            return None
        if registry is not None and not isinstance(registry, dict):
            raise TypeError("'registry' must be a dict or None")
        if isinstance(message, Warning):
            text = str(message)
            category = type(message)
        else:
            text = message
            message = category(message)
        key = (text, category, lineno)
        if registry is not None and already_warned(registry, key, False):
            return None
        action, item = get_filter(category, text, lineno, module_name)
        if action == "error":
            raise message
        if action == "ignore":
            return None
        already = False
        if action != "always":
            if registry is not None:
                registry[key] = True
            if action == "once":
                if registry is None:
                    registry = get_once_registry()
                already = already_warned(registry, (text, category), True)
            elif action == "module":
                if registry is not None:
                    already = already_warned(registry, (text, category, 0), True)
            elif action != "default":
                raise RuntimeError(f"Unrecognized action ({action!r}) in warnings.filters:\n"
                                   f" {item!r}")
        if already:
            return None
        show(category, text, message, filename, lineno, sourceline, source)
        return None

    def show(category, text, message, filename, lineno, sourceline, source):
        show_fn = warnings_attr("_showwarnmsg", source is not None)
        if show_fn is None:
            _show_warning(filename, lineno, text, category, sourceline)
            return
        if not callable(show_fn):
            raise TypeError("warnings._showwarnmsg() must be set to a callable")
        message_cls = warnings_attr("WarningMessage")
        if message_cls is None:
            raise RuntimeError("unable to get warnings.WarningMessage")
        show_fn(message_cls(message, category, filename, lineno, None, None, source))

    def warn(message, category=None, stacklevel=1, source=None):
        """Issue a warning, or maybe ignore it or raise an exception."""
        category = _get_category(message, category)
        filename, lineno, module_name, registry = _setup_context(interp, stacklevel)
        return warn_explicit_impl(category, message, filename, lineno, module_name,
                                  registry, None, source)

    def warn_explicit(message, category, filename, lineno, module=None, registry=None,
                      module_globals=None, source=None):
        """Low-level interface to warnings functionality."""
        # Argument Clinic's conversions: filename a str, lineno a C int.
        if not isinstance(filename, str):
            given = "None" if filename is None else type(filename).__name__
            raise TypeError(f"warn_explicit() argument 3 must be str, not {given}")
        lineno = operator.index(lineno)
        sourceline = None
        if module_globals is not None:
            if not isinstance(module_globals, dict):
                raise TypeError("module_globals must be a dict, not "
                                f"'{type(module_globals).__name__}'")
            sourceline = _source_line(module_globals, lineno)
        if module is None:
            module = _normalize_module(filename)
        return warn_explicit_impl(category, message, filename, lineno, module, registry,
                                  sourceline, source)

    def _filters_mutated():
        st.filters_version += 1

    module.filters = st.filters
    module._defaultaction = st.default_action
    module._onceregistry = st.once_registry
    module.warn = warn
    module.warn_explicit = warn_explicit
    module._filters_mutated = _filters_mutated
    for fn in (warn, warn_explicit, _filters_mutated):
        fn.__module__ = "_warnings"
        fn.__qualname__ = fn.__name__
    return module


def _default_filters(config):
    """init_filters in _warnings.c: the filters a release build starts with (dev mode
    too: it only puts "default" first in sys.warnoptions)."""
    return [("default", None, DeprecationWarning, "__main__", 0),
            ("ignore", None, DeprecationWarning, None, 0),
            ("ignore", None, PendingDeprecationWarning, None, 0),
            ("ignore", None, ImportWarning, None, 0),
            ("ignore", None, ResourceWarning, None, 0)]


def _matches(pattern, text):
    if pattern is None:
        return True
    if type(pattern) is str:
        return pattern == text
    return bool(pattern.match(text))


def _get_category(message, category):
    if isinstance(message, Warning):
        category = type(message)
    elif category is None:
        category = UserWarning
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError(f"category must be a Warning subclass, not '{type(category).__name__}'")
    return category


def _is_internal_frame(frame):
    filename = frame.f_code.co_filename
    return isinstance(filename, str) and "importlib" in filename and "_bootstrap" in filename


def _setup_context(interp, stacklevel):
    """setup_context: filename, lineno, module name and registry of the warning's frame."""
    frame = state.current_frame()
    if stacklevel <= 0 or (frame is not None and _is_internal_frame(frame)):
        while stacklevel > 1 and frame is not None:
            frame = frame.f_back
            stacklevel -= 1
    else:
        while stacklevel > 1 and frame is not None:
            frame = frame.f_back
            while frame is not None and _is_internal_frame(frame):
                frame = frame.f_back
            stacklevel -= 1
    if frame is None:
        globals_ = interp.sys.__dict__
        filename, lineno = "sys", 1
    else:
        globals_ = frame.f_globals
        filename, lineno = frame.f_code.co_filename, frame.f_lineno
    registry = globals_.get("__warningregistry__")
    if registry is None:
        registry = globals_["__warningregistry__"] = {}
    module_name = globals_.get("__name__")
    if module_name is not None and not isinstance(module_name, str):
        module_name = "<string>"
    elif "__name__" not in globals_:
        module_name = "<string>"
    return filename, lineno, module_name, registry


def _normalize_module(filename):
    if not filename:
        return "<unknown>"
    if filename.endswith(".py"):
        return filename[:-3]
    return filename


def _source_line(module_globals, lineno):
    """get_source_line: the line through the module's loader, or None."""
    loader = module_globals.get("__loader__")
    name = module_globals.get("__name__")
    get_source = getattr(loader, "get_source", None)
    if loader is None or name is None or get_source is None:
        return None
    source = get_source(name)
    if source is None:
        return None
    # PyUnicode_Splitlines: str's own splitlines, never a subclass's override.
    lines = str.splitlines(source)
    if 0 < lineno <= len(lines):
        return lines[lineno - 1]
    return None


def _show_warning(filename, lineno, text, category, sourceline):
    """show_warning: the C fallback when warnings.py is not loaded."""
    stderr = getattr(_host_sys, "stderr", None)
    if stderr is None:
        return
    try:
        name = category.__name__
        stderr.write(f"{filename}:{lineno}: {name}: {text}\n")
        if sourceline is not None:
            stderr.write(sourceline.lstrip(" \t\f") + "\n")
        else:
            from pvm.vm import display
            line = display._SourceCache().line(filename, lineno)
            if line is not None:
                stderr.write("  " + line.lstrip(" \t\f") + "\n")
    except Exception:
        pass
