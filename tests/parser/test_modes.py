"""'single' and 'eval' input, sampled from real code: every top-level statement of some
stdlib files parsed in 'single' mode (with and without a final newline), every
expression in 'eval' mode -- the same trees as ast.parse, or the same errors."""
import ast
import warnings

import pytest

from tests.conftest import STDLIB, stdlib_files
from tests.parser.conftest import assert_same_as_host

FILES = [p for p in stdlib_files()[5::300] if p.stat().st_size < 40_000]


def segments(path):
    text = path.read_text(encoding="utf-8")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        tree = ast.parse(text)
    for node in tree.body:
        seg = ast.get_source_segment(text, node)
        if seg:
            yield "single", seg
            yield "single", seg + "\n"
    for node in ast.walk(tree):
        if isinstance(node, ast.expr):
            seg = ast.get_source_segment(text, node)
            if seg:
                yield "eval", seg


@pytest.mark.parametrize("path", FILES, ids=lambda p: str(p.relative_to(STDLIB)))
def test_single_and_eval_segments(path):
    for mode, source in segments(path):
        assert_same_as_host(source, mode)
