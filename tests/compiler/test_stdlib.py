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
