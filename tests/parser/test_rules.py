"""One group of snippets per family of grammar rules: pvm.parse must give ast.parse's
tree, positions included (or the same error class, message and line)."""
import pytest

from tests.parser.conftest import assert_same_as_host

FAMILIES = {
    "atoms": [
        "x", "None; True; False; ...", "1; 1.5; 1e10; 1j; 0x1F; 0o17; 0b101; 1_000_000; 1.5e-3j",
        "()", "(1,)", "(1, 2, 3,)", "[]", "[1, *a, 2]", "{}", "{1, 2}", "{**a, 'b': 1}",
        "{*a, *b}", "((a))", "(yield)", "(yield from x)", "(x := 1)", "[x := 1, y := 2]",
        "0" * 4000, "9" * 4301, "0x" + "f" * 100,
    ],
    "strings": [
        "'a' 'b'", "b'a' b'b'", "u'x'", "'a' u'b'", "r'\\d'", "'''a\nb'''", "f'{a}'",
        "f'{a!r:>{w}}'", "f'{a=}'", "f'{a=!s}'", "f'{a=:>10}'", "'a' f'{b}' 'c'",
        "f'''{\na\n}'''", "f'{x:{y}.{z}}'", "f'{{}}'", "f'{a}' f'{b}'", "'é' f'{é}'",
        "x = f'{a + b * c}'", "f'{f\"{a}\"}'", "b'a' 'b'", "f'{a b}'", "f'{}'",
    ],
    "operators": [
        "a + b * c - d / e // f % g @ h", "a ** b ** c", "-a ** b", "a ** -b", "~a + -b + +c",
        "a | b ^ c & d << e >> f", "not a and b or c and not d", "a or b or c", "a and b and c",
        "(a or b) or c", "a < b <= c > d >= e == f != g", "a in b not in c is d is not e",
        "a if b else c if d else e", "lambda: 0", "lambda x, /, y=1, *a, z, **k: x",
        "await x", "await x ** 2", "-await x", "a <> b", "1 if 2", "x = -------1",
    ],
    "primaries": [
        "a.b.c", "a[b]", "a[b:c]", "a[::]", "a[b:c:d]", "a[b, c:d]", "a[*b]", "a[*b, c]",
        "a[b,]", "f()", "f(a, b=1, *c, d=2, **e)", "f(x for x in y)", "f(a)(b)[c].d",
        "f(*a, *b, **c, **d)", "f(a=1, *b)", "f(**a, *b)", "f(x for x in y, 1)",
        "f(a, b for b in c)", "f(a=1, b)", "f(**a, b)", "f(a := 1)", "f(a=1 for x in y)",
        "a.b(c).d[e](f)", "f(True=1)", "f(a.b=1)", "x[a:=1]",
    ],
    "comprehensions": [
        "[x for x in y]", "[x for x in y if a if b for z in w]", "{x for x in y}",
        "{k: v for k, v in d}", "(x async for x in y)", "[x for x, in y]",
        "[*x for x in y]", "[x, y for x in z]", "{**a for a in b}", "[x for x in y if z else w]",
        "[(a, b) for a, b in c]", "[i for i in range(3) if (j := i)]",
    ],
    "assignments": [
        "a = b = c", "a, b = c", "a, *b = c", "[a, b] = c", "(a, b) = c", "() = x", "[] = x",
        "a.b = c", "a[b] = c", "a += 1", "a.b //= c", "a[b] **= c", "(a) += 1", "a: int",
        "a: int = 1", "(a): int = 1", "a.b: int", "a[0]: int = 1", "(a).b: int", "x = yield y",
        "x = *a, *b", "f() = 1", "a + 1 = 2", "(a, b) += 1", "a, b: int", "[a, b]: int",
        "x = yield = 1", "del a, b[c], d.e", "del (a, b), [c]", "del f()", "del (a)",
        "*a = b", "a, = b", "a = b, = c", "x.y: int = yield", "a: int = *b, c",
    ],
    "simple_statements": [
        "pass; break; continue", "return", "return 1, 2", "return *a, b", "raise",
        "raise E", "raise E from e", "global a, b", "nonlocal a", "assert x", "assert x, 'm'",
        "import a, b.c as d", "from . import a", "from .. a import (b, c as d,)",
        "from ... import *", "from .... x import y", "import a.b.c", "from a import b,",
        "print 'x'", "exec 'x'", "yield", "yield x, y", "x; y;", "del", "import",
    ],
    "compound_statements": [
        "if a:\n    b\nelif c:\n    d\nelse:\n    e\n",
        "while a:\n    b\nelse:\n    c\n",
        "for a, b in c:\n    d\nelse:\n    e\n",
        "async def f():\n    async for a in b: pass\n    async with a as b, c: pass\n",
        "try:\n    a\nexcept E as e:\n    b\nexcept:\n    c\nelse:\n    d\nfinally:\n    e\n",
        "try:\n    a\nfinally:\n    b\n",
        "try:\n    a\nexcept* E:\n    b\nexcept* (F, G) as g:\n    c\n",
        "with a as b, c as (d, e):\n    pass\n", "with (a as b, c):\n    pass\n",
        "with (a, b):\n    pass\n", "with (a, b) as c:\n    pass\n",
        "@d\n@e.f(g)\ndef f(a, /, b, *, c=1, **d) -> int:\n    '''doc'''\n    return a\n",
        "@d\nclass C(B, metaclass=M):\n    x: int = 1\n\n    def m(self): ...\n",
        "class C: pass", "def f(): pass", "if a: b; c", "if x:\n    pass\n\n# c\n",
        "def f(*, a): pass", "def f(*args: *Ts): pass", "def f(a, b=1, /, c=2): pass",
        "def f(a=1, b): pass", "def f(*): pass", "def f(**k, a): pass", "def f(a, a): pass",
        "if x\n    pass\n", "while x\n    pass", "for x in y\n    pass", "class C\n    pass",
        "def f:\n    pass", "try:\n    pass\n", "if x:\npass\n", "for x in range(3):\n",
        "try:\n    a\nexcept E, F:\n    pass\n", "try:\n    a\nexcept E:\n    pass\nexcept* F:\n    pass\n",
    ],
    "match": [
        "match x:\n    case 1 | 2 | 3:\n        pass\n    case [a, *b, c]:\n        pass\n",
        "match x:\n    case {'k': v, 1: w, **rest}:\n        pass\n    case C(a, b, c=d):\n        pass\n",
        "match x:\n    case (a, b) as c if c > 0:\n        pass\n    case _:\n        pass\n",
        "match x:\n    case -1 | 1.5 | 2j | -3+4j | 'a' 'b' | None | True | False:\n        pass\n",
        "match x:\n    case a.b.c:\n        pass\n    case (1):\n        pass\n    case ():\n        pass\n",
        "match x, y:\n    case [*_]:\n        pass\n", "match = 1", "match(x)", "case = 1",
        "match x:\n    case 1+1:\n        pass\n", "match x:\n    case C(a=1, b):\n        pass\n",
        "match x:\n    case a as _:\n        pass\n", "match x:\n    case a as 1:\n        pass\n",
        "match x:\n    case {**r, 'a': 1}:\n        pass\n", "match x\n    case 1: pass\n",
    ],
    "positions": [
        "é = 1", "x = 'é' + ñ", "ñ.ü(ö)[ä]", "def φ(α, β=γ): return α", "x = '''é\nü'''; y",
        "if x:\n\tpass\n", "a = (\n  1,\n  2\n)\n", "x = \\\n  1\n", "f(a,\n  b)\n",
        "class C:\n    def f(self):\n        pass\n\n\n\n", "ｘ = 1", "𝔘 = 2",
    ],
}

