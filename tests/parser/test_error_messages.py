"""Each kind of error message, with its whole location: pvm's SyntaxError has the
class, message, lineno, offset, end_lineno, end_offset and text of the host's."""
import ast
import warnings

import pytest

import pvm.parser

MESSAGES = {
    "invalid syntax": ["x = 3 y", "for x y:\n pass\n", "1 <> 2", "x = (1 2", "a b c d",
                       "if x:\n    pass\n  else:\n    pass\n"],
    "never closed": ["x = (1,\n", "f(a,\n  b\n", "[1,\n{2:\n", "(\nx y\n)\n]"],
    "tokenizer error after a parser error": ["(\nx y\n'abc", "x = 1 +\n'abc", "a b\n$\n",
                                             "x = (\ny = 2\nz = [\n"],
    "indentation": ["  x = 1\n", "if x:\n", "if x:\npass\n", "def f():\n\nx", "for x in y:\n",
                    "while x:\n", "with a:\n", "try:\n", "try:\n    a\nfinally:\n",
                    "try:\n    a\nexcept E:\n", "try:\n    a\nexcept* E:\n", "class C:\n",
                    "if x:\n    a\nelif y:\n", "if x:\n    a\nelse:\n", "match x:\n", "match x:\n    case 1:\n",
                    "if x:\n    a\n  b\n", "if x:\n        a\n    b\n", "x\n    y\n"],
    "expected ':'": ["if x\n    pass\n", "while x\n    pass\n", "for x in y\n    pass\n",
                     "class C\n    pass\n", "def f()\n    pass\n", "with a\n    pass\n",
                     "try\n    pass\n", "else\n", "match x\n    case 1: pass\n",
                     "match x:\n    case 1\n        pass\n", "try:\n    a\nexcept E\n    pass\n",
                     "with (a, b)\n    pass\n"],
    "expected other": ["def f:\n    pass\n", "x = 1 if y", "try:\n    a\nx = 1\n",
                       "try:\n    a\nexcept:\n    pass\nexcept* E:\n    pass\n",
                       "try:\n    a\nexcept* E:\n    pass\nexcept:\n    pass\n", "try:\n    a\nexcept*:\n    pass\n"],
    "assignment targets": ["f() = 1", "a + 1 = 2", "(a, b()) = 1", "[a, 1] = 2", "None = 1",
                           "a.b, c() = 1", "x = yield = 1", "for f() in y: pass",
                           "with a as f(): pass", "del f()", "del *a", "del (a, 1)",
                           "f() += 1", "(a, b) += 1", "[a]: int", "a, b: int", "a.b(): int",
                           "lambda: 1 = 2", "a if b else c = 1", "{a: b} = 1", "x := 1",
                           "(x.y := 1)", "f(True=1)", "f(a.b=1)", "True = 1", "... = 1"],
    "did you mean": ["if x = 1: pass", "f(a = 1 for a in b)", "x if a = 1 else b",
                     "[a = 1]", "f(x.y = 1)", "{a: b = 1}"],
    "forgot a comma": ["[a b]", "(a b)", "{a b}", "f(a b)", "x = [1, 2 3]", "print(a b)",
                       "test {a b} c"],
    "legacy print": ["print 'hello'", "exec 'code'", "print x, y", "print -1 +"],
    "parameters": ["def f(a=1, b): pass", "def f(*): pass", "def f(*, **k): pass",
                   "def f(/, a): pass", "def f(a, /, b, /): pass", "def f(*a, /): pass",
                   "def f(a, *b, *c): pass", "def f(**k=1): pass", "def f(*a=1): pass",
                   "def f(**k, a): pass", "def f((a, b)): pass", "def f(a=): pass",
                   "lambda a=1, b: 0", "lambda *: 0", "lambda (a): 0", "lambda **k, a: 0",
                   "def f(a, /*): pass"],
    "calls": ["f(**a, *b)", "f(a=1, b)", "f(**a, b)", "f(x for x in y, 1)",
              "f(1, x for x in y)", "f(a, *b, c=1, d)"],
    "comprehensions": ["[*a for a in b]", "{**a for a in b}", "[a, b for a in c]",
                       "{a, b for a in c}", "[a, for a in c]", "(*a for a in b)"],
    "dicts": ["{a: *b}", "{a:}", "{a: b, c}", "{a: b, c: }"],
    "groups": ["(*a)", "(**a)", "print(*a for a in b)"],
    "imports": ["from a import b,", "from a import (b", "import a as b.c", "from a import *, b"],
    "patterns": ["match x:\n    case a as _:\n        pass\n", "match x:\n    case 1 as 2:\n        pass\n",
                 "match x:\n    case C(a=1, b):\n        pass\n", "match x:\n    case 1j + 2:\n        pass\n",
                 "match x:\n    case 1 + 2:\n        pass\n"],
    "exceptions": ["try:\n    a\nexcept A, B:\n    pass\n", "try:\n    a\nexcept A, B as c:\n    pass\n"],
    "f-string expressions": ["x = 1\nf'{a $ b}'", "x = 1\nf'''\n{a\n $ b}'''",
                             "f'''\n    {\n    (123_a)\n    }'''", "f'{a!r b}'", "f'{a:{b c}}'",
                             "f'{é b}'", "x = 'é'; f'{a b é}'", "f'{lambda x: 1}'"],
    "numbers and strings": ["1" * 4301, "x = 'a' b'b'", "f'{a b}'", "f'{}'", "f'{a!x}'",
                            "f'{a'", "'abc", "'''abc", "x = 0777", "1_000_", "0x"],
}

CASES = [(kind, source) for kind, sources in MESSAGES.items() for source in sources]


def full_error(parse, source, mode="exec"):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            parse(source, "<unknown>", mode)
        except SyntaxError as err:
            return (type(err).__name__, err.msg, err.lineno, err.offset, err.end_lineno,
                    err.end_offset, err.text)
    return None


@pytest.mark.parametrize("kind,source", CASES, ids=[f"{k}-{i}" for i, (k, _) in enumerate(CASES)])
def test_error_message(kind, source):
    expected = full_error(ast.parse, source)
    assert expected is not None, "the host accepts this snippet; the test needs another"
    assert full_error(pvm.parser.parse, source) == expected


def test_offsets_count_characters():
    expected = full_error(ast.parse, "é = 1 2")
    assert full_error(pvm.parser.parse, "é = 1 2") == expected


def test_recursion_becomes_syntax_error():
    with pytest.raises(SyntaxError):
        pvm.parser.parse("-" * 100_000 + "1")
    with pytest.raises(SyntaxError):
        pvm.parser.parse("(" * 300 + ")" * 300)


def test_accepts_what_cpython_accepts_deeply():
    pvm.parser.parse("-" * 1000 + "1")
    pvm.parser.parse("(" * 199 + "x" + ")" * 199)
    pvm.parser.parse("not " * 1000 + "x")
