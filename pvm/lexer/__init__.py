"""Lexer: program text -> tokens.

Two products:
- `tokens_for_parser(text, filename)`: the parser's token list, modelled on
  CPython's C tokenizer (Parser/tokenizer.c), errors included;
- `tokenize(source)`: the stream of the host `tokenize` module, for tools and
  `pvm --tokens`.
"""

from pvm.lexer.tokenizer import is_deferred_error, tokens_for_parser

__all__ = ["tokens_for_parser", "is_deferred_error"]
