"""pvm's `builtins` module: the host's builtins plus the ones that must see pvm.

VM stage (runtime). `make_builtins(interp)` builds the module a pvm program sees as
`builtins` (and as `__builtins__` of `__main__`). Host C builtins (print, len, int,
isinstance, ...) are lent as they are; these are pvm's own, because they compile
code, read the running pvm frame or import:

  __import__        pvm's import system (imports.py)
  __build_class__   the VM's class builder (pvm.vm.classes.build_class)
  super             the VM's zero-argument-aware super (pvm.vm.classes.Super)
  compile/exec/eval pvm's pipeline: lexer, parser, compiler; code runs on the VM
  globals/locals/vars/dir   the no-argument forms read the caller's pvm frame
  breakpoint        calls pvm's sys.breakpointhook
  help, exit, quit, copyright, credits, license   as site.py sets them up

Each mirrors CPython's `Python/bltinmodule.c` function of the same name, error
messages included.
"""

import builtins as _host_builtins
import sys as _host_sys

from pvm.vm import state

# Compiler flags (Include/cpython/compile.h and code.h).
PyCF_SOURCE_IS_UTF8 = 0x0100
PyCF_DONT_IMPLY_DEDENT = 0x0200
PyCF_ONLY_AST = 0x0400
PyCF_IGNORE_COOKIE = 0x0800
PyCF_TYPE_COMMENTS = 0x1000
PyCF_ALLOW_TOP_LEVEL_AWAIT = 0x2000
PyCF_ALLOW_INCOMPLETE_INPUT = 0x4000
PyCF_MASK = (0x20000 | 0x40000 | 0x80000 | 0x100000 | 0x200000 | 0x400000 | 0x800000
             | 0x1000000)        # the CO_FUTURE_* flags
PyCF_MASK_OBSOLETE = 0x0010      # CO_NESTED
PyCF_COMPILE_MASK = (PyCF_ONLY_AST | PyCF_ALLOW_TOP_LEVEL_AWAIT | PyCF_TYPE_COMMENTS
                     | PyCF_DONT_IMPLY_DEDENT | PyCF_ALLOW_INCOMPLETE_INPUT)

_MODES = ("exec", "eval", "single")


# ---------------------------------------------------------------------------
# The pipeline, as the builtins and the runtime call it
# ---------------------------------------------------------------------------

def compile_source(source, filename, mode, flags=0, optimize=-1, feature_version=-1):
    """Source text, bytes or an AST -> pvm code object (or an AST under PyCF_ONLY_AST).

    `optimize` -1 means the interpreter's -O level. Errors are CPython's: SyntaxError
    (and subclasses) with 1-based offsets.
    """
    if optimize == -1:
        optimize = _interp_optimize()
    from pvm.compiler import compile as pvm_compile
    return pvm_compile(source, filename, mode, optimize=optimize, flags=flags,
                       dont_inherit=True, feature_version=feature_version)


def _interp_optimize():
    from pvm.vm import boot
    interp = boot.current_or_none()
    return interp.config.optimize if interp is not None else 0


def _is_ast(value):
    import ast
    return isinstance(value, ast.AST)


def _fs_filename(filename):
    """PyUnicode_FSDecoder: str, bytes or os.PathLike -> str."""
    import os
    if isinstance(filename, str):
        return filename
    if isinstance(filename, (bytearray, memoryview)):
        # PyUnicode_FSDecoder still takes any buffer, with a DeprecationWarning
        from pvm.vm import boot
        boot.current().warn("path should be string, bytes, or os.PathLike, not "
                            f"{type(filename).__name__}", DeprecationWarning)
        return os.fsdecode(bytes(filename))
    try:
        return os.fsdecode(filename)
    except TypeError:
        raise TypeError("expected str, bytes or os.PathLike object, not "
                        f"{type(filename).__name__}") from None


def _source_text(source, funcname, what):
    """_Py_SourceAsString: accept str, bytes and buffers; reject anything else."""
    if isinstance(source, (str, bytes)):
        return source
    if isinstance(source, bytearray):
        return bytes(source)
    try:
        return bytes(memoryview(source))
    except TypeError:
        raise TypeError(f"{funcname}() arg 1 must be a {what} object") from None


