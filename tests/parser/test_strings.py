"""String literals and f-strings (pvm/parser/strings.py) against the host, end to end.

Sources go through `pvm.parse` and must dump exactly like `ast.parse`'s trees
(positions included); errors must match the host's `compile()` (class, message,
line and offsets) and invalid-escape warnings the host's warnings. The stdlib sweep
compares every string node of each sampled file. The decoders are also checked on
their own.
"""
import ast
import io
import random
import tokenize
import warnings

import pytest

import pvm
import pvm.parser
from pvm.parser.strings import decode_bytes_escapes, decode_unicode_escapes, token_span
from tests.conftest import stdlib_files, stdlib_id


def dump(node):
    return ast.dump(node, include_attributes=True)


def outcome(compiler, source):
    """None, or the SyntaxError's (class, msg, lineno, offset, end_lineno, end_offset)."""
    try:
        compiler(source)
    except SyntaxError as exc:
        return (type(exc).__name__, exc.msg, exc.lineno, exc.offset, exc.end_lineno,
                exc.end_offset)
    return None


def host_compile(source):
    compile(source, "<test>", "exec")


def pvm_parse(source):
    return pvm.parse(source, "<test>")


def record_warnings(compiler, source):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        result = outcome(compiler, source)
    return result, [(w.category, str(w.message), w.filename, w.lineno) for w in caught]


# ---------------------------------------------------------------------------
# Literal forms

