"""How CPython's C tokenizer behaves at the edges, through pvm's whole front end: for each
input, pvm.parser.parse raises what the host's compile() raises (class, message, line,
offset, end, text) or accepts it as well, in the modes where the quirk shows."""
import ast
import warnings

import pytest

import pvm.parser

MODES = ["exec", "eval", "single"]

CASES = {
    # The indentation is measured before the line's first token is scanned, so
    # INDENT/DEDENT (or the dedent error) come before an erroneous first token.
    "indent_before_error": [" 1g3", " $$", " ?", " \x0b", "if 1:\n  x\n    $",
                            "if 1:\n    x\n  1g3\n", " 0x", " 'abc", " \u2007"],
    # A '.' followed by a digit starts a number, whatever comes before it.
    "dot_digit_is_a_number": ["0x0a.0x0a", "x = .5.5", "a.0x1", "..5", "x.1e", "1..2"],
    # A number ends at a non-ASCII character, which then starts a name.
    "number_then_non_ascii": ["1é", "0.é", "x = 1é\n", "0j\u2007", "1jé", "0é", "1eé",
                              "0x1é", "1_é", "1.5e3é", "1ifé else 2", "0b1é"],
    # A line holding only a backslash continuation: the indentation is counted on
    # across the joined lines (the first backslash after some indentation fixes it).
    "continuation_in_indentation": [
        "\\\n x", "\\\n\\\n x", " \\\n x", "if 1:\n  \\\n    x\n", "if 1:\n\\\n  x\n",
        "if 1:\n  x\n\\\n y\n", "\\\n", "\\\n\n x", "if 1:\n \\\n\\\n  x\n", "\\\n \\\n  x",
        "\\\n\t x", "if 1:\n\t\\\n        x\n", "\\ x", "  \\ x", "\\\n#c\n x"],
    # Errors after a backslash continuation show C's whole tokenizer buffer.
    "continuation_buffer": [
        "x = 1 \\\n \\ 2\n", "x = (1 \\\n \\ 2)\n", "x = 1 \\\ny = 2 \\ 3\n",
        "x = '''\n''' \\ 3\n", "x = 1 +\\\n", "x = '''\n''' + (\n", "x = 1 + \\\n \\\n",
        "f>\\\nreturn*not+=", "x +\\", "\\", "x = '''\n''' 1 1\n"],
    # translate_newlines adds one more newline to "exec" input ending in \r\n.
    "final_crlf": ["if 1:\r\n", "(\r\n", "x = (1,\r\n", "if 1:\r\n  x\r\n", "x\r\n",
                   "if 1:\r\n  pass\r\nelse", "'''\r\n"],
    # Without a final newline ("eval", "single"): no DEDENT at the end of the text, a
    # last line of blanks is measured, errors on a last line without its newline.
    "no_final_newline": [
        "if 1:\n  x", "if 1:\n    x\n  ", "if 1:\n  if 2:\n    x\n  ", "if 1:\n    x\n  y",
        "if 1:\n  x\n ", "x\n  ", "x\n ", "  ", " ", "def f():\n  x\n  ", "if 1:\n  x\n#c",
        "if 1:\n  x\n  #c", "if 1:\n  x\n    ", "if x:\n ", "if 1:\n  x\n y", "x\n\t",
        "if 1:\n\tx\n        ", "(a b x", "{\nb-b\tax~", "(b ax~", "(a b ...", "(a b =="],
}


def outcome(parse, source, mode):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            parse(source, "<quirk>", mode)
        except SyntaxError as e:
            return (type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset,
                    e.text)
    return "ok"


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("source", [pytest.param(s, id=f"{name}-{s!r}")
                                    for name, sources in CASES.items() for s in sources])
def test_like_compile(source, mode):
    expected = outcome(ast.parse, source, mode)
    assert outcome(pvm.parser.parse, source, mode) == expected
    data = source.encode("utf-8")
    assert outcome(pvm.parser.parse, data, mode) == outcome(ast.parse, data, mode)
