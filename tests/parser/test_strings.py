"""String literals and f-strings (pvm/parser/strings.py) against the host's ast.parse.

Each STRING run of a source (found with the host's tokenize) goes through
`parse_strings` with a stand-in parser whose sub-parses use the host's ast.parse;
the node must dump exactly like the host's node at the same place, positions
included. Errors are compared with the host's compile() (class, message, line,
offsets) and invalid-escape warnings with the host's warnings.
"""
import ast
import io
import random
import tokenize
import warnings

import pytest

from pvm.parser.strings import (decode_bytes_escapes, decode_unicode_escapes,
                                parse_strings, token_span)
from tests.conftest import stdlib_id, stdlib_sample

# ---------------------------------------------------------------------------
# A stand-in for pvm's parser: just what parse_strings asks of one.


class FakeParser:
    """Offers parse_strings' parser interface, backed by the host (tests only)."""

    def __init__(self, filename, next_token, lines):
        self.filename = filename
        self.next_token = next_token
        self.lines = lines

    def parse_fstring_expr(self, text, starting_lineno, starting_col_offset):
        try:
            tree = ast.parse(text, self.filename, mode="eval")
        except SyntaxError as exc:
            raise SyntaxError("f-string: " + exc.msg, exc.args[1]) from None
        for node in ast.walk(tree.body):
            if "lineno" not in node._attributes:
                continue
            if node.lineno == 1:
                node.col_offset += starting_col_offset
            if node.end_lineno == 1:
                node.end_col_offset += starting_col_offset
            node.lineno += starting_lineno - 1
            node.end_lineno += starting_lineno - 1
        return tree.body

    def raise_syntax_error(self, message):
        lineno, col, end_lineno, end_col = token_span(self.next_token)
        self.raise_error_known_location(SyntaxError, message, lineno, col + 1, end_lineno,
                                        end_col + 1)

    def raise_error_known_location(self, errtype, message, lineno, col, end_lineno,
                                   end_col):
        # pegen turns byte offsets into characters on the error's first line.
        line = self.lines[lineno - 1].rstrip("\r\n").encode()
        col, end_col = (len(line[:min(c, len(line) + 1) - 1].decode(errors="replace")) + 1
                        for c in (col, end_col))
        raise errtype(message, (self.filename, lineno, col, None, end_lineno, end_col))

    def warn(self, category, message, lineno, col):
        warnings.warn_explicit(message, category, self.filename, lineno)


SKIP = {tokenize.NL, tokenize.COMMENT}


def string_runs(source):
    """Yield (run of adjacent STRING tokens, the significant token after it)."""
    toks = [t for t in tokenize.generate_tokens(io.StringIO(source).readline)
            if t.type not in SKIP]
    run = []
    for tok in toks:
        if tok.type == tokenize.STRING:
            run.append(tok)
        elif run:
            yield run, tok
            run = []


def pvm_nodes(source, filename="<test>"):
    """parse_strings' node for each STRING run of `source`."""
    lines = source.splitlines(True) + [""]
    return [parse_strings(FakeParser(filename, after, lines), run)
            for run, after in string_runs(source)]


def host_nodes(source):
    """The host's string nodes keyed by their start, outermost first."""
    found = {}
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.JoinedStr) or (
                isinstance(node, ast.Constant) and isinstance(node.value, (str, bytes))):
            found.setdefault((node.lineno, node.col_offset), node)
    return found


def dump(node):
    return ast.dump(node, include_attributes=True)


def assert_same_strings(source):
    host = host_nodes(source)
    mine = pvm_nodes(source)
    assert mine, "no string in the source"
    for node in mine:
        key = (node.lineno, node.col_offset)
        assert key in host, f"no host string node at {key}: {dump(node)}"
        assert dump(node) == dump(host[key])


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
]


@pytest.mark.parametrize("source", LITERALS)
def test_literal_matches_host(source):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        assert_same_strings(source)


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
]


def outcome(source, compiler):
    try:
        compiler(source)
    except SyntaxError as exc:
        return (type(exc).__name__, exc.msg, exc.lineno, exc.offset, exc.end_lineno,
                exc.end_offset)
    return None


def pvm_compile(source):
    pvm_nodes(source)


@pytest.mark.parametrize("source", ERRORS)
def test_error_matches_host(source):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        expected = outcome(source, lambda s: compile(s, "<test>", "exec"))
        assert expected is not None
        assert outcome(source, pvm_compile) == expected


# ---------------------------------------------------------------------------
# Invalid escapes: DeprecationWarning on the token's first line, SyntaxError when
# warnings are errors

