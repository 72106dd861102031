"""The oracle over the standard library: pvm.parse gives ast.parse's tree, positions
included, for every stdlib file the host parses: a sample by default; under PVM_FULL=1
every file with type comments here, and every file without them in
tests/compiler/test_compile_stdlib.py, which compares the tree it compiles (one parse
per file for both sweeps)."""
import ast
import warnings

import pytest

import pvm.parser
from pvm.parser.driver import Parser
from tests.conftest import FULL, stdlib_files, stdlib_id, stdlib_sample
from tests.parser.conftest import diff_text, dump

# Under PVM_FULL=1 the compile sweep covers every file; the sample would repeat them.
SAMPLE = [] if FULL else stdlib_sample(every=12)


def check_file(path, type_comments=False):
    data = path.read_bytes()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            expected = dump(ast.parse(data, str(path), type_comments=type_comments))
        except (SyntaxError, ValueError) as exc:
            with pytest.raises(SyntaxError) as raised:
                pvm.parser.parse(data, str(path), type_comments=type_comments)
            if type_comments and isinstance(exc, SyntaxError):
                # A misplaced type comment: the same error where the host puts it.
                got = raised.value
                assert (got.msg, got.lineno, got.offset) == (exc.msg, exc.lineno, exc.offset)
            return
        misses = Parser.fast_pass_misses
        got = dump(pvm.parser.parse(data, str(path), type_comments=type_comments))
    assert got == expected, f"{stdlib_id(path)}:{diff_text(got, expected)}"
    assert Parser.fast_pass_misses == misses, "the fast pass refused a valid file"


@pytest.mark.parametrize("path", SAMPLE, ids=stdlib_id)
def test_stdlib_sample(path):
    check_file(path)


# With type_comments=True (type_comment fields, type_ignores, errors for misplaced ones).
# Another twelfth of the files than SAMPLE's.
TYPE_COMMENTS_SAMPLE = [] if FULL else stdlib_files()[5::12]


@pytest.mark.parametrize("path", TYPE_COMMENTS_SAMPLE, ids=stdlib_id)
def test_stdlib_type_comments_sample(path):
    check_file(path, type_comments=True)


@pytest.mark.stdlib
@pytest.mark.skipif(not FULL, reason="the whole standard library only with PVM_FULL=1")
@pytest.mark.parametrize("path", stdlib_files() if FULL else [], ids=stdlib_id)
def test_stdlib_type_comments_full(path):
    check_file(path, type_comments=True)
