"""Compiler stage, before the symbol table: `from __future__` statements.

Mirrors CPython 3.11's Python/future.c. Consumes a module AST (host `ast` node
classes, as pvm's parser builds them); produces the CO_FUTURE_* flags the rest
of the compiler needs (only `annotations` and `barry_as_FLUFL` still change
anything in 3.11; the other features are mandatory and set no flag) and the line
of the last future statement at the top of the file.

Guarantees CPython's errors and positions:

* "not a chance" for `braces`, "future feature X is not defined" for an unknown
  name, both at the statement's line and 1-based column, with no end position;
* "from __future__ imports must occur at the beginning of the file" for a future
  statement that follows another statement on the same line (`import os; from
  __future__ import x`). future.c reports that one with the 0-based column as
  offset, a CPython quirk we keep.

A future statement on a later line than the leading block is not future.c's
business: the code generator rejects it when it reaches the statement, with
`late_future_error()` below (compile.c's compiler_from_import).
"""

import ast
from typing import NamedTuple

from pvm.bytecode.code import CO_FUTURE_ANNOTATIONS, CO_FUTURE_BARRY_AS_BDFL
from pvm.errors import syntax_error

# Every feature `__future__` defines, with the code flag it still sets in 3.11.
FEATURES = {
    "nested_scopes": 0,
    "generators": 0,
    "division": 0,
    "absolute_import": 0,
    "with_statement": 0,
    "print_function": 0,
    "unicode_literals": 0,
    "barry_as_FLUFL": CO_FUTURE_BARRY_AS_BDFL,
    "generator_stop": 0,
    "annotations": CO_FUTURE_ANNOTATIONS,
}

LATE_FUTURE = "from __future__ imports must occur at the beginning of the file"


class FutureFeatures(NamedTuple):
    """CPython's PyFutureFeatures: ff_features and ff_lineno (-1 when none)."""
    flags: int
    lineno: int


def future_features(tree, filename):
    """The CO_FUTURE_* flags set by the `from __future__` statements of `tree`."""
    return parse_future(tree, filename).flags


def parse_future(tree, filename):
    """Read the leading future statements of `tree`: CPython's future_parse().

    Only a docstring and other future statements may come before a future
    statement. Scanning stops at the first statement of another kind, except
    that statements sharing its line are still looked at (the one case
    future.c itself reports as late).
    """
    flags, last_line = 0, -1
    if not isinstance(tree, (ast.Module, ast.Interactive)) or not tree.body:
        return FutureFeatures(0, -1)
    body = tree.body
    start = 1 if _has_docstring(body) else 0
    done, prev_line = False, 0
    for stmt in body[start:]:
        if done and stmt.lineno > prev_line:
            break
        prev_line = stmt.lineno
        if _is_future_import(stmt):
            if done:
                raise _error_without_end(LATE_FUTURE, filename, stmt.lineno, stmt.col_offset)
            flags |= _check_features(stmt, filename)
            last_line = stmt.lineno
        else:
            done = True
    return FutureFeatures(flags, last_line)


def late_future_error(stmt, future_lineno, filename):
    """compile.c's check in compiler_from_import: None, or the SyntaxError to raise.

    `future_lineno` is FutureFeatures.lineno: the last line of the leading block
    of future statements, or -1.
    """
    if _is_future_import(stmt) and stmt.lineno > future_lineno:
        return syntax_error(LATE_FUTURE, filename, stmt.lineno, stmt.col_offset,
                            end_lineno=stmt.end_lineno, end_col=stmt.end_col_offset)
    return None


def _is_future_import(stmt):
    # The level is not looked at: `from .__future__ import x` counts too, as in CPython.
    return isinstance(stmt, ast.ImportFrom) and stmt.module == "__future__"


def _has_docstring(body):
    """_PyAST_GetDocString: the first statement is a string literal."""
    first = body[0]
    return (isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant)
            and type(first.value.value) is str)


def _check_features(stmt, filename):
    """future_check_features(): the flags of one statement's names, or its error."""
    flags = 0
    for alias in stmt.names:
        name = alias.name
        if name in FEATURES:
            flags |= FEATURES[name]
        elif name == "braces":
            raise _error_without_end("not a chance", filename, stmt.lineno, stmt.col_offset + 1)
        else:
            raise _error_without_end(f"future feature {name} is not defined", filename,
                                     stmt.lineno, stmt.col_offset + 1)
    return flags


def _error_without_end(message, filename, lineno, offset):
    """A SyntaxError located the way PyErr_SyntaxLocationObject does it.

    Unlike every other compiler error, future.c gives a line and an offset but
    no end column (end_offset is None); `offset` here is already what the user
    sees, since one of the two messages uses the 0-based column.
    """
    return SyntaxError(message, (filename, lineno, offset, None, lineno, None))