LITERALS = [
    # quotes, triple quotes, every prefix
    "x = 'a'", 'x = "a"', "x = ''", 'x = ""', "x = '''a'''", 'x = """a"""', "x = ''''''",
    "x = '''a\nb'''", "x = '''a''b'''", 'x = """"a" "b\'"""', "x = '\"'",
    "x = r'a\\d'", "x = R'a\\n'", "x = u'a'", "x = U'a'", "x = b'a'", "x = B'a'",
    "x = br'\\x'", "x = rb'\\x'", "x = Rb'a'", "x = bR'a'", "x = BR'a'", "x = rB'\\n'",
    "x = f'a'", "x = F'a'", "x = rf'\\d{x}'", "x = fr'\\d{x}'", "x = Rf'{x}'", "x = fR'a'",
    "x = FR'{x}\\n'", "x = rF'{x}'",
    # escapes
    "x = '\\n\\t\\\\\\'\\\"\\a\\b\\f\\v\\r'", "x = '\\0\\01\\012\\123\\377\\400\\777\\8'",
    "x = '\\x41\\u0041\\U00000041\\U0010ffff'", "x = '\\N{DIGIT ONE}\\N{latin small letter a}'",
    "x = '\\N{LATIN CAPITAL LETTER GHA}'", "x = 'a\\\nb'", "x = '''a\\\n  b'''",
    "x = '\\é\\\\é'", "x = 'é\\tü'", "x = b'\\n\\t\\x41\\101\\400\\u0041\\N{x}\\q'",
    "x = b'a\\\nb'", "x = '\\ud800'",
    # concatenation
    "x = 'a' 'b'", "x = 'a' \"b\" '''c'''", "x = u'a' 'b'", "x = 'a' u'b'", "x = b'a' b'b'",
    "x = b'a' rb'\\x'", "x = ('a'\n 'b'\n  'c')", "x = ('a'  # c\n 'b')", "x = '' ''",
    "x = 'é' 'b'", "x = 'a' 'é'", "x = ('é'\n 'ü')",
    # f-strings
    "x = f''", "x = f'' ''", "x = '' f''", "x = f'{x}'", "x = f'a{x}b'", "x = f'{x}{y}'",
    "x = f'{x}{x}'", "x = f'{{}}'", "x = f'a{{b}}c{x}'", "x = f'{x!r}'", "x = f'{x!s}'",
    "x = f'{x!a}'", "x = f'{x:>10}'", "x = f'{x:{w}}'", "x = f'{x:{w}.{p}f}'",
    "x = f'{x!r:^{w}}'", "x = f'{x:}'", "x = f'{x=}'", "x = f'{x = }'", "x = f'{x=!s}'",
    "x = f'{x=:>5}'", "x = f'{x=!r:5}'", "x = f'{ x }'", "x = f'{x!=y}'", "x = f'{x==y}'",
    "x = f'{x<y}'", "x = f'{x>=y}'", "x = f'{a[1]}'", "x = f'{d[\"k\"]}'", "x = f'{(x, y)}'",
    "x = f'{x, y}'", "x = f'{ {1: 2}[1] }'", "x = f'{(lambda: 1)}'",
    "x = f'{x if y else z}'", "x = f'{\"a\" \"b\"}'", "x = f'{\"\"\"a\"\"\"}'",
    "x = f'''{'a'}'''", "x = f'{f\"{x}\"}'", "x = f'{f\"{x:{y}}\"}'", "x = 'a' f'{x}' 'b'",
    "x = f'{x}' f'{y}'", "x = 'é' f'{x}'", "x = f'é{x}ü{y}'", "x = u'a' f'{x:a{y}b}'",
    "x = 'ab' f'{x:>10}'", "x = f'\\n{x}\\t'", "x = f'\\{x}'", "x = f'\\{{x}}'",
    "x = f'\\N{DIGIT ONE}{x}'", "x = rf'\\N{x}'", "x = f'{x}\\\n{y}'", "x = f'\\\\{x}'",
    "x = f'''{x}\n{y}'''", "x = f'''a\n{x}'''", "x = f'''{\nx}'''", "x = f'''{x\n}'''",
    "x = f'''{x +\ny}'''", "x = f'''  {\n  x\n  }'''", "x = (f'''a\n  {b\n}''' f'{c}')",
    "x = (f'{a}'\n f'{b}')", "x = f'{x:{{y}}}'", "x = f'{x:\\n}'", "x = f'{x:\\N{DIGIT ONE}}'",
    "x = f'{3.14:.2f}'", "x = f'{x:{\"a\"}}'", "x = f'{x}}}'",
    "x = f'{{{x}'", "x = f'{ {x} }'", "x = f'{yield}'", "x = f'{*x,}'",
    "x = f'{x:=10}'", "x = f'{(x:=10)}'", "x = f'{x:%H:%M}'", "x = f'{x!r} {y=} {z}'",
    "x = f'{\"é\"}{a}'", "x = 'é'; y = f'{\"ü\"} {a}'",
    "def f():\n    return f'{x}' \\\n        f'{y}'",
    "x = f'''{\"\"\"a\nb\"\"\"}'''", "x = ('é'\n f'''{\n\n  a!r}''')",
    "x = f'{x}' 'é' f'{\"ü\"!a:{y}}'", "if 1:\n  x = f'''{\n a\n}'''\n",
    "x = f'{\"a\" if b else \"c\"}'", "x = f'{ {\"a\": 1}[\"a\"] }'",
]


@pytest.mark.parametrize("source", LITERALS)
def test_literal_matches_host(source):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        assert dump(pvm_parse(source)) == dump(ast.parse(source))


# ---------------------------------------------------------------------------
# Errors: class, message, line and offsets as the host's compile() reports them