def _inherited_flags(flags):
    """PyEval_MergeCompilerFlags: add the caller's __future__ flags."""
    frame = state.current_frame()
    if frame is not None:
        flags |= frame.f_code.co_flags & PyCF_MASK
    return flags


def _is_pvm_code(value):
    from pvm.bytecode.code import Code
    return isinstance(value, Code)


def _run(code, globals, locals):
    from pvm.vm.interp import run_code
    return run_code(code, globals, locals)


def _caller_builtins():
    frame = state.current_frame()
    if frame is not None:
        return frame.f_builtins
    return state.default_builtins


# ---------------------------------------------------------------------------
# compile, exec, eval
# ---------------------------------------------------------------------------

def pvm_compile(source, filename, mode, flags=0, dont_inherit=False, optimize=-1, *,
                _feature_version=-1):
    """compile(): builtin_compile_impl in Python/bltinmodule.c."""
    filename = _fs_filename(filename)
    if not isinstance(mode, str):
        raise TypeError(f"compile() argument 'mode' must be str, not {type(mode).__name__}")
    flags = _index(flags, "flags")
    optimize = _index(optimize, "optimize")
    if flags & ~(PyCF_MASK | PyCF_MASK_OBSOLETE | PyCF_COMPILE_MASK):
        raise ValueError("compile(): unrecognised flags")
    if optimize < -1 or optimize > 2:
        raise ValueError("compile(): invalid optimize value")
    if not dont_inherit:
        flags = _inherited_flags(flags)
    if mode == "func_type":
        if not flags & PyCF_ONLY_AST:
            raise ValueError("compile() mode 'func_type' requires flag PyCF_ONLY_AST")
    elif mode not in _MODES:
        if flags & PyCF_ONLY_AST:
            raise ValueError("compile() mode must be 'exec', 'eval', 'single' or 'func_type'")
        raise ValueError("compile() mode must be 'exec', 'eval' or 'single'")
    if _is_ast(source):
        if flags & PyCF_ONLY_AST:
            return source
        _check_ast_mode(source, mode)
        return compile_source(source, filename, mode, flags, optimize)
    source = _source_text(source, "compile", "string, bytes or AST")
    return compile_source(source, filename, mode, flags, optimize, _feature_version)


def _check_ast_mode(tree, mode):
    """PyAST_obj2mod's check that the tree's root fits the mode."""
    import ast
    wanted = {"exec": ast.Module, "eval": ast.Expression, "single": ast.Interactive,
              "func_type": ast.FunctionType}[mode]
    if not isinstance(tree, wanted):
        raise TypeError(f"expected {wanted.__name__} node, got {type(tree).__name__}")


def _index(value, name):
    if isinstance(value, int):
        return value
    import operator
    try:
        return operator.index(value)
    except TypeError:
        raise TypeError(f"'{type(value).__name__}' object cannot be interpreted "
                        "as an integer") from None


def pvm_exec(source, globals=None, locals=None, /, *, closure=None):
    """exec(): builtin_exec_impl in Python/bltinmodule.c."""
    if globals is None:
        frame = state.current_frame()
        if frame is None:
            raise SystemError("globals and locals cannot be NULL")
        globals = frame.f_globals
        if locals is None:
            locals = frame.f_locals
    elif locals is None:
        locals = globals
    if not isinstance(globals, dict):
        raise TypeError(f"exec() globals must be a dict, not {type(globals).__name__}")
    if not _is_mapping(locals):
        raise TypeError(f"locals must be a mapping or None, not {type(locals).__name__}")
    if "__builtins__" not in globals:
        globals["__builtins__"] = _caller_builtins()
    if _is_pvm_code(source):
        nfree = len(source.co_freevars)
        if nfree == 0:
            if closure is not None:
                raise TypeError("cannot use a closure with this code object")
        elif not _closure_fits(closure, nfree):
            raise TypeError(f"code object requires a closure of exactly length {nfree}")
        if closure is not None and nfree:
            from pvm.vm.interp import run_code
            run_code(source, globals, locals, closure=closure)
        else:
            _run(source, globals, locals)
        return None
    if closure is not None:
        raise TypeError("closure can only be used when source is a code object")
    if _is_host_code(source):
        raise TypeError("exec() arg 1 must be a string, bytes or code object")
    text = _source_text(source, "exec", "string, bytes or code")
    code = compile_source(text, "<string>", "exec", _inherited_flags(0))
    _run(code, globals, locals)
    return None


