"""Lexer: program text -> tokens.

Two products, for two readers:
- `tokens_for_parser(text, filename)`: the parser's token list, modelled on
  CPython's C tokenizer (Parser/tokenizer.c), lexical errors included as a final
  ERRORTOKEN carrying the ready-made SyntaxError (pvm.lexer.tokenizer);
- `tokenize(source)`: the stream of the host `tokenize` module (COMMENT, NL and
  OP tokens, ERRORTOKEN for stray characters), for tools and `pvm --tokens`
  (pvm.lexer.stream).
"""

from pvm.lexer.stream import TokenError, TokenInfo, generate_tokens, tokenize_bytes
from pvm.lexer.tokenizer import (buffer_first_lines, is_deferred_error, tokens_for_parser,
                                 unicode_error_of)

__all__ = ["tokenize", "generate_tokens", "tokens_for_parser", "is_deferred_error",
           "unicode_error_of", "buffer_first_lines", "TokenInfo", "TokenError"]


def tokenize(source):
    """The tokens of `source` as the host's tokenize module gives them.

    A str gives what `tokenize.generate_tokens(io.StringIO(source).readline)`
    gives; bytes what `tokenize.tokenize(io.BytesIO(source).readline)` gives,
    ENCODING token first, decoded by pvm.source. Errors are SyntaxErrors.
    """
    if isinstance(source, (bytes, bytearray, memoryview)):
        return tokenize_bytes(bytes(source))
    return generate_tokens(source)
