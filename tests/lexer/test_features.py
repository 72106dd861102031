"""Each lexical feature on small programs: pvm.tokenize against tokenize.generate_tokens,
tokens_for_parser against the host's C tokenizer, token numbers against `token`."""
import io
import itertools
import token
import tokenize

import pytest

import pvm
from pvm.lexer import TokenInfo, tokens_for_parser
from pvm.lexer import tokens as pvm_tokens
from pvm.lexer.tokens import DEDENT, ENDMARKER, INDENT, NAME

PREFIXES = sorted({"".join(p) for base in ("", "b", "r", "u", "f", "br", "fr")
                   for perm in itertools.permutations(base)
                   for p in itertools.product(*[(c, c.upper()) for c in perm])})
NUMBERS = ["0", "00", "0_0", "7", "1_000", "0x1f", "0XdeadBEEF", "0x_1", "0o17", "0O_7", "0b101",
           "0B_1", "1.", "1.5", ".5", "1e5", "1E-5", "1.5e+3", "1_0.0_1e1_0", "1j", "1.5J",
           ".5j", "1e5j", "09.5", "0e0", "1__0", "0777"]
OPERATORS = sorted(token.EXACT_TOKEN_TYPES)

PROGRAMS = {
    "indent_spaces": "if x:\n    y\n    if z:\n        w\nv\n",
    "indent_tabs": "if x:\n\ty\n\tif z:\n\t\tw\nv\n",
    "indent_mixed_consistent": "if x:\n \ty\n \tif z:\n \t w\n",
    "form_feed": "x\n\x0cif y:\n\x0c  z\n",
    "dedent_many_at_eof": "if a:\n if b:\n  if c:\n   d",
    "blank_and_comment_lines": "x = 1\n\n   \n# c\n  # indented comment\ny = 2  # tail\n",
    "newline_vs_nl": "x = (1,\n     2)\ny = [\n]\n",
    "explicit_join": "x = 1 + \\\n    2\nif a and \\\n   b:\n  pass\n",
    "implicit_join": "f(a,\n  b,\n\n  # c\n  c)\n",
    "no_final_newline": "x = 1",
    "comment_no_newline": "x = 1\n# end",
    "crlf": "x = 1\r\ny = (2,\r\n 3)\r\n",
    "empty": "",
    "only_newlines": "\n\n",
    "strings_quotes": "a = 'x' \"y\" '''z\n''' \"\"\"w\"\"\" '' \"\" 'a\\'b' \"a\\\"b\"\n",
    "string_continued": "a = 'abc\\\ndef'\nb = \"\"\"x\\\ny\"\"\"\n",
    "fstrings": "f'{x!r:>{w}}' F\"{a}{{b}}\" rf'{x}\\d' f'''{\nx\n}'''\n",
    "async_await": "async def f():\n    await g()\n    async with a: pass\n",
    "non_ascii_names": "é = ñ + Ωmega\nclass Ĉ: pass\n",
    "keywords_soft": "match x:\n    case [a, *_]: pass\n",
    "ellipsis_dots": "x = ...\ny = a.b . c\nz = x[...,1:2]\n",
    "walrus_arrow": "def f() -> int: return (y := 1)\n",
}


def host_c(text):
    out = []
    for t in tokenize._generate_tokens_from_c_tokenizer(text):
        kind = NAME if t.type in (55, 56) else t.type
        if not t.line.isascii():
            # The host iterator counts columns in bytes: compare the text only.
            out.append((kind, t.string))
            continue
        out.append((kind, t.string, t.start[0] if kind in (INDENT, DEDENT) else t.start,
                    None if kind in (INDENT, DEDENT) else t.end))
    return out


def pvm_c(text):
    out = []
    for kind, string, start, end, line in tokens_for_parser(text):
        if kind == ENDMARKER:
            continue
        ascii_line = line.isascii() and "\n" not in string
        out.append((kind, string, start[0] if kind in (INDENT, DEDENT) else start,
                    None if kind in (INDENT, DEDENT) or not ascii_line else end))
    return out


def check(text):
    expected = list(tokenize.generate_tokens(io.StringIO(text).readline))
    assert list(pvm.tokenize(text)) == expected
    assert list(pvm.tokenize(text.encode())) == list(
        tokenize.tokenize(io.BytesIO(text.encode()).readline))
    c_text = text.replace("\r\n", "\n")
    host = host_c(c_text)
    mine = pvm_c(c_text)
    # multi-line tokens: the host iterator reports the end in bytes of a joined line
    host = [h if len(h) == 2 or m[3] is not None else h[:3] + (None,)
            for h, m in zip(host, mine)]
    mine = [m[:2] if len(h) == 2 else m for h, m in zip(host, mine)] + mine[len(host):]
    assert mine == host


@pytest.mark.parametrize("name", sorted(PROGRAMS))
def test_program(name):
    check(PROGRAMS[name])


@pytest.mark.parametrize("prefix", PREFIXES)
def test_every_string_prefix(prefix):
    for quote in ("'", '"', "'''", '"""'):
        check(f"x = {prefix}{quote}a\\{quote[0]}b{quote} + 1\n")


@pytest.mark.parametrize("number", NUMBERS)
def test_every_number_form(number):
    text = f"x = {number}\n"
    assert list(pvm.tokenize(text)) == list(tokenize.generate_tokens(io.StringIO(text).readline))
    if number not in ("1__0", "0777"):
        check(text)


def test_every_operator():
    check("x " + " ".join(OPERATORS) + "\n")   # sorted, the brackets balance
    got = [t.exact_type for t in pvm.tokenize("a " + " ".join(OPERATORS) + "\n")]
    assert got[1:-2] == [token.EXACT_TOKEN_TYPES[op] for op in OPERATORS]


def test_parser_tokens_use_exact_types_and_no_nl_comment():
    tokens = tokens_for_parser("x = (1 +  # c\n 2)\n\n")
    assert [t[0] for t in tokens] == [1, 22, 7, 2, 14, 2, 8, 4, 0]


def test_newline_after_comment_is_the_comment_like_c():
    assert tokens_for_parser("x  # hi\n")[1][:4] == (4, "# hi", (1, 3), (1, 7))


@pytest.mark.parametrize("text", [
    "x = $ ? !\n", "'abc\n", "a = \"x\nb\n", "if x:\n  a\n b\n", "x = (\n", "'''\n",
    "x = 'a\\\nb\nc\n", "\\ x\n", "x = 1\r\ny\r", "x\ry = 2\n", "€ = 1\n", "٣ = 1\n",
])
def test_tokenize_quirks_and_errors(text):
    try:
        expected = list(tokenize.generate_tokens(io.StringIO(text).readline))
    except (tokenize.TokenError, IndentationError) as err:
        with pytest.raises(SyntaxError) as info:
            list(pvm.tokenize(text))
        assert info.value.args == err.args
        assert isinstance(info.value, IndentationError) == isinstance(err, IndentationError)
        return
    assert list(pvm.tokenize(text)) == expected


def test_token_numbers_equal_the_hosts():
    assert pvm_tokens.tok_name == token.tok_name
    for number, name in token.tok_name.items():
        assert getattr(pvm_tokens, name) == number
    assert pvm_tokens.EXACT_TOKEN_TYPES == token.EXACT_TOKEN_TYPES


def test_token_info_shape():
    mine = next(iter(pvm.tokenize("(\n")))
    host = next(tokenize.generate_tokens(io.StringIO("(\n").readline))
    assert isinstance(mine, TokenInfo) and mine == host and repr(mine) == repr(host)
    assert mine.exact_type == host.exact_type == token.LPAR
    assert mine._fields == host._fields
