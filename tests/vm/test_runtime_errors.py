"""Tracebacks and error reports against python3, byte for byte.

The main program shows many exceptions through the default `sys.excepthook` (which is
what prints an uncaught exception), so one run of each interpreter covers carets under
binary operators and subscripts, elided carets, suggestions, chains, exception groups,
notes, recursion, non-ASCII lines, odd exception types and more. Separate runs cover
what only happens at exit: uncaught exceptions, SyntaxError, custom and failing
excepthooks, exceptions ignored in __del__, in threads and in atexit callbacks.
Object addresses (0x...) are normalised.
"""
import pathlib
import re
import sys
import textwrap

import pytest

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1] / "cli"))
from pvmrun import run_pvm, run_python  # noqa: E402

ADDRESS = re.compile(rb"0x[0-9a-f]+")

SHOWCASE = '''\
import sys, json

def show(func):
    try:
        func()
    except BaseException:
        sys.excepthook(*sys.exc_info())
    print("--", file=sys.stderr)

def binop():
    a = 1
    b = None
    return a + b

def binop_spaced():
    a, b = 1, 0
    x = (a)   // b   # comment
    return x

def multiline():
    return (1 +
            None)

def subscript():
    d = {"a": 1}
    return d ["missing"]

def nested_subscript():
    grid = [[1, 2], [3]]
    return grid[1][5]

def whole_line_call():
    binop()

class Thing:
    length = 3
    def method(self):
        return self.lenght

def attribute():
    Thing().method()

def name_error():
    valuex = 1
    return valuy

def builtin_name():
    return lenn([])

def cause():
    try:
        {}["k"]
    except KeyError as exc:
        raise ValueError("converted") from exc

def context():
    try:
        1 / 0
    except ZeroDivisionError:
        undefined_name

def suppressed():
    try:
        1 / 0
    except ZeroDivisionError:
        raise TypeError("clean") from None

def group():
    inner = ExceptionGroup("inner", [KeyError("a"), OSError(2, "no file")])
    exc = ValueError("with notes")
    exc.add_note("first note")
    exc.add_note("second\\nnote")
    raise ExceptionGroup("outer", [exc, inner, TypeError("t")])

def recurse(n):
    return recurse(n + 1)

def recursion():
    sys.setrecursionlimit(80)
    try:
        recurse(0)
    finally:
        sys.setrecursionlimit(1000)

def unicode_line():
    s = "日本語"; n = 1 + int(s)

class BadStr(Exception):
    def __str__(self):
        raise RuntimeError("no")

def bad_str():
    raise BadStr()

def qualified():
    raise json.JSONDecodeError("bad document", "{bad", 1)

def empty_key():
    raise KeyError()

def lambda_and_comprehension():
    f = lambda x: [1 / y for y in x]
    f([1, 0])

def host_callback():
    sorted([3, 1, 2], key=lambda v: v / 0)

class Eq:
    def __eq__(self, other):
        raise RuntimeError("eq failed")

def dunder_from_host():
    [1, 2, Eq()].index(5)

def generator():
    def gen():
        yield 1
        raise StopAsyncIteration("gen")
    list(gen())

def class_body():
    class Broken:
        x = 1
        y = x.nope

def syntax_error_exec():
    exec("x = (1 +* 2)")

def syntax_error_compile():
    compile("def f(:\\n  pass", "fake.py", "exec")

def indentation_error():
    exec("if True:\\npass")

def limited():
    sys.tracebacklimit = 1
    try:
        binop()
    finally:
        del sys.tracebacklimit

for case in [binop, binop_spaced, multiline, subscript, nested_subscript, whole_line_call,
             attribute, name_error, builtin_name, cause, context, suppressed, group,
             recursion, unicode_line, bad_str, qualified, empty_key,
             lambda_and_comprehension, host_callback, dunder_from_host, generator,
             class_body, syntax_error_exec, syntax_error_compile, indentation_error,
             limited]:
    show(case)
'''


def compare(tmp_path, program, name="main.py", args=()):
    (tmp_path / "syntax_mod.py").write_text('x = "日本"; y = (1 +* 2)\n',
                                            encoding="utf-8")
    (tmp_path / name).write_text(textwrap.dedent(program), encoding="utf-8")
    host = run_python([name, *args], cwd=tmp_path)
    ours = run_pvm([name, *args], cwd=tmp_path)
    assert ours.stdout == host.stdout, ours.stderr.decode()
    assert ADDRESS.sub(b"0x", ours.stderr).decode() == ADDRESS.sub(b"0x", host.stderr).decode()
    assert ours.returncode == host.returncode
    return ours


