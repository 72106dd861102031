"""The standard library sweep: every file the host compiles, pvm compiles; the code
verifies, has the host's structure, and survives a .pyc round trip; what the host
rejects at compile time, pvm rejects with the same class and line.

A sample by default; every file under PVM_FULL=1 (`-m stdlib`).
"""
import warnings

import pytest

import pvm.compiler
from pvm.bytecode import pyc
from pvm.compiler.verify import verify
from tests.compiler.support import all_code, structure_diffs
from tests.conftest import stdlib_id, stdlib_sample

FILES = stdlib_sample()


def _host(source, path):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            return compile(source, path, "exec", dont_inherit=True), None
        except (SyntaxError, ValueError) as err:
            return None, err


def _pvm(source, path):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            return pvm.compiler.compile(source, path, "exec"), None
        except (SyntaxError, ValueError) as err:
            return None, err


@pytest.mark.stdlib
@pytest.mark.parametrize("path", FILES, ids=stdlib_id)
def test_stdlib_file(path):
    source = path.read_bytes()
    host_code, host_err = _host(source, str(path))
    code, err = _pvm(source, str(path))
    if host_err is not None:
        assert err is not None, f"host rejects with {host_err!r}, pvm accepts"
        assert type(err) is type(host_err)
        assert getattr(err, "lineno", None) == getattr(host_err, "lineno", None)
        return
    assert err is None, f"pvm rejects: {err!r}"
    verify(code)
    diffs = structure_diffs(code, host_code)
    assert not diffs, "\n".join(diffs[:10])
    assert pyc.loads(pyc.dumps(code)) == code
    for each in all_code(code):
        assert len(list(each.co_positions())) == len(each.co_code) // 2


def _line_runs(code, host=False):
    runs = []
    for _, _, line in code.co_lines():
        if line and (not runs or runs[-1] != line):
            runs.append(line)
    # The host's RESUME sits on the first line (line 0 for a module); pvm has none.
    if host and runs and runs[0] == code.co_firstlineno:
        runs = runs[1:]
    return runs


def test_line_sequences_like_host():
    """Almost every code object steps through the same source lines as the host's."""
    total = same = 0
    for path in stdlib_sample(every=60):
        source = path.read_bytes()
        host_code, host_err = _host(source, str(path))
        if host_err is not None:
            continue
        code, _ = _pvm(source, str(path))
        pairs = [(code, host_code)]
        while pairs:
            ours, theirs = pairs.pop()
            total += 1
            mine = _line_runs(ours)
            expected = _line_runs(theirs, host=True)
            if mine and expected and mine[0] != expected[0] and \
                    expected[0] == theirs.co_firstlineno:
                expected = expected[1:]
            same += mine == expected or mine == _line_runs(theirs)
            pairs.extend(zip([c for c in ours.co_consts if hasattr(c, "co_code")],
                             [c for c in theirs.co_consts if hasattr(c, "co_code")]))
    assert same / total > 0.95, f"{same}/{total} code objects with the host's line sequence"
