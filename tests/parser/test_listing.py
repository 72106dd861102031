"""`pvm --ast [-a] FILE` against `python3 -m ast --no-type-comments [-a] FILE`: the same
output, the same exit status, and for errors the same last lines on stderr."""
import subprocess
import sys

import pytest

PROGRAMS = {
    "plain": "x = 1\nif x:\n    print(x, 'é')\n",
    "funcs": "@d\nasync def f(a, /, b=2, *c, d, **e) -> int:\n    return [i async for i in a]\n",
    "match": "match p:\n    case {'x': x, **r} if x:\n        pass\n    case [1, *rest]:\n        pass\n",
    "fstrings": "name = 'w'\nprint(f'{name!r:>{10}} {name=}')\n",
    "syntax_error": "def f():\n    return 1 +\n",
    "indentation_error": "if True:\nprint(1)\n",
    "unclosed": "x = (1,\ny = 2\n",
    "tokenizer_error": "x = 1\ny = 'abc\n",
    "bad_coding": "# -*- coding: nosuchcodec -*-\nx = 1\n",
    "latin1": "# -*- coding: latin-1 -*-\nx = 'caf\xe9'\n",
    "no_final_newline": "x = [1,\n 2]",
    "non_ascii_error": "s = 'é' + ñ 1\n",
    "tab_indented_error": "if x:\n\tprint(1 2)\n",
    "multiline_range": "f(a for a in b,\n  c)\n",
    "tab_error": "if x:\n\tif y:\n        pass\n",
}


def run(args, stdin=None):
    return subprocess.run([sys.executable, *args], capture_output=True, input=stdin)


def error_tail(stderr):
    """The part of a traceback python3 and pvm both print: from the `File` line on."""
    lines = stderr.decode("utf-8", "replace").splitlines()
    starts = [i for i, line in enumerate(lines) if line.startswith('  File "')]
    return lines[starts[-1]:] if starts else lines[-1:]


@pytest.mark.parametrize("name", sorted(PROGRAMS))
@pytest.mark.parametrize("flags", [[], ["-a"]], ids=["plain", "attributes"])
def test_like_python_m_ast(tmp_path, name, flags):
    path = tmp_path / f"{name}.py"
    encoding = "latin-1" if name == "latin1" else "utf-8"
    path.write_bytes(PROGRAMS[name].encode(encoding))
    host = run(["-m", "ast", "--no-type-comments", *flags, str(path)])
    ours = run(["-m", "pvm", "--ast", *flags, str(path)])
    assert ours.returncode == host.returncode
    assert ours.stdout == host.stdout
    if host.returncode:
        assert error_tail(ours.stderr) == error_tail(host.stderr)


def test_stdin():
    source = b"a = [x for x in y]\n"
    host = run(["-m", "ast", "--no-type-comments", "-"], stdin=source)
    ours = run(["-m", "pvm", "--ast", "-"], stdin=source)
    assert (ours.returncode, ours.stdout) == (host.returncode, host.stdout)


def test_missing_file(tmp_path):
    missing = str(tmp_path / "missing.py")
    ours = run(["-m", "pvm", "--ast", missing])
    host = run([missing])
    assert ours.returncode == 2 == host.returncode
    assert ours.stderr.decode().split(": ", 1)[1] == host.stderr.decode().split(": ", 1)[1]


CARET_CASES = [
    (cls, args) for cls in ("SyntaxError", "IndentationError", "TabError")
    for args in [("f", 2, 3, "print(1)\n", 2, 6), ("f", 2, 3, "print(1)\n", 3, 2),
                 ("f", 2, 3, "print(1)\n", 2, -1), ("f", 2, 3, "  print(1)\n", 2, 7),
                 ("f", 1, 4, "é = ñ 1\n", 1, 6), ("f", 1, 0, "x\n", 1, 0),
                 ("f", 1, 40, "abc\n", 1, 41), ("f", 3, 2, "a\nbc\n", 3, 4),
                 ("f", 1, 4, "éé\n", 1, 6), ("f", 1, 2, "éé x\n", 1, 5)]
]


@pytest.mark.parametrize("cls,args", CARET_CASES)
def test_syntax_error_display_like_cpython(cls, args):
    from pvm.parser.listing import format_syntax_error
    host = run(["-c", f"raise {cls}('m', {args!r})"])
    err = getattr(__builtins__, cls, None) or __builtins__[cls]
    ours = "".join(format_syntax_error(err("m", args))).splitlines()
    assert ours == host.stderr.decode().splitlines()[-len(ours):]