ERRORS = [
    "x = '\\x4' + 1", "x = 'ab' '\\x4' + 1", "x = '\\xg1' + 1", "x = '\\u12' + 1",
    "x = '\\U1234567' + 1", "x = '\\U00110000' + 1", "x = '\\N' + 1", "x = '\\Nx' + 1",
    "x = '\\N{' + 1", "x = '\\N{}' + 1", "x = '\\N{foo}' + 1", "x = 'éé\\x4' + 1",
    "x = 'é\\é\\x' + 1", "x = '\\N{é}' + 1",
    "x = '\\N{LATIN CAPITAL LETTER A WITH MACRON AND GRAVE}' + 1",
    "x = b'\\x4' + 1", "x = b'ab\\xg0' + 1", "x = b'é' + 1", "x = rb'é' + 1",
    "x = b'a' 'b' + 1", "x = 'a' b'b' + 1", "x = f'a' b'b' + 1", "x = b'a' f'b' + 1",
    "x = f'{}' + 1", "x = f'{ }' + 1", "x = f'{x!}' + 1", "x = f'{x!z}' + 1",
    "x = f'{x!rr}' + 1", "x = f'{x!r=}' + 1", "x = f'{' + 1", "x = f'{x' + 1",
    "x = f'{x:' + 1", "x = f'{x!' + 1", "x = f'}' + 1", "x = f'{x}}' + 1", "x = f'{{}' + 1",
    "x = f'{x#}' + 1", "x = f'{x\\n}' + 1", "x = f'{\"\\n\"}' + 1", "x = f'{(}' + 1",
    "x = f'{)}' + 1", "x = f'{(]}' + 1", "x = f'{[}' + 1", "x = f'{\"a}' + 1",
    "x = f'{x:{y:{z}}}' + 1", "x = f'{x=y}' + 1", "x = f'{:x}' + 1", "x = f'{!r}' + 1",
    "x = f'{=}' + 1", "x = f'{ =}' + 1", "x = f'{!}' + 1", "x = f'''{\n:x}''' + 1",
    "x = f'{x!r:{y!s:{z}}}' + 1",
    "x = f'\\N{foo}{x}' + 1", "x = f'{x:\\x4}' + 1", "x = 'a' f'{' 'b' + 1",
    "x = f'{x:{}}' + 1", "x = f'{x:}}' + 1", "x = f'{x<}' + 1", "x = f'{<' + 1",
    "x = f'{a<' + 1", "x = f'{a>' + 1", "x = f'x<\\N]}N}' + 1", "x = f'\\N}' + 1",
    "x = f'{' + '(' * 201 + '}' + 1".replace("' + '(' * 201 + '", "(" * 201),
    "x = f'{lambda: 1}'", "x = f'{f\"{}\"}' + 1", "x = f'{a b}' + 1", "x = f'{0x}'",
    "x = f'{$}'", "x = f'{x!z}'\n", "x = f'{a}'\nx = 1 +",
]


@pytest.mark.parametrize("source", ERRORS)
def test_error_matches_host(source):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        expected = outcome(host_compile, source)
        assert expected is not None
        assert outcome(pvm_parse, source) == expected


# ---------------------------------------------------------------------------
# Invalid escapes: DeprecationWarning on the token's first line, a SyntaxError at
# the token when warnings are errors

WARNINGS = [
    "x = '\\d'", "x = '\\d\\q'", "x = 'a' '\\d' '\\q'", "x = b'\\d'", "x = '\\400'",
    "x = b'\\777'", "x = '\\8'", "x = '\\N{DIGIT ONE}\\z'", "x = f'\\d{x}'",
    "x = f'\\{x}'", "x = f'\\{{x}}'", "x = f'{x}\\d{y}\\q'", "x = f'{x:\\d}'",
    "x = (1,\n  '''\n\\d''')", "x = ('a'\n '\\d')", "x = f'''\n{x}\\d'''", "x = 'é\\d'",
    "x = '\\é'", "x = '\\u0041\\z'", "x = r'\\d'", "x = '\\\\d'",
]


@pytest.mark.parametrize("source", WARNINGS)
def test_invalid_escape_warnings_match_host(source):
    assert record_warnings(pvm_parse, source) == record_warnings(host_compile, source)


@pytest.mark.parametrize("source", ["x = '\\d' + 1", "x = 'a' '\\400' + 1",
                                    "x = ('a'\n'''\n\\d''' + 1)", "x = f'\\{x}' + 1",
                                    "x = 'é' '\\d' + 1", "x = ('a'\n'''\né\\d''' + 1)"])
def test_invalid_escape_as_error_matches_host(source):
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert outcome(pvm_parse, source) == outcome(host_compile, source)


# ---------------------------------------------------------------------------
# The decoders on their own


@pytest.mark.parametrize("text", ["abc", "a\\nb", "\\x41\\101\\u00e9\\U0001F600", "\\q\\d",
                                  "\\777", "é\\é", "\\N{BULLET}", "a\\\nb", "\\0", "\\12"])
def test_unicode_decoder_matches_host(text):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        assert decode_unicode_escapes(text)[0] == eval("'" + text + "'")


