"""The lexer against the host over the standard library (a sample; all of it with PVM_FULL=1).

- pvm.tokenize gives the stream of tokenize.generate_tokens, token for token;
- tokens_for_parser agrees with that stream once filtered (exact kinds, no
  COMMENT/NL), and a file the host's C tokenizer rejects is rejected with the
  same error (class, message, position);
- host tokenize.untokenize of pvm's tokens gives the source back.
"""
import io
import tokenize
import warnings

import pytest

from tests.conftest import FULL, stdlib_sample, stdlib_id
from pvm.lexer import tokenize as pvm_tokenize, tokens_for_parser
from pvm.lexer.tokens import (COMMENT, DEDENT, ENDMARKER, ERRORTOKEN, INDENT, NEWLINE, NL,
                              NAME)
from tests.lexer.oracle import decode_like_tokenize, error_tuple, host_stream, \
    is_tokenizer_error

SAMPLE = stdlib_sample(every=20)
MARKS = [pytest.mark.stdlib] if FULL else []


def read_text(path):
    try:
        return decode_like_tokenize(path.read_bytes())
    except (SyntaxError, UnicodeDecodeError):
        pytest.skip("not decodable by tokenize")


@pytest.mark.parametrize("path", [pytest.param(p, marks=MARKS) for p in SAMPLE], ids=stdlib_id)
def test_lexer_against_the_host(path):
    """One file, every check, the host's tokenize run once."""
    text = read_text(path)
    expected, error = host_stream(text)
    check_stream(text, expected, error)
    check_parser_tokens(text, path, expected)
    if expected is not None:
        check_untokenize(text, expected)


@pytest.mark.parametrize("path", SAMPLE[::3], ids=stdlib_id)
def test_bytes_stream_matches_tokenize(path):
    data = path.read_bytes()
    try:
        expected = list(tokenize.tokenize(io.BytesIO(data).readline))
    except Exception:
        pytest.skip("tokenize rejects it")
    assert list(pvm_tokenize(data)) == expected


def check_stream(text, expected, error):
    """pvm.tokenize gives tokenize.generate_tokens' stream, or raises its error."""
    if error is not None:
        with pytest.raises(SyntaxError) as info:
            list(pvm_tokenize(text))
        assert info.value.args == error.args
        return
    got = list(pvm_tokenize(text))
    for i, (mine, host) in enumerate(zip(got, expected)):
        assert mine == host, f"token {i}"
    assert len(got) == len(expected)


def host_compile_error(text, path):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            compile(text, str(path), "exec")
        except SyntaxError as e:
            return e
    return None


def check_parser_tokens(text, path, expected):
    """Rejected as the C tokenizer rejects; else the stream filtered (exact kinds, no NL)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        got = tokens_for_parser(text, str(path))
    error = host_compile_error(text, path)
    if got[-1][0] == ERRORTOKEN:
        assert error is not None, f"pvm rejects what CPython accepts: {got[-1][1]}"
        assert error_tuple(got[-1][1]) == error_tuple(error)
        return
    assert error is None or not is_tokenizer_error(error.msg), error
    if any(tok.type == ERRORTOKEN for tok in expected):
        return   # tokenize's `\w+` names are narrower than Python's identifiers
    last = got[-1][2][0]
    want = []
    for tok in expected:
        if tok.type in (COMMENT, NL):
            continue
        if tok.type in (NEWLINE, INDENT, DEDENT, ENDMARKER):
            # Only lines: the C tokenizer stays on the last line at EOF, where
            # tokenize counts one more, and their columns differ by design.
            want.append((tok.type, min(tok.start[0], last)))
        else:
            want.append((tok.exact_type, tok.string, tok.start, tok.end))
    have = [(kind, start[0]) if kind in (NEWLINE, INDENT, DEDENT, ENDMARKER)
            else (kind, string, start, end) for kind, string, start, end, line in got]
    assert have == want


def check_untokenize(text, expected):
    # untokenize itself loses the blanks before a backslash continuation: whatever
    # it gives back from the host's tokens, it must give back from ours.
    again = tokenize.untokenize(pvm_tokenize(text))
    if "\\\n" not in text:
        assert again == text
    else:
        assert again == tokenize.untokenize(expected)


@pytest.mark.parametrize("path", stdlib_sample(every=97), ids=stdlib_id)
def test_parser_tokens_match_the_c_tokenizer(path):
    """Exact positions against the host's C tokenizer (its private iterator)."""
    text = read_text(path)
    try:
        host = list(tokenize._generate_tokens_from_c_tokenizer(text))
    except SyntaxError:
        pytest.skip("the C tokenizer rejects it")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        got = [t for t in tokens_for_parser(text) if t[0] != ENDMARKER]
    assert len(got) == len(host)
    for mine, h in zip(got, host):
        kind = NAME if h.type in (55, 56) else h.type   # ASYNC/AWAIT are NAMEs for us
        assert (mine[0], mine[1]) == (kind, h.string)
        if h.line.isascii() and kind not in (INDENT, DEDENT):
            # The host iterator counts columns in bytes; compare them on ASCII lines.
            assert (mine[2], mine[3]) == (h.start, h.end)
