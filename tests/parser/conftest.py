"""Parser tests' shared helpers: compare pvm.parse with the host's ast.parse."""
import ast
import warnings

import pytest

import pvm.parser


def dump(tree):
    return ast.dump(tree, include_attributes=True)


def host_outcome(source, mode="exec", filename="<unknown>"):
    """('ok', dump) or ('error', class name, msg, lineno) from the host's ast.parse."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            return ("ok", dump(ast.parse(source, filename, mode)))
        except SyntaxError as err:
            return ("error", type(err).__name__, err.msg, err.lineno)
        except (MemoryError, RecursionError, ValueError, UnicodeError) as err:
            return ("rejected", type(err).__name__)


def pvm_outcome(source, mode="exec", filename="<unknown>"):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            return ("ok", dump(pvm.parser.parse(source, filename, mode)))
        except SyntaxError as err:
            return ("error", type(err).__name__, err.msg, err.lineno)


def diff_text(got, expected):
    """The first difference between two dumps, with some context."""
    i = next((i for i, (a, b) in enumerate(zip(got, expected)) if a != b),
             min(len(got), len(expected)))
    return f"\n  pvm:  ...{got[max(0, i - 200):i + 200]}\n  host: ...{expected[max(0, i - 200):i + 200]}"


def assert_same_as_host(source, mode="exec"):
    from pvm.parser.driver import Parser
    expected = host_outcome(source, mode)
    misses = Parser.fast_pass_misses
    got = pvm_outcome(source, mode)
    assert Parser.fast_pass_misses == misses, "the fast pass refused what the grammar accepts"
    if expected[0] == "ok":
        assert got[0] == "ok", f"pvm rejected what ast.parse accepts: {got}"
        assert got[1] == expected[1], diff_text(got[1], expected[1])
    else:
        assert got[0] == "error", f"pvm accepted what ast.parse rejects: {expected}"
        if expected[0] == "error":
            assert got[1:] == expected[1:], f"pvm {got} != host {expected}"


@pytest.fixture
def same_as_host():
    return assert_same_as_host
