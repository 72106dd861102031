"""Compile-time errors of the code generator: same class, message and line as the host."""
import ast
import warnings

import pytest

from tests.compiler.support import host_compile, pvm_compile

ERRORS = [
    "return 1\n",
    "class C:\n    return\n",
    "yield x\n",
    "class C:\n    yield\n",
    "x = [(yield from y)]\n",
    "await x\n",
    "def f():\n    await x\n",
    "def f():\n    [await x for x in y]\n",
    "break\n",
    "if x:\n    continue\n",
    "def f():\n    while x:\n        def g():\n            break\n",
    "try:\n    pass\nexcept:\n    pass\nexcept E:\n    pass\n",
    "a, *b, *c = d\n",
    "[*a, *b] = c\n",
    "*a = b\n",
    "x = *a\n",
    "print(*a for a in b)\n",
    "async def f():\n    yield from x\n",
    "async def f():\n    yield 1\n    return 2\n",
    "def f():\n    async with a:\n        pass\n",
    "def f():\n    async for a in b:\n        pass\n",
    "def f():\n    return [x async for x in y]\n",
    "f(a=1, a=2)\n",
    "f(x, y, z=1, *w, z=3)\n",
    "class C(a=1, a=2): pass\n",
    "import os\nfrom __future__ import annotations\n",
    "for x in y:\n    try:\n        pass\n    except* E:\n        break\n",
    "def f():\n    try:\n        pass\n    except* E:\n        return 1\n",
    "match x:\n    case _:\n        pass\n    case 1:\n        pass\n",
    "match x:\n    case y:\n        pass\n    case 1:\n        pass\n",
    "match x:\n    case [a, a]:\n        pass\n",
    "match x:\n    case [a] | (b,):\n        pass\n",
    "match x:\n    case {1: a, 1: b}:\n        pass\n",
    "match x:\n    case C(a=1, a=2):\n        pass\n",
    "match x:\n    case [*a, *b]:\n        pass\n",
    "match x:\n    case a | b:\n        pass\n",
    "def f(__debug__): pass\n",
    "f(__debug__=1)\n",
    "x: int\ndel __debug__\n",
    "\n".join("for x in y:" if i == 0 else " " * i + "for x in y:" for i in range(21)) + "\n" +
    " " * 21 + "pass\n",
    "x = [" + ", ".join(f"a{i}" for i in range(257)) + ", *b] = c\n",
]


def _host_error(source):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            host_compile(source)
        except SyntaxError as err:
            return err
    return None


@pytest.mark.parametrize("source", ERRORS, ids=lambda s: s.splitlines()[-1][:40])
def test_error_like_host(source):
    expected = _host_error(source)
    assert expected is not None, "the host accepts this"
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            ast.parse(source)
    except SyntaxError:
        pytest.skip("the parser's error, not the compiler's")
    with pytest.raises(SyntaxError) as info:
        pvm_compile(source)
    got = info.value
    assert (type(got), got.msg, got.lineno) == (type(expected), expected.msg, expected.lineno)
    assert got.offset == expected.offset


def test_syntax_warning_for_is_literal():
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        pvm_compile("x is 1\n")
    assert any(issubclass(w.category, SyntaxWarning) and '"is" with a literal' in str(w.message)
               for w in caught)


def test_syntax_warning_as_error():
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        with pytest.raises(SyntaxError, match="is not callable"):
            pvm_compile("x = [(1, 2) (3, 4)]\n")


@pytest.mark.parametrize("source", ["x = [1, 2] [0]\n", "x = 5[0]\n", "x = {1}[0]\n",
                                    "x = (lambda: 1)[0]\n", "x = [1, 2]['a']\n",
                                    "x = 'abc'[1.5]\n", "x = (1, 2)[x]\n", "x = 'a'[0]\n",
                                    "x = [1][1:2]\n", "x = (x, y) (z)\n", "x = 1 is 1\n"])
def test_syntax_warnings_like_host(source):
    def caught(compiler):
        with warnings.catch_warnings(record=True) as got:
            warnings.simplefilter("always")
            compiler(source)
        return [(w.category, str(w.message), w.lineno) for w in got]
    assert caught(pvm_compile) == caught(lambda text: compile(text, "<test>", "exec"))
