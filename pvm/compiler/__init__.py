"""The compiler: AST -> pvm code objects.

Compiler stage of the pipeline. `compile()` is pvm's `compile()` builtin without the
host: source text or bytes go through pvm's parser; an AST (host `ast` node classes)
is taken as it is and never modified. The passes, in order:

    fold.py        constant folding on the tree (CPython's ast_opt.c), copy-on-write
    symtable.py    scopes of every name (CPython's symtable.c)
    codegen*.py    one control-flow graph per scope (CPython's compile.c)
    flowgraph.py   peepholes, dead code, line numbers, unbound-local checks
    assemble.py    bytes, stack depth, line and exception tables -> Code

`verify.py` checks the result; `cache.py` keeps it in __pycache__; `listing.py` is
`pvm --dis`.
"""

import sys

from pvm.compiler.codegen import (CodeGenerator, PyCF_ONLY_AST, PyCF_ALLOW_TOP_LEVEL_AWAIT,
                                  PyCF_MASK)

__all__ = ["compile", "compile_tree", "PyCF_ONLY_AST", "PyCF_ALLOW_TOP_LEVEL_AWAIT"]

PyCF_DONT_IMPLY_DEDENT = 0x0200
PyCF_TYPE_COMMENTS = 0x1000
PyCF_SOURCE_IS_UTF8 = 0x0100
_ALLOWED_FLAGS = (PyCF_MASK | PyCF_ONLY_AST | PyCF_ALLOW_TOP_LEVEL_AWAIT | PyCF_DONT_IMPLY_DEDENT
                  | PyCF_TYPE_COMMENTS | PyCF_SOURCE_IS_UTF8 | 0x4000 | 0x8000)

# The optimisation level `optimize=-1` stands for: the VM sets it from -O / PYTHONOPTIMIZE.
default_optimize = 0

_MODES = {"exec": "Module", "eval": "Expression", "single": "Interactive"}


def compile(source, filename="<unknown>", mode="exec", optimize=-1, flags=0,
            dont_inherit=False, feature_version=-1):
    """Compile `source` (str, bytes or an AST) into a pvm Code object, as compile() does.

    `flags` takes PyCF_ONLY_AST (return the tree), PyCF_TYPE_COMMENTS (the parser
    collects type comments), PyCF_ALLOW_TOP_LEVEL_AWAIT and the CO_FUTURE_* bits of
    `from __future__` imports (CO_FUTURE_BARRY_AS_BDFL makes the parser take `<>`). `feature_version` is compile()'s _feature_version (a
    minor version of Python 3, -1 for the current one), as ast.parse passes it.
    """
    if mode not in _MODES and mode != "func_type":
        raise ValueError("compile() mode must be 'exec', 'eval' or 'single'")
    if flags & ~_ALLOWED_FLAGS:
        raise ValueError("compile(): unrecognised flags")
    if optimize < -1 or optimize > 2:
        raise ValueError("compile(): invalid optimize value")
    filename = _filename(filename)
    if _is_ast(source):
        tree = source
        lines = None
        if flags & PyCF_ONLY_AST:
            return tree
        _check_tree_mode(tree, mode)
        from pvm.compiler.validate import validate
        validate(tree)
    else:
        from pvm.parser import parse
        if isinstance(source, (bytearray, memoryview)):
            source = bytes(source)
        # The parser reads PyCF_TYPE_COMMENTS and CO_FUTURE_BARRY_AS_BDFL.
        tree = parse(source, filename, mode, flags=flags,
                     feature_version=None if feature_version < 0 else feature_version)
        if flags & PyCF_ONLY_AST:
            return tree
        lines = None
    return compile_tree(tree, filename, mode, optimize, flags, lines)


def _filename(filename):
    if isinstance(filename, bytes):
        return filename.decode(sys.getfilesystemencoding(), "surrogateescape")
    if hasattr(filename, "__fspath__"):
        return _filename(filename.__fspath__())
    if not isinstance(filename, str):
        raise TypeError("compile() argument 'filename' must be str, bytes or os.PathLike, "
                        f"not {type(filename).__name__}")
    return filename


def _is_ast(source):
    import ast
    return isinstance(source, ast.AST)


def _check_tree_mode(tree, mode):
    expected = _MODES.get(mode)
    if tree.__class__.__name__ != expected:
        import ast
        if not isinstance(tree, ast.mod):
            raise TypeError(f"expected {expected} node, got {tree.__class__.__name__}")
        raise TypeError(f"expected {expected} node, got {tree.__class__.__name__}")


def compile_tree(tree, filename, mode="exec", optimize=-1, flags=0, source_lines=None):
    """Fold, analyse scopes and generate code for a tree; returns the module's Code."""
    from pvm.compiler import fold
    if optimize == -1:
        optimize = default_optimize
    future_flags, future_lineno = _future(tree, filename)
    future_flags |= flags & PyCF_MASK
    tree = fold.fold(tree, optimize, future_flags)
    from pvm.compiler.symtable import build_symtable
    table = build_symtable(tree, filename, future_flags)
    generator = CodeGenerator(table, filename, source_lines, flags, optimize, future_flags,
                              future_lineno)
    from pvm.compiler.symtable import deep_recursion
    # The symbol table caps nesting at its RECURSION_LIMIT; the code generator's
    # visitors need the host's stack for that much.
    with deep_recursion():
        return generator.compile_module(tree, mode)


def _future(tree, filename):
    """(CO_FUTURE_* flags, line of the last future import) for a module tree."""
    from pvm.compiler.future import parse_future
    result = parse_future(tree, filename)
    return result.flags, result.lineno
