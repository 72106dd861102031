"""pvm.errors: SyntaxErrors built with CPython's offsets, and shown as CPython's default
excepthook shows them (the lines after the traceback), against the host's excepthook
for every kind of field."""
import subprocess
import sys

import pytest

from pvm.errors import format_syntax_error, syntax_error, syntax_error_location

# (class expression, args expression), evaluated in the host and here.
CASES = [
    (cls, args) for cls in ("SyntaxError", "IndentationError", "TabError")
    for args in ["('m', ('f', 2, 3, 'print(1)\\n', 2, 6))", "('m', ('f', 2, 3, 'print(1)\\n', 3, 2))",
                 "('m', ('f', 2, 3, 'print(1)\\n', 2, -1))", "('m', ('f', 2, 3, '  print(1)\\n', 2, 7))",
                 "('m', ('f', 1, 4, 'é = ñ 1\\n', 1, 6))", "('m', ('f', 1, 0, 'x\\n', 1, 0))",
                 "('m', ('f', 1, 40, 'abc\\n', 1, 41))", "('m', ('f', 3, 2, 'a\\nbc\\n', 3, 4))",
                 "('m', ('f', 1, 4, 'éé\\n', 1, 6))", "('m', ('f', 1, 2, 'éé x\\n', 1, 5))"]
] + [
    ("SyntaxError", args) for args in [
        "('m', ('f.py', 1, 2, 'abcdef\\n', 2, 5))", "('m', ('f.py', 1, 8, 'abc\\n', 1, 20))",
        "('m', ('f.py', None, 2, 'abc\\n', 1, 20))", "('m', (None, 3, 2, None, 1, 20))",
        "('m', ('f.py', 2, 3, '   \\tabc\\n', 2, 9))", "('m', ('f.py', 1, 1, 'a\\nbcd\\n', 1, 4))",
        "('m', ('f.py', 1, 0, 'abc', 1, 0))", "('m',)", "()", "('m', ('f', 1, 'a', 'x\\n', 1, 2))",
        "('m', ('f', 1, 2, 'x\\n', 'b', 2))", "('m', ('f', 1, 2, 'x\\n', 1, 'c'))",
        "('', ('f', 1, 2, 'abc\\n', 1, 3))", "(None, ('f', 1, 2, 'abc\\n', 1, 3))",
        "('m', (None, 1, 2, 'a\\0bc\\n', 1, 3))", "('m', ('f', True, 2, 'abc', 1, 9))",
        "('m', ('f', 1, None, 'abc', None, None))", "('m', ('f', 1, -5, '   abc', 1, 2))",
        "('m', ('f', 1, 2, 'abc', None, 3))", "('m', ('f', -3, 2, 'abc', 1, 3))",
        "(42, ('f', 1, 2, 'abc', 1, 3))", "('m', (b'f', 1, 2, 'abc', 1, 3))"]
] + [
    ("IndentationError", "('m', ('f', 1, 'a', 'x\\n', 1, 2))"),
    ("IndentationError", "('m', ('f', 1, 2, 'x\\n', 'b', 'c'))"),
    ("type('Mine', (SyntaxError,), {'__module__': 'pkg.mod'})", "('m', ('f', 1, 2, 'abc', 1, 3))"),
    ("type('Mine', (SyntaxError,), {'__module__': '__main__'})", "('m', ('f', 1, 2, 'abc', 1, 3))"),
    ("type('Mine', (SyntaxError,), {'__module__': 3})", "('m', ('f', 1, 2, 'abc', 1, 3))"),
]

MARK = "----8<----"


def host_displays():
    """What the host's sys.excepthook writes for each case (after the traceback)."""
    program = "import sys\n" + "".join(
        f"try:\n    raise ({cls}){args}\nexcept BaseException:\n"
        f"    sys.excepthook(*sys.exc_info())\n    sys.stderr.write({MARK!r} + '\\n')\n"
        for cls, args in CASES)
    out = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True,
                         encoding="utf-8", errors="surrogateescape").stderr
    chunks = out.split(MARK + "\n")[:-1]
    assert len(chunks) == len(CASES)
    return [after_traceback(chunk) for chunk in chunks]


def after_traceback(chunk):
    """The exception's own lines: a -c program's traceback is two lines (no source)."""
    lines = chunk.splitlines(keepends=True)
    assert lines[0].startswith("Traceback")
    return "".join(lines[2:])


@pytest.fixture(scope="module")
def host():
    return host_displays()


@pytest.mark.parametrize("index", range(len(CASES)), ids=lambda i: f"{CASES[i][0][:20]}{CASES[i][1]}")
def test_display_like_the_hosts_excepthook(host, index):
    cls, args = CASES[index]
    exc = eval(f"({cls}){args}")
    assert "".join(format_syntax_error(exc)) == host[index]


def test_location_is_none_when_cpython_shows_str():
    assert syntax_error_location(SyntaxError("m", ("f", 1, "a", "x\n", 1, 2))) is None
    assert syntax_error_location(SyntaxError("m")) is None
    assert syntax_error_location(SyntaxError("m", ("f", 1, 2, "x\n", 1, 3))) == [
        '  File "f", line 1\n', "    x\n", "     ^\n"]


def test_syntax_error_offsets_and_undecodable_text():
    exc = syntax_error("m", "f", 2, 3, "ab\udcffc\n", end_col=5)
    assert (exc.lineno, exc.offset, exc.end_lineno, exc.end_offset) == (2, 4, 2, 6)
    assert exc.text == "ab\ufffdc\n"
    assert syntax_error("m", "f", 1, 0, "\udcf0\udc90\udc80\n").text == "\ufffd\n"
    assert type(syntax_error("m", "f", 1, 0, cls=TabError)) is TabError