CASES = [(family, source) for family, sources in FAMILIES.items() for source in sources]


@pytest.mark.parametrize("family,source", CASES, ids=[f"{f}-{i}" for i, (f, _) in enumerate(CASES)])
def test_rule_family(family, source):
    assert_same_as_host(source)


MODES = [
    ("single", "x = 1\n"), ("single", "if x:\n  pass\n"), ("single", "x = 1\ny = 2\n"),
    ("single", ""), ("single", "x = 1; y = 2"), ("single", "x = 1\n#c\n"), ("single", "1 +"),
    ("single", "def f():\n  return 1\n\n"), ("eval", "a + b"), ("eval", "a, b"), ("eval", ""),
    ("eval", "x = 1"), ("eval", "*a"), ("eval", "a\n\n"), ("func_type", "(int, str) -> bool"),
    ("func_type", "() -> None"), ("func_type", "(*int, **str) -> x"), ("func_type", "x"),
    ("func_type", "(int, *str, **x) -> y"),
]


@pytest.mark.parametrize("mode,source", MODES)
def test_modes(mode, source):
    assert_same_as_host(source, mode)


def nested(n):
    """Deeply nested inputs, valid and not, that a backtracking parser could take
    exponential time on (each must come back at once, and as the host says)."""
    return {
        "parens": "(" * n + "x" + ")" * n, "parens_err": "(" * n + "x" + ")" * n + " y",
        "lists_err": "[" * n + "x y" + "]" * n, "dicts": "{" * n + "x" + "}" * n,
        "dict_err": "{a:" * n + "x" + "}" * n + ")", "calls_err": "f(" * n + "x, =" + ")" * n,
        "subs": "a[" * n + "x" + "]" * n, "subs_target": "a[" * n + "x" + "]" * n + " = 1",
        "for_target_err": "for " + "(" * n + "a" + ")" * n + " in x pass",
        "lambda_defaults_err": "lambda a=" * n + "0" + ": 0" * n + " +",
        "tuple_targets": "(" * n + "a," + ")" * n + " = x",
        "star_targets_err": "(" * n + "a," + ")" * n + " = ",
        "genexp": "(" * n + "x for x in y" + ")" * n,
        "case_err": "match x:\n case " + "[" * n + "a b" + "]" * n + ": pass\n",
        "class_pattern_err": "match x:\n case " + "C(" * n + "a=" + ")" * n + ": pass\n",
        "comprehensions_err": "[x for x in " * n + "y z" + "]" * n,
        "keywords_err": "f(" + "a=f(" * n + "b c" + ")" * n + ")",
        "del_err": "del " + "(" * n + "a" + ")" * n + " b",
        "ifexp": "a if b else " * n + "c", "walrus": "(a := " * n + "1" + ")" * n,
    }


@pytest.mark.parametrize("name,source", sorted(nested(120).items()))
def test_deep_nesting(name, source):
    assert_same_as_host(source)
