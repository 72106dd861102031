"""Type comments (ast.parse(type_comments=True), PyCF_TYPE_COMMENTS), feature_version's
pre-3.7 `async`/`await` names, and the func_type mode, against the host's ast.parse:
the same tree (positions included) or the same SyntaxError (message and location)."""
import ast
import warnings

import pytest

import pvm.parser
from pvm.lexer import tokens_for_parser
from pvm.lexer.tokens import TYPE_COMMENT, TYPE_IGNORE

TYPE_COMMENTS = {
    "assign": "x = 1  # type: int\n",
    "assign_chain": "x = y = z  # type: é\n",
    "assign_trailing_blanks": "x = 1  # type:  int  \n",
    "no_blanks": "x = 1 #type:int\n",
    "spread_prefix": "x = 1 #   type:   int\n",
    "not_a_prefix": "x = 1 #   type  :   int\n",
    "ignore_alone": "x = 1\n# type: ignore[foo]  \ny = 2\n",
    "ignore_after_code": "x = 1  # type: ignore\n",
    "ignore_tight": "x = 1  #type:ignore\n",
    "ignore_word": "x = 1  # type: ignorex\n",
    "ignore_tag": "x = 1  # type: ignore x\n",
    "ignore_then_comment": "x = 1  # type:ignore[x]  # more\n",
    "ignore_after_shebang": "#!/usr/bin/env python\n# type: ignore\n",
    "ignore_in_brackets": "x = [1, # type: ignore\n 2]\n",
    "ignore_in_block": "if 1:\n    x = 1  # type: int\n    # type: ignore\n",
    "ignore_on_class": "class C:  # type: ignore\n  pass\n",
    "def_signature_line": "def f():  # type: () -> None\n    pass\n",
    "def_signature_below": "def f(a, # type: int\n      b):\n    # type: (...) -> None\n    pass\n",
    "def_args": ("def f(a,  # type: int\n  b # type: str\n):  # type: (...) -> None\n"
                 "    pass\n"),
    "def_last_arg": "def f(a  # type: int\n):\n  pass\n",
    "def_defaults": "def f(a=1,  # type: int\n *, b=2,  # type: int\n c):  # type: ignore\n pass\n",
    "def_kwonly": "def f(*, a  # type: int\n): pass\n",
    "async": ("async def f(*a, # type: int\n **k # type: str\n ):\n"
              " async with x: # type: int\n  async for i in y: # type: T\n   pass\n"),
    "for": "for x in y:  # type: int\n    pass\n",
    "with": "with a as b:  # type: int\n    pass\n",
    # Misplaced type comments are errors.
    "expression": "x + 1  # type: int\n",
    "if": "if x:  # type: int\n    pass\n",
    "alone": "# type: int\nx = 1\n",
    "in_tuple": "x = (1, # type: int\n 2)\n",
    "before_param": "def f(\n  # type: int\n  a): pass\n",
    "lambda": "lambda a, # type: int\n b: 1\n",
    "parenthesized_with": "with (a as b):  # type: int\n    pass\n",
    "two_below_def": "def f():\n    # type: () -> None\n    # type: () -> None\n    pass\n",
    "two_on_def": "def f():  # type: a\n    # type: b\n    pass\n",
    "bare_star": "def f(a, # type: int\n      *, # type: int\n      b):\n    pass\n",
    "bare_star_doctest": "def f(\n    *, # type: int\n    a, # type: int\n):\n    pass",
}


def outcome(parse, source, **options):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            return ast.dump(parse(source, **options), include_attributes=True)
        except SyntaxError as err:
            return (type(err).__name__, err.msg, err.lineno, err.offset, err.end_lineno,
                    err.end_offset)


def check(source, **options):
    expected = outcome(ast.parse, source, **options)
    assert outcome(pvm.parser.parse, source, **options) == expected


@pytest.mark.parametrize("name", sorted(TYPE_COMMENTS))
def test_type_comments(name):
    check(TYPE_COMMENTS[name], type_comments=True)


@pytest.mark.parametrize("name", sorted(TYPE_COMMENTS))
def test_plain_comments_without_the_option(name):
    check(TYPE_COMMENTS[name])


def test_lexer_makes_type_comment_tokens_only_when_asked():
    source = "x = 1  # type: int\ny = 2  # type: ignore[z]\n"
    kinds = [t[0] for t in tokens_for_parser(source)]
    assert TYPE_COMMENT not in kinds and TYPE_IGNORE not in kinds
    tokens = [t[:2] for t in tokens_for_parser(source, type_comments=True)
              if t[0] in (TYPE_COMMENT, TYPE_IGNORE)]
    assert tokens == [(TYPE_COMMENT, "int"), (TYPE_IGNORE, "[z]")]


ASYNC_NAMES = [
    "async = 1\n", "await = 1\n", "print(async, await)\n", "def f():\n    await x\n",
    "async def f():\n    await x\n    async = 1\n",
    "async def f():\n    async for x in y: pass\n",
    "async def f():\n    def g():\n        async = 1\n",
    "async def f(): await x\nawait = 1\n",
    "async def f(\n  a): return await a\nasync = 2\n",
    "async with x: pass\n",
]


@pytest.mark.parametrize("version", [(3, 4), (3, 6), (3, 7)])
@pytest.mark.parametrize("source", ASYNC_NAMES)
def test_feature_version_async_names(source, version):
    check(source, feature_version=version)


@pytest.mark.parametrize("source", ["x := 1", "(x := 1)", "def f(a, /): pass\n",
                                    "with (a, b): pass\n", "match x:\n case 1: pass\n"])
@pytest.mark.parametrize("version", [(3, 7), (3, 8), (3, 9)])
def test_feature_version_errors(source, version):
    check(source, feature_version=version)


@pytest.mark.parametrize("source", [
    "(int) -> str", "(int, *str, **Any) -> None", "() -> None\n", "(*int) -> x",
    "(**k) -> x", "(a, *b, **c) -> d", "(a,) -> b", "(int) -> str  # type: ignore",
    "int -> str", "(a) -> ", "(a, b=1) -> c"])
def test_func_type_mode(source):
    check(source, mode="func_type")
