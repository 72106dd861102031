"""Deep nesting at the compiler's limits, against the host: CPython's passes (ast_opt.c,
symtable.c) raise RecursionError("maximum recursion depth exceeded during compilation")
past 3 x the recursion limit (less the caller's own depth, which pvm does not count),
and anything well under it compiles. pvm's fold, symbol table
and code generator do the same, never failing with a bare host RecursionError."""
import sys

import pytest

import pvm.compiler

SHAPES = {
    "binop": lambda n: "1+" * n + "1",
    "lambda": lambda n: "lambda: " * n + "1",
    "attribute": lambda n: "x" + ".y" * n,
    "call": lambda n: "f" + "()" * n,
    "subscript": lambda n: "x" + "[0]" * n,
    "ifexp": lambda n: "1 if x else " * n + "1",
    "not": lambda n: "not " * n + "x",
    "strings": lambda n: "+".join(["'a'"] * n),
}


def outcome(compile_, source):
    try:
        compile_(source)
        return "ok"
    except RecursionError as err:
        return f"RecursionError: {err}"


@pytest.mark.parametrize("depth", [1000, 2500, 3500])
@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_deep_nesting_like_host(shape, depth):
    if shape == "lambda" and depth > 3000:
        pytest.skip("CPython's parser gives up first there (MemoryError)")
    source = SHAPES[shape](depth)
    saved = sys.getrecursionlimit()
    # The host's limits scale with the recursion limit, which other tests may raise.
    sys.setrecursionlimit(1000)
    try:
        expected = outcome(lambda s: compile(s, "<test>", "exec", dont_inherit=True), source)
    finally:
        sys.setrecursionlimit(saved)
    assert outcome(lambda s: pvm.compiler.compile(s, "<test>", "exec"), source) == expected
