"""Errors shared by every stage: source positions and CPython-shaped SyntaxErrors.

A leaf module: it imports nothing of pvm. Stages carry positions as 0-based
character columns (what the lexer counts); the SyntaxError a user sees has
1-based offsets, exactly as CPython's `compile()` reports them, and is built only
here so that every stage reports errors the same way.
"""

from typing import NamedTuple


class Span(NamedTuple):
    """A range of source: 1-based lines, 0-based character columns."""
    lineno: int
    col: int
    end_lineno: int
    end_col: int


def syntax_error(message, filename, lineno, col, text=None, end_lineno=None, end_col=None,
                 cls=SyntaxError):
    """Build a SyntaxError (or subclass `cls`) with CPython's 1-based offsets.

    `col` and `end_col` are 0-based character columns; `text` is the offending
    source line (with its newline, as CPython shows it) or None when unknown.
    Bytes the source could not decode show as U+FFFD in `text`, as in CPython.
    """
    if text is not None:
        text = replace_undecodable(text)
    offset = col + 1 if col is not None else None
    if end_lineno is None:
        end_lineno = lineno
    if end_col is None:
        end_offset = offset
    else:
        end_offset = end_col + 1
    return cls(message, (filename, lineno, offset, text, end_lineno, end_offset))


def replace_undecodable(text):
    """`text` as CPython shows source it could not decode. pvm.source keeps each
    undecodable byte as a lone surrogate U+DC80..U+DCFF; CPython decodes the bytes with
    "replace": one U+FFFD for each undecodable sequence."""
    if text.isascii():
        return text
    try:
        data = text.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:
        return text
    return data.decode("utf-8", "replace")