def _closure_fits(closure, nfree):
    if type(closure) is not tuple or len(closure) != nfree:
        return False
    from pvm.vm.function import Cell
    return all(isinstance(cell, Cell) for cell in closure)


def _is_host_code(value):
    return type(value).__name__ == "code" and type(value).__module__ == "builtins"


def _is_mapping(value):
    """PyMapping_Check: the type has a __getitem__ (lists and tuples count, as in C)."""
    return isinstance(value, dict) or hasattr(type(value), "__getitem__")


def pvm_eval(source, globals=None, locals=None, /):
    """eval(): builtin_eval_impl in Python/bltinmodule.c."""
    if locals is not None and not _is_mapping(locals):
        raise TypeError("locals must be a mapping")
    if globals is not None and not isinstance(globals, dict):
        if _is_mapping(globals):
            raise TypeError("globals must be a real dict; try eval(expr, {}, mapping)")
        raise TypeError("globals must be a dict")
    if globals is None:
        frame = state.current_frame()
        if frame is None:
            raise TypeError("eval must be given globals and locals when called without a frame")
        globals = frame.f_globals
        if locals is None:
            locals = frame.f_locals
    elif locals is None:
        locals = globals
    if "__builtins__" not in globals:
        globals["__builtins__"] = _caller_builtins()
    if _is_pvm_code(source):
        if source.co_freevars:
            raise TypeError("code object passed to eval() may not contain free variables")
        return _run(source, globals, locals)
    if _is_host_code(source):
        raise TypeError("eval() arg 1 must be a string, bytes or code object")
    text = _source_text(source, "eval", "string, bytes or code")
    if isinstance(text, bytes):
        text = text.lstrip(b" \t")
    else:
        text = text.lstrip(" \t")
    code = compile_source(text, "<string>", "eval", _inherited_flags(0))
    return _run(code, globals, locals)


# ---------------------------------------------------------------------------
# Builtins that read the caller's frame
# ---------------------------------------------------------------------------

def pvm_globals():
    """globals(): the caller's module namespace."""
    frame = state.current_frame()
    return frame.f_globals if frame is not None else None


def pvm_locals():
    """locals(): the caller's local namespace (a snapshot for functions, as in 3.11)."""
    frame = state.current_frame()
    if frame is None:
        raise SystemError("frame does not exist")
    return frame.f_locals


_MISSING = object()


def pvm_vars(obj=_MISSING, /):
    """vars(): locals() without an argument, else obj.__dict__."""
    if obj is _MISSING:
        return pvm_locals()
    try:
        return obj.__dict__
    except AttributeError:
        raise TypeError("vars() argument must have __dict__ attribute") from None


def pvm_dir(obj=_MISSING, /):
    """dir(): the caller's local names without an argument, else the host's dir(obj)."""
    if obj is _MISSING:
        names = pvm_locals()
        try:
            return sorted(names.keys())
        except AttributeError:
            raise TypeError("dir(): expected keys() of locals to be a list, "
                            f"not '{type(names).__name__}'") from None
    return _host_builtins.dir(obj)


def pvm_breakpoint(*args, **kws):
    """breakpoint(): call pvm's sys.breakpointhook."""
    from pvm.vm import boot
    hook = getattr(boot.current().sys, "breakpointhook", None)
    if hook is None:
        raise RuntimeError("lost sys.breakpointhook")
    return hook(*args, **kws)


