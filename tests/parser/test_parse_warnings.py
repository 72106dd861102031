"""The parser's warnings (invalid escape sequences) are issued as CPython 3.11's passes
issue them: by the first pass, and by the error pass only inside
expression_without_invalid, so a source with a syntax error warns once, not twice;
under an "error" filter the warning is the SyntaxError at the string."""
import warnings

import pytest

import pvm.parser

SOURCES = [
    "'\\e' $", "'\\e'\n$", "x = '\\e' + \n", "f'\\e {x}' $", "'\\e' + '\\q' $", "b'\\e' $",
    "if 1:\n  '\\e'\n 1", "'\\e' if", "x = 0b1 '\\e' $", "x = y '\\e'", "x = 1 '\\e'",
    "x = 1 + '\\q' 2 '\\e'", "x = (1 '\\e')", "[1 '\\e']", "f(1 '\\e')", "x = '\\q' y '\\e'",
    "'\\q' if '\\e'", "f(a for a in b, '\\e')", "f(**a, '\\e')", "f(a=1, '\\e')",
    "x = '\\e'\n", "x = '\\q' + '\\e'\n", "def f():\n  return '\\e'\n", "print(f'{x}\\e')",
    "x = '\\777' $",
]


def outcome(parse, source, action):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter(action)
        try:
            parse(source)
            error = None
        except SyntaxError as err:
            error = (err.msg, err.lineno, err.offset, err.end_lineno, err.end_offset)
    return error, [(w.category, str(w.message), w.lineno) for w in caught]


@pytest.mark.parametrize("action", ["always", "error"])
@pytest.mark.parametrize("source", SOURCES)
def test_warnings_like_host(source, action):
    def host(text):
        return compile(text, "<test>", "exec", dont_inherit=True)

    def mine(text):
        return pvm.parser.parse(text, "<test>")
    assert outcome(mine, source, action) == outcome(host, source, action)
