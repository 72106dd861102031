"""CO_FUTURE_BARRY_AS_BDFL: under compile()'s flag `<>` is NOTEQUAL and `!=` an error
("with Barry as BDFL, use '<>' instead of '!='"); without it `<>` is invalid syntax. In
3.11 a `from __future__ import barry_as_FLUFL` in the parsed text does not change the
parse itself (only the code's co_flags, which exec/eval/compile then inherit)."""
import __future__
import ast
import warnings

import pytest

import pvm.compiler

FLAG = __future__.barry_as_FLUFL.compiler_flag
FUTURE = "from __future__ import barry_as_FLUFL\n"

CASES = [
    ("x = 1 <> 2\n", "exec"), ("x = 1 != 2\n", "exec"), ("1 <> 2", "eval"), ("1 != 2", "eval"),
    ("a <> b <> c", "eval"), ("a < b != c", "eval"), ("x = (1 <> 2\n", "exec"),
    ("x = 1 <> 2 $\n", "exec"), ("x = 1 != 2 $\n", "exec"), ("x = f'{1 <> 2}'\n", "exec"),
    ("x = f'{1 != 2}'\n", "exec"), ("if x <> 3: pass\n", "exec"),
    ("[y for y in z if y != 0]", "eval"), ("lambda: a != b", "eval"),
    (FUTURE + "x = 1 <> 2\n", "exec"), (FUTURE + "x = 1 != 2\n", "exec"),
    ("x = 1 != 2\n" + FUTURE, "exec"), ("def f():\n    " + FUTURE + "x = 1 <> 2\n", "exec"),
]


def outcome(compile_, source, mode, flags):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            result = compile_(source, "<test>", mode, flags)
        except SyntaxError as err:
            return (err.msg, err.lineno, err.offset, err.end_lineno, err.end_offset)
    if isinstance(result, ast.AST):
        return ast.dump(result, include_attributes=True)
    return result.co_flags & FLAG


def host(source, filename, mode, flags):
    return compile(source, filename, mode, flags, dont_inherit=True)


def mine(source, filename, mode, flags):
    return pvm.compiler.compile(source, filename, mode, flags=flags)


@pytest.mark.parametrize("only_ast", [0, ast.PyCF_ONLY_AST])
@pytest.mark.parametrize("flag", [0, FLAG])
@pytest.mark.parametrize("source,mode", CASES)
def test_like_host(source, mode, flag, only_ast):
    flags = flag | only_ast
    assert outcome(mine, source, mode, flags) == outcome(host, source, mode, flags)