WARNINGS = [
    "x = '\\d'", "x = '\\d\\q'", "x = 'a' '\\d' '\\q'", "x = b'\\d'", "x = '\\400'",
    "x = b'\\777'", "x = '\\8'", "x = '\\N' 'x'".replace("'\\N' ", ""), "x = f'\\d{x}'",
    "x = f'\\{x}'", "x = f'\\{{x}}'", "x = f'{x}\\d{y}\\q'", "x = f'{x:\\d}'",
    "x = (1,\n  '''\n\\d''')", "x = ('a'\n '\\d')", "x = f'''\n{x}\\d'''", "x = 'é\\d'",
    "x = '\\é'", "x = '\\u0041\\z'", "x = r'\\d'", "x = '\\\\d'",
]


def record_warnings(compiler, source):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        compiler(source)
    return [(w.category, str(w.message), w.lineno) for w in caught]


@pytest.mark.parametrize("source", WARNINGS)
def test_invalid_escape_warnings_match_host(source):
    expected = record_warnings(lambda s: compile(s, "<test>", "exec"), source)
    assert record_warnings(pvm_compile, source) == expected


@pytest.mark.parametrize("source", ["x = '\\d' + 1", "x = 'a' '\\400' + 1",
                                    "x = ('a'\n'''\n\\d''' + 1)", "x = f'\\{x}' + 1",
                                    "x = 'é' '\\d' + 1"])
def test_invalid_escape_as_error_matches_host(source):
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        expected = outcome(source, lambda s: compile(s, "<test>", "exec"))
        assert outcome(source, pvm_compile) == expected


# ---------------------------------------------------------------------------
# The decoders on their own, against the host's codecs


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
    tok = (3, "'é'", (1, 10), (1, 13), "x = 'é' + 'é'\n")
    assert token_span(tok) == (1, 11, 1, 15)
    multi = (3, "'''é\nü'''", (1, 4), (2, 4), "x = '''é\nü'''\n")
    assert token_span(multi) == (1, 4, 2, 5)
    # The lexer's `line` is the token's first line only.
    assert token_span((3, "'''a\né'''", (1, 4), (2, 4), "x = '''a\n")) == (1, 4, 2, 5)


# ---------------------------------------------------------------------------
# Every string literal of the standard library (a sample; all with PVM_FULL=1)


def sweep(path):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            source = path.read_bytes().decode("utf-8")
            host = host_nodes(source)
        except (SyntaxError, UnicodeDecodeError, ValueError):
            pytest.skip("the host rejects this file")
        count = 0
        lines = source.splitlines(True) + [""]
        for run, after in string_runs(source):
            node = parse_strings(FakeParser(str(path), after, lines), run)
            key = (node.lineno, node.col_offset)
            assert key in host and dump(node) == dump(host[key]), key
            count += 1
    return count


@pytest.mark.stdlib
@pytest.mark.parametrize("path", stdlib_sample(every=10), ids=stdlib_id)
def test_stdlib_strings(path):
    sweep(path)


# ---------------------------------------------------------------------------
# Random f-string bodies built from the characters the scanner cares about

PIECES = ["{x=}", "{x = !r:>{y}}", "{x!=y}", "{ x }", "{'a'}", "{x:{y}.{z}}", "{\n}", "{x}",
          "{{", "}}", "!r", ":>", r"\N{DIGIT ONE}", r"\x4", r"\400", "é", "'''",
          *"{}{}!:=<>()[]'\"\\ #\nxa0rsN"]
# The errors strings.py raises itself (the rest come from the sub-parse or the lexer).
OWN_ERRORS = ("f-string: expecting", "f-string: single", "f-string: unmatched",
              "f-string: closing", "f-string: unterminated", "f-string: empty",
              "f-string: expressions nested", "f-string: invalid conversion",
              "f-string: expression required", "f-string expression part", "(unicode error)",
              "(value error)", "bytes can only")


def random_sources(count, seed=2311):
    rng = random.Random(seed)
    while count:
        body = "".join(rng.choice(PIECES) for _ in range(rng.randint(1, 6)))
        quote = rng.choice(["'", "'''", '"'])
        source = f"x = {rng.choice(['f', 'rf', 'F', '', 'b'])}{quote}{body}{quote} + 1\n"
        try:
            kinds = [t.type for t in tokenize.generate_tokens(io.StringIO(source).readline)]
        except (tokenize.TokenError, IndentationError):
            continue
        if kinds.count(tokenize.STRING) == 1 and tokenize.ERRORTOKEN not in kinds:
            count -= 1
            yield source


@pytest.mark.parametrize("source", list(random_sources(300)))
def test_random_literal_matches_host(source):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        expected = outcome(source, lambda s: compile(s, "<test>", "exec"))
        if expected is None:
            assert_same_strings(source)
            return
        if not expected[1].startswith(OWN_ERRORS) or expected[1] == "f-string: invalid syntax":
            pytest.skip("an error of the sub-parse or the lexer")
        got = outcome(source, pvm_compile)
        if not source.isascii() and "\n" in source[:-1]:
            # pegen measures error columns after a multi-line token on its first line.
            got, expected = got[:3], expected[:3]
        assert got == expected