def test_showcase_matches_python3(tmp_path):
    compare(tmp_path, SHOWCASE)


UNCAUGHT = {
    "uncaught_chain": """\
        def f():
            try:
                raise OSError("disk")
            except OSError as e:
                raise RuntimeError("wrapped") from e
        f()
    """,
    "syntax_error": "x = 1\nif x\n    pass\n",
    "unterminated": "s = '''never closed\n",
    "syntax_non_ascii": 's = "é"; x = 1 +* 2\n',
    "syntax_range_non_ascii": 'print("éé" "ü" 1)\n',
    "syntax_in_import": "import json\nimport syntax_mod\n",
    "custom_hook": """\
        import sys
        def hook(t, v, tb):
            print("hooked", t.__name__, v, tb.tb_lineno, tb.tb_frame.f_code.co_name)
        sys.excepthook = hook
        raise ValueError("x")
    """,
    "failing_hook": """\
        import sys
        def hook(t, v, tb):
            raise TypeError("hook broke")
        sys.excepthook = hook
        raise ValueError("original")
    """,
    "system_exit_message": "import sys\nprint('out')\nsys.exit({'code': 1})\n",
    "unraisable": """\
        class C:
            def __del__(self):
                raise ValueError("in del")
        c = C()
        del c
        print("after")
    """,
    "thread_exception": """\
        import threading
        def work():
            raise LookupError("in thread")
        t = threading.Thread(target=work, name="worker")
        t.start(); t.join()
        print("joined")
    """,
    "atexit_exception": """\
        import atexit
        def bye():
            raise RuntimeError("at exit")
        atexit.register(bye)
        print("registered")
    """,
    "traceback_module": """\
        import traceback, sys
        def inner():
            return [][1]
        try:
            inner()
        except IndexError:
            traceback.print_exc()
            print("".join(traceback.format_stack(limit=1)))
            print(traceback.extract_tb(sys.exc_info()[2])[-1].name)
    """,
}


@pytest.mark.parametrize("name", sorted(UNCAUGHT))
def test_exit_reports_match_python3(tmp_path, name):
    compare(tmp_path, UNCAUGHT[name])


SYNTAX_ERROR_FIELDS = [
    "SyntaxError('m', ('f.py', 1, 2, 'abcdef\\n', 1, 5))",
    "SyntaxError('m', ('f.py', 1, 2, 'abcdef\\n', 2, 5))",
    "SyntaxError('m', ('f.py', 1, 8, 'abc\\n', 1, 20))",
    "SyntaxError('m', ('f.py', None, 2, 'abc\\n', 1, 20))",
    "SyntaxError('m', (None, 3, 2, None, 1, 20))",
    "SyntaxError('m', ('f.py', 2, 3, '   \\tabc\\n', 2, 9))",
    "SyntaxError('m', ('f.py', 1, 1, 'a\\nbcd\\n', 1, 4))",
    "SyntaxError('m', ('f.py', 1, 0, 'abc', 1, 0))",
    "IndentationError('m', ('f.py', 1, 2, 'abcdef\\n', 1, 5))",
    "SyntaxError('m')",
    "SyntaxError()",
]


def test_syntax_error_fields_display(tmp_path):
    program = "import sys\n" + "".join(
        f"try:\n    raise {text}\nexcept SyntaxError:\n    sys.excepthook(*sys.exc_info())\n"
        for text in SYNTAX_ERROR_FIELDS)
    compare(tmp_path, program)


BAD_ENCODINGS = [
    b'x = 1\ny = 2\nz = "\xe9\xff"\n',
    b"# coding: nope\nx = 1\n",
    b'# coding: ascii\nx = "\xff"\n',
    b"\xef\xbb\xbf# coding: latin-1\nx = 1\n",
    b'# coding: latin-1\nprint("\xe9")\n',
]


@pytest.mark.parametrize("index", range(len(BAD_ENCODINGS)))
def test_program_file_encoding_errors(tmp_path, index):
    (tmp_path / "enc.py").write_bytes(BAD_ENCODINGS[index])
    host = run_python(["enc.py"], cwd=tmp_path)
    ours = run_pvm(["enc.py"], cwd=tmp_path)
    assert (ours.stdout, ours.stderr, ours.returncode) == \
        (host.stdout, host.stderr, host.returncode)
