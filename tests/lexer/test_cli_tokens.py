"""`pvm --tokens FILE` prints what `python3 -m tokenize FILE` prints, errors and status included."""
import subprocess
import sys

import pytest

from tests.conftest import STDLIB

FILES = {
    "simple.py": b"x = 1\nif x:\n  y = 'a'  # c\n",
    "indent_error.py": b"if x:\n    a\n  b\n",
    "eof_in_statement.py": b"x = (1,\n",
    "eof_in_string.py": b'x = """\n',
    "unknown_encoding.py": b"# coding: foo\nx = 1\n",
    "bom_mismatch.py": b"\xef\xbb\xbf# coding: latin-1\n",
    "undecodable_first_line.py": b"x = \xff\n",
    "latin1.py": b"# -*- coding: latin-1 -*-\nx = '\xe9'\n",
    "errortokens.py": b"x = $ ? !\n'abc\n",
    "crlf.py": b"x = 1\r\ny = 2\r\n",
    "no_newline.py": b"x = 1",
    "empty.py": b"",
}
STDLIB_FILES = ["tokenize.py", "this.py", "test/test_tokenize.py", "test/badsyntax_3131.py"]


def run(*args, stdin=None):
    r = subprocess.run([sys.executable, *args], capture_output=True, input=stdin)
    return r.returncode, r.stdout, r.stderr


def pvm_tokens(path, stdin=None):
    return run("-m", "pvm", "--tokens", str(path), stdin=stdin)


@pytest.mark.parametrize("name", sorted(FILES))
def test_small_files(tmp_path, name, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / name).write_bytes(FILES[name])
    assert pvm_tokens(name) == run("-m", "tokenize", name)


@pytest.mark.parametrize("rel", STDLIB_FILES)
def test_stdlib_files(rel):
    path = STDLIB / rel
    assert pvm_tokens(path) == run("-m", "tokenize", str(path))


def test_missing_file_and_directory(tmp_path):
    for path in (tmp_path / "missing.py", tmp_path):
        assert pvm_tokens(path) == run("-m", "tokenize", str(path))


def test_standard_input():
    for data in (b"x = 1\n  y\n", b"a = (\n", b"x\r\ny\n"):
        status, out, err = pvm_tokens("-", stdin=data)
        assert (status, out, err) == run("-m", "tokenize", stdin=data)