@pytest.mark.parametrize("text", ["abc", "a\\nb", "\\x41\\101", "\\q\\d\\u0041", "\\777",
                                  "\\0", "a\\\nb"])
def test_bytes_decoder_matches_host(text):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        assert decode_bytes_escapes(text)[0] == eval("b'" + text + "'")


def test_token_span_counts_utf8_bytes():
    assert token_span((3, "'é'", (1, 10), (1, 13), "x = 'é' + 'é'\n")) == (1, 11, 1, 15)
    multi = (3, "'''é\nü'''", (1, 4), (2, 4), "x = '''é\nü'''\n")
    assert token_span(multi) == (1, 4, 2, 5)
    # The lexer's `line` is the token's first line only.
    assert token_span((3, "'''a\né'''", (1, 4), (2, 4), "x = '''a\n")) == (1, 4, 2, 5)


# ---------------------------------------------------------------------------
# Random f-string bodies built from the characters the scanner cares about

PIECES = ["{x=}", "{x = !r:>{y}}", "{x!=y}", "{ x }", "{'a'}", "{x:{y}.{z}}", "{\n}", "{x}",
          "{{", "}}", "!r", ":>", r"\N{DIGIT ONE}", r"\x4", r"\400", "é", "'''",
          *"{}{}!:=<>()[]'\"\\ #\nxa0rsN"]


def random_sources(count, seed=2311):
    rng = random.Random(seed)
    while count:
        body = "".join(rng.choice(PIECES) for _ in range(rng.randint(1, 6)))
        quote = rng.choice(["'", "'''", '"'])
        source = f"x = {rng.choice(['f', 'rf', 'F', '', 'b'])}{quote}{body}{quote} + 1\n"
        if rng.random() < 0.3:
            source = f"x = (u'a' {source[4:-5]}\n {rng.choice(['f', '', 'b'])}'{{y}}\\d' + 1)\n"
        count -= 1
        yield source


@pytest.mark.parametrize("source", list(random_sources(400)))
def test_random_literal_matches_host(source):
    expected = record_warnings(host_compile, source)
    assert record_warnings(pvm_parse, source) == expected
    if expected[0] is None:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            assert dump(pvm_parse(source)) == dump(ast.parse(source))


# ---------------------------------------------------------------------------
# Every string literal of the standard library (a sample; all with PVM_FULL=1)


def string_nodes(tree):
    """The string nodes of a tree keyed by their start, outermost first."""
    found = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.JoinedStr) or (
                isinstance(node, ast.Constant) and isinstance(node.value, (str, bytes))):
            found.setdefault((node.lineno, node.col_offset), node)
    return found


# A sample even under PVM_FULL: the full parser sweep (test_stdlib.py) compares whole
# trees, string nodes included, on every file.
@pytest.mark.stdlib
@pytest.mark.parametrize("path", stdlib_files()[::20], ids=stdlib_id)
def test_stdlib_strings(path):
    source = path.read_bytes()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            expected = string_nodes(ast.parse(source))
        except SyntaxError:
            pytest.skip("the host rejects this file")
        got = string_nodes(pvm.parse(source, str(path)))
    assert got.keys() == expected.keys()
    for key, node in expected.items():
        assert dump(got[key]) == dump(node), key


# ---------------------------------------------------------------------------
# ast.parse(feature_version=(3, 5)) refuses f-strings, at the last token fetched

FEATURE_VERSION_SOURCES = [
    "f'x'", "x = 1 + f'{a}'", "'a' f'x'", "b'a' f'x'", "f'x' b'a'", "x = (f'x'\n)", "f'{'",
    "'\\q' f'x'", "f'{a!x}' 1", "x = 'a'", "x = rf'{x}'",
]


@pytest.mark.parametrize("version", [(3, 4), (3, 5), (3, 6), (3, 11)])
@pytest.mark.parametrize("source", FEATURE_VERSION_SOURCES)
def test_feature_version_refuses_fstrings_like_host(source, version):
    def host(text):
        ast.parse(text, "<test>", feature_version=version)

    def ours(text):
        pvm.parser.parse(text, "<test>", feature_version=version)

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        assert outcome(ours, source) == outcome(host, source)
