"""A fast subset of CPython's regression tests on pvm, for CI.

Each case runs one module of the host's `test` package under python3 and under pvm
(`pvm -m unittest -v test.NAME`, unittest itself running on pvm) through libtests.py, and
asserts that the share of the host's passing cases that also pass on pvm stays at or above
the floor measured when the module was added here. The modules were chosen for running in
a few seconds under pvm; the full table over modules.txt is refreshed by
`python3 tests/cpython/libtests.py` (see README.md there), not by this test.
"""
import pathlib
import sys

import pytest

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
import libtests  # noqa: E402

# module -> floor on (cases passing on pvm) / (cases passing on the host), in percent,
# as measured (the excluded cases of differences.txt and impl_detail skips left out).
FLOORS = {
    "test_grammar": 98.0,
    "test_scope": 100.0,
    "test_class": 100.0,
    "test_with": 100.0,
    "test_raise": 100.0,
    "test_keywordonlyarg": 100.0,
    "test_named_expressions": 100.0,
    "test_patma": 99.0,
    "test_contextlib": 100.0,
    "test_exception_variations": 100.0,
}

TIMEOUT = 600


@pytest.fixture(scope="module")
def context():
    return libtests.read_differences(), libtests.impl_detail_messages()


@pytest.mark.parametrize("module", sorted(FLOORS))
def test_module_pass_rate(module, context):
    differences, impl_messages = context
    host, ours = libtests.run_both(module, TIMEOUT)
    row = libtests.compare(host, ours, differences, impl_messages)
    failing = "\n".join(f"  {got}: {key}" for key, got in row.failing)
    assert not row.host_state, f"{module} under python3: {row.host_state}"
    assert not row.state, f"{module} under pvm: {row.state}\n{ours.tail[-2000:]}"
    assert row.host_pass > 0
    assert row.percent >= FLOORS[module], (
        f"{module}: {row.pvm_pass}/{row.host_pass} = {row.percent:.1f}% "
        f"< floor {FLOORS[module]}%; failing on pvm:\n{failing}")
