"""The error oracle: CPython's own rejected examples (Lib/test/test_syntax.py's doctests
and test snippets, the bad-syntax files under Lib/test). For every one that ast.parse
rejects, pvm raises the same exception class at the same line; the messages agree
for (at least) MESSAGE_FLOOR of them."""
import warnings

import pytest

import pvm.parser
from tests.parser.error_corpus import error_cases

CASES = error_cases()
# The share of cases whose message is CPython's, measured at 100% (431 of 431).
MESSAGE_FLOOR = 0.99


def pvm_error(source, mode):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            pvm.parser.parse(source, "<unknown>", mode)
        except SyntaxError as err:
            return (type(err).__name__, err.msg, err.lineno)
    return None


@pytest.mark.parametrize("name,source,mode,expected", CASES, ids=[c[0] for c in CASES])
def test_same_class_and_line(name, source, mode, expected):
    got = pvm_error(source, mode)
    assert got is not None, f"pvm accepted what ast.parse rejects: {expected}"
    assert (got[0], got[2]) == (expected[0], expected[2]), f"pvm {got} != host {expected}"


def test_message_share():
    same = [c for c in CASES if pvm_error(c[1], c[2]) == c[3]]
    share = len(same) / len(CASES)
    assert len(CASES) > 300
    assert share >= MESSAGE_FLOOR, f"{len(same)}/{len(CASES)} messages agree"
