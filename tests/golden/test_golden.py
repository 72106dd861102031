"""Golden disassembly: pvm's listings of the programs here must match the .dis files
(regenerate with `python -m tests.golden.regen` and review the diff)."""
import difflib

import pytest

from tests.golden.regen import listing, sources


@pytest.mark.parametrize("path", sources(), ids=lambda p: p.name)
def test_golden_listing(path):
    expected = path.with_suffix(".dis").read_text()
    got = listing(path)
    if got != expected:
        diff = "".join(difflib.unified_diff(expected.splitlines(True), got.splitlines(True),
                                            "expected", "pvm"))
        pytest.fail("listing changed (python -m tests.golden.regen):\n" + diff[:5000])
