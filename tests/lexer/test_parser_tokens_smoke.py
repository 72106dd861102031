"""tokens_for_parser: a first check against the host's C tokenizer on small programs."""
import tokenize

from pvm.lexer import tokens_for_parser
from pvm.lexer.tokens import DEDENT, ENDMARKER, INDENT


def host_c_tokens(text):
    """The host C tokenizer's tokens (3.11's private iterator), async/await as NAME."""
    out = []
    for t in tokenize._generate_tokens_from_c_tokenizer(text):
        kind = 1 if t.type in (55, 56) else t.type
        start = t.start[0] if kind in (INDENT, DEDENT) else t.start
        out.append((kind, t.string, start))
    return out


def mine(text):
    out = []
    for kind, string, start, end, line in tokens_for_parser(text):
        if kind == ENDMARKER:
            continue
        out.append((kind, string, start[0] if kind in (INDENT, DEDENT) else start))
    return out


def test_small_programs_match_the_c_tokenizer():
    for text in ["x = 1\n", "if x:\n  y = (1,\n 2)\n", "async def f():\n  await x # c\n",
                 "a = '''x\ny''' + f'{b}'\n", "x = 1 \\\n  + 2\n", "def f(a, *, b=1) -> None: ...\n"]:
        assert mine(text) == host_c_tokens(text)
