"""Every lexical error of CPython 3.11's tokenizer: class, message, line, offsets and text
compared with host compile() (tokens_for_parser ends with the ready-made error)."""
import warnings

import pytest

from pvm.lexer import is_deferred_error, tokens_for_parser
from pvm.lexer.tokens import ERRORTOKEN
from tests.lexer.oracle import error_tuple, host_error, is_tokenizer_error


def nested_ifs(depth):
    return "".join(" " * i + "if x:\n" for i in range(depth)) + " " * depth + "pass\n"


ERROR_CASES = [
    # strings
    'x = "abc\n', 'x = "abc', 'x = ("abc\n)', 'é = "abc\n', "x = 'a' 'b\n", "f'{x\n",
    'x = """abc\n\n', 'é = """abc\n\ny', 'x = """abc', 'x = "abc\\\ndef', "x = 'abc\\\n",
    "rb'''x", "x = '''\n''''\n", "x = '''abc\n  def",
    # characters
    "x = €\n", "é = a€\n", "x = a\u00a0b\n", "x = \u00b7b\n", "x = \u2028\n", "x = 1\n\x0b\n",
    "x = 1 \x0b\n", "import ä £\n", "x = a\u00b7b\n", "\uff21 = 1\n", "x = \u0300a\n",
    # numbers
    "x = 1abc\n", "x = 0x\n", "x = 0o8\n", "x = 0b2\n", "x = 0b12\n", "x = 0777\n", "x = 09\n",
    "x = 0_1\n", "x = 0__1\n", "x = 0_\n", "x = 1_\n", "x = 1__0\n", "x = 1e\n", "x = 1e+\n",
    "x = 1e_5\n", "x = 1e5_\n", "x = .5e\n", "x = 1.5_\n", "x = 1jx\n", "x = 1.5j_\n",
    "x = 0e\n", "x = 0o\n", "x = 0o_\n", "x = 0x_g\n", "x = 0b\n", "x = 0b1_\n", "x = 0x1_\n",
    "x = 0b1e\n", "x = 0o7a\n", "x = 0o79\n", "x = 1e1a\n", "x = 1.a\n", "x = 0xz\n",
    "x = 1_e5\n", "x = 00\n", "x = 09.5\n", "x = 1.e5\n", "x = 1_000j\n", "x = 1..real\n",
    # line continuation and EOF
    "x = 1 \\ 2\n", "é = 1 \\ 2\n", "x = 1 +\\\n", "x = 1 +\\", "x = 1\n\\\n", "\\\n", "x = 1 \\",
    "\\\n\\\n", "x = 1; \\\n", "x=1\n  \\\n  y=2\n", "(\n  \\\n x)\n", "if 1:\n  \\\n    x\n",
    # brackets
    "x = (1,\n", "é = (1,\n", "x = (1,\n\n\n", "x = (1, [2,\n", "x = (1,\n  2\n", "x = (1,\n  2",
    "(\n\\\n", "x = [1,\ny = 2\n", "x = )\n", "x = ]\n", "x = (]\n", "x = (\n]\n", "x = (\n\n1]\n",
    "x = {\n(\n", "x = (\n)\n)\n", "\n\n\n)",
    "x = " + "(" * 201 + ")" * 201 + "\n", "x = " + "(" * 200 + ")" * 200 + "\n",
    # indentation
    "if x:\n    a\n  b\n", "if x:\n    a\n  b", "if x:\n  a\n b\n", "if x:\n\ta\n        b\n",
    "if x:\n        a\n\tb\n", "if x:\n  \ta\n\t  b\n", "def f():\n\tx\n        y\n",
    "if 1:\n\tif 2:\n\t\tx\n\t        y\n", "if 1:\n        x\n\ty\n", "\tif 1:\n        x\n",
    "if x:\n    pass\n  else:\n    pass\n", "if x:\n  \x0c  a\n", "x = 1\n\x0c  y = 2\n",
    nested_ifs(100), nested_ifs(99),
    # tokens the parser refuses
    "x = $\n", "x = a ? b\n", "x = !a\n", "a <> b\n", "x = `a`\n",
]


def pvm_error(src):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        tokens = tokens_for_parser(src, "<test>")
    if tokens[-1][0] == ERRORTOKEN:
        return tokens[-1][1]
    return None


@pytest.mark.parametrize("src", ERROR_CASES, ids=lambda s: repr(s)[:40])
def test_error_matches_compile(src):
    expected = host_error(src)
    exc = pvm_error(src)
    if expected is None or not is_tokenizer_error(expected[1]):
        # The host's parser fails (or nothing does): pvm's tokens may only end in an
        # error CPython would report after the parser's own.
        assert exc is None or is_deferred_error(exc), exc
    else:
        assert exc is not None, expected
        assert error_tuple(exc) == expected


@pytest.mark.parametrize("src, lineno, text", [
    ("x = 1\n\0\n", 2, ""), ("x = 1\n  a\0b\n", 2, "  a"), ('x = "ab\0c"\n', 1, 'x = "ab'),
    ("\0", 1, ""), ('x = """\n\0"""\n', 2, ""),
])
def test_null_bytes_as_the_file_reader_reports_them(src, lineno, text):
    exc = pvm_error(src)
    assert type(exc) is SyntaxError
    assert (exc.msg, exc.lineno, exc.offset, exc.text) == (
        "source code cannot contain null bytes", lineno, 0, text)


def test_number_before_keyword_warns_like_cpython():
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        tokens = tokens_for_parser("x = 1if y else 2\n", "w.py")
    assert [t[1] for t in tokens[:4]] == ["x", "=", "1", "if"]
    assert [(str(w.message), w.category, w.lineno) for w in caught] == [
        ("invalid decimal literal", SyntaxWarning, 1)]


def test_number_warning_as_error():
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        tokens = tokens_for_parser("x = 0x1for y\n", "w.py")
    assert tokens[-1][0] == ERRORTOKEN
    assert tokens[-1][1].msg == "invalid hexadecimal literal"


def test_deferred_errors_are_the_done_codes():
    assert is_deferred_error(pvm_error("x = 1 +\\\n"))
    assert is_deferred_error(pvm_error("if x:\n    a\n  b\n"))
    assert is_deferred_error(pvm_error("x = (1,\n"))
    assert not is_deferred_error(pvm_error("x = 'abc\n"))
    assert not is_deferred_error(pvm_error("x = 0777\n"))