for _fn, _name in ((pvm_compile, "compile"), (pvm_exec, "exec"), (pvm_eval, "eval"),
                   (pvm_globals, "globals"), (pvm_locals, "locals"), (pvm_vars, "vars"),
                   (pvm_dir, "dir"), (pvm_breakpoint, "breakpoint")):
    _fn.__name__ = _fn.__qualname__ = _name
    _fn.__module__ = "builtins"
    _fn.__doc__ = getattr(_host_builtins, _name).__doc__
del _fn, _name


# ---------------------------------------------------------------------------
# What site.py adds (Lib/_sitebuiltins.py)
# ---------------------------------------------------------------------------

class Quitter:
    """exit/quit as site.py installs them: print a hint, or raise SystemExit when called."""

    def __init__(self, name, eof):
        self.name = name
        self.eof = eof

    def __repr__(self):
        return f"Use {self.name}() or {self.eof} to exit"

    def __call__(self, code=None):
        # Closing stdin first, as _sitebuiltins does, so an outer shell sees EOF.
        try:
            _host_sys.stdin.close()
        except Exception:
            pass
        raise SystemExit(code)


class _Printer:
    """copyright/credits/license: print their text when called (no paging here)."""

    def __init__(self, name, text):
        self.__name = name
        self.__text = text

    def __repr__(self):
        return self.__text

    def __call__(self):
        print(self.__text)


class _Helper:
    """help(): pydoc's help, with pydoc compiled and run on pvm."""

    def __repr__(self):
        return ("Type help() for interactive help, "
                "or help(object) for help about object.")

    def __call__(self, *args, **kwds):
        from pvm.vm import boot
        pydoc = boot.current().import_module("pydoc")
        return pydoc.help(*args, **kwds)


for _cls, _name in ((Quitter, "Quitter"), (_Printer, "_Printer"), (_Helper, "_Helper")):
    _cls.__module__ = "_sitebuiltins"
    _cls.__qualname__ = _name
del _cls, _name

_CREDITS = """\
    Thanks to CWI, CNRI, BeOpen.com, Zope Corporation and a cast of thousands
    for supporting Python development.  See www.python.org for more information."""
_LICENSE = "Type license() to see the full license text"


def site_builtins():
    """The names site.py's setquit/setcopyright/sethelper add to builtins."""
    return {
        "quit": Quitter("quit", "Ctrl-D (i.e. EOF)"),
        "exit": Quitter("exit", "Ctrl-D (i.e. EOF)"),
        "copyright": _Printer("copyright", _host_sys.copyright),
        "credits": _Printer("credits", _CREDITS),
        "license": _Printer("license", _LICENSE),
        "help": _Helper(),
    }


# ---------------------------------------------------------------------------
# The module
# ---------------------------------------------------------------------------

def make_builtins(config, import_function, builtin_importer=None, spec=None):
    """pvm's builtins module for an interpreter configured by `config`."""
    from pvm.vm.sysmodule import new_module
    module = new_module("builtins", _host_builtins.__doc__)
    d = module.__dict__
    for name, value in _host_builtins.__dict__.items():
        if name not in ("__name__", "__doc__", "__spec__", "__loader__", "__package__",
                        "_", "quit", "exit", "copyright", "credits", "license", "help"):
            d[name] = value
    d.update(
        __package__="",
        __import__=import_function,
        compile=pvm_compile,
        exec=pvm_exec,
        eval=pvm_eval,
        globals=pvm_globals,
        locals=pvm_locals,
        vars=pvm_vars,
        dir=pvm_dir,
        breakpoint=pvm_breakpoint,
    )
    d["__debug__"] = not config.optimize
    if builtin_importer is not None:
        d["__loader__"] = builtin_importer
    if spec is not None:
        d["__spec__"] = spec
    _add_class_machinery(d)
    return module


def _add_class_machinery(d):
    """__build_class__ and super from the VM (left as the host's until the VM has them)."""
    try:
        from pvm.vm.classes import Super, build_class
    except ImportError:
        return
    # Named as the builtin it is (error messages say `__build_class__() got ...`).
    build_class.__name__ = build_class.__qualname__ = "__build_class__"
    build_class.__module__ = "builtins"
    d["__build_class__"] = build_class
    d["super"] = Super
    from pvm.vm.generators import anext
    d["anext"] = anext
