"""Fuzz the front of the pipeline: no input makes the lexer or the decoder raise anything
but SyntaxError (and its subclasses). Bounded to a few seconds; PVM_FULL=1 runs longer.

Inputs that ever failed are kept in fuzz_corpus/ and replayed first.
"""
import pathlib
import random
import warnings

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from pvm.lexer import tokenize, tokens_for_parser
from pvm.source import decode_for_compiler
from tests.conftest import FULL, stdlib_sample

CORPUS = pathlib.Path(__file__).parent / "fuzz_corpus"
EXAMPLES = 2000 if FULL else 150
FUZZ = settings(max_examples=EXAMPLES, deadline=None, derandomize=not FULL,
                suppress_health_check=list(HealthCheck))

# Text made of the characters that matter to a tokenizer, plus anything.
PYTHONISH = st.lists(st.one_of(
    st.sampled_from(list(" \t\f\n\r\\#'\"()[]{}:;.,=+-*/%<>!@&|^~$?`0123456789_eEjJxXoObBrRfFuU")),
    st.sampled_from(["if", "x", "def", " " * 4, "'''", '"""', "\\\n", "0x", "1_", "é", "€",
                     "\x00", "\u00a0", "\ufeff"]),
    st.characters()), max_size=80).map("".join)


def lex_everything(data):
    """Every entry point of the lexer and the decoder on one input."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        if isinstance(data, bytes):
            try:
                list(tokenize(data))
            except SyntaxError:
                pass
            try:
                text, _ = decode_for_compiler(data, "<fuzz>")
            except SyntaxError:
                return
        else:
            text = data
        try:
            list(tokenize(text))
        except SyntaxError:
            pass
        tokens = tokens_for_parser(text, "<fuzz>")
        tokens_for_parser(text, "<fuzz>", exec_input=False)
    assert tokens, "tokens_for_parser always ends with ENDMARKER or an ERRORTOKEN"


@pytest.mark.parametrize("path", sorted(CORPUS.glob("*")), ids=lambda p: p.name)
def test_corpus(path):
    lex_everything(path.read_bytes())
    lex_everything(path.read_bytes().decode("utf-8", "surrogateescape"))


@FUZZ
@given(st.binary(max_size=200))
def test_random_bytes(data):
    lex_everything(data)


@FUZZ
@given(PYTHONISH)
def test_random_text(text):
    lex_everything(text)


@pytest.mark.parametrize("path", stdlib_sample(every=200), ids=lambda p: p.name)
def test_mutated_stdlib_files(path):
    data = path.read_bytes()
    rng = random.Random(path.name)
    for _ in range(20 if not FULL else 200):
        cut = rng.randrange(len(data) + 1)
        lex_everything(data[:cut])
        mutated = bytearray(data[:4000])
        for _ in range(rng.randrange(1, 5)):
            if mutated:
                mutated[rng.randrange(len(mutated))] = rng.randrange(256)
        lex_everything(bytes(mutated))
