"""Lexer: text -> the token stream of the standard `tokenize` module, for tools.

Consumes a str (or bytes, decoded by pvm.source) and yields `TokenInfo` tuples
equal to what the host's `tokenize.generate_tokens` (str) or `tokenize.tokenize`
(bytes, ENCODING token first) yields for the same source: COMMENT and NL tokens
included, operators as OP (`exact_type` gives the exact kind), ERRORTOKEN for a
character no token starts with, and that module's quirks (it is a tool for
source code, not the compiler's tokenizer: it accepts `0777`, `$` and mixed tabs).

Where `tokenize` raises, pvm raises a SyntaxError: IndentationError for a bad
dedent (the same exception), `TokenError` (a SyntaxError here, whose `args` are
`tokenize.TokenError`'s `(message, (lineno, col))`) at EOF inside a statement or
a string, SyntaxError for bytes that do not decode.

Design: the same line-by-line state machine as Lib/tokenize.py (its states and
token boundaries ARE the specification), but one compiled pattern whose groups
name the token class, run with finditer over each line, so that the work per
token is one match and one tuple.
"""

import collections
import functools
import re

from pvm.source import BOM_UTF8, detect_encoding
from pvm.lexer.tokens import (
    COMMENT, DEDENT, ENCODING, ENDMARKER, ERRORTOKEN, EXACT_TOKEN_TYPES, INDENT, NAME, NEWLINE,
    NL, NUMBER, OP, STRING, tok_name,
)

TABSIZE = 8


class TokenInfo(collections.namedtuple("TokenInfo", "type string start end line")):
    """One token, shaped (and comparing equal) like `tokenize.TokenInfo`."""

    __slots__ = ()

    def __repr__(self):
        annotated = f"{self.type} ({tok_name[self.type]})"
        return (f"TokenInfo(type={annotated}, string={self.string!r}, start={self.start!r}, "
                f"end={self.end!r}, line={self.line!r})")

    @property
    def exact_type(self):
        if self.type == OP and self.string in EXACT_TOKEN_TYPES:
            return EXACT_TOKEN_TYPES[self.string]
        return self.type


class TokenError(SyntaxError):
    """tokenize.TokenError as a SyntaxError: EOF inside a statement or a string."""

    def __init__(self, message, position):
        super().__init__(message)
        self.lineno, col = position
        self.offset = col + 1
        self.args = (message, position)

    def __str__(self):
        return str(self.args[0])


# -- the pattern ------------------------------------------------------------------
# The token shapes of Lib/tokenize.py. A string prefix is b, r, u, f, br or fr in
# any case and order (u alone).
_PREFIX = "(?:[bB][rR]?|[rR][bBfF]?|[uU]|[fF][rR]?)?"

_DIGITS = r"[0-9](?:_?[0-9])*"
_EXPONENT = rf"[eE][-+]?{_DIGITS}"
_POINTFLOAT = rf"(?:{_DIGITS}\.(?:{_DIGITS})?|\.{_DIGITS})(?:{_EXPONENT})?"
_FLOAT = rf"(?:{_POINTFLOAT}|{_DIGITS}{_EXPONENT})"
_INT = (r"(?:0[xX](?:_?[0-9a-fA-F])+|0[bB](?:_?[01])+|0[oO](?:_?[0-7])+"
        r"|0(?:_?0)*|[1-9](?:_?[0-9])*)")
_NUMBER = rf"(?:{_DIGITS}[jJ]|{_FLOAT}[jJ]|{_FLOAT}|{_INT})"
_OPERATOR = "|".join(re.escape(op) for op in sorted(EXACT_TOKEN_TYPES, key=len, reverse=True))

# Tails of strings, from after the opening quote(s) to the closing one(s).
_Q1, _Q2, _Q3, _Q6 = "'", '"', "'" * 3, '"' * 3
_TAIL = {
    _Q1: r"[^'\\]*(?:\\.[^'\\]*)*'",
    _Q2: r'[^"\\]*(?:\\.[^"\\]*)*"',
    _Q3: r"[^'\\]*(?:(?:\\.|'(?!''))[^'\\]*)*" + _Q3,
    _Q6: r'[^"\\]*(?:(?:\\.|"(?!""))[^"\\]*)*' + _Q6,
}
_END = {quote: re.compile(tail) for quote, tail in _TAIL.items()}   # each tail is cheap
# The first line of a ' or " string: to its closing quote or to a backslash-newline.
_BODY1 = r"'[^\n'\\]*(?:\\.[^\n'\\]*)*"
_BODY2 = r'"[^\n"\\]*(?:\\.[^\n"\\]*)*'

(T_CONTINUE, T_COMMENT, T_TRIPLE, T_TRIPLE_OPEN, T_STRING, T_STRING_OPEN, T_NAME,
 T_NUMBER, T_NEWLINE, T_OP, T_ERROR) = range(1, 12)

# One match per token. The blank prefix is part of a match only when a token
# follows it; otherwise the lone first character is an error token, as in
# tokenize, where a failed match reports line[pos] even when it is a blank.
# The branches are tokenize's, reordered only where their first characters
# cannot overlap, each guarded by a lookahead on its first characters so that a
# failing branch costs one test. A triple-quoted string that ends on its line is
# one match (tokenize matches its tail in a second step, with the same result).
@functools.cache
def _pseudo():
    """The pattern, compiled on first use: programs that never tokenize for tools do not
    pay for it at start-up."""
    return re.compile(_PSEUDO)


_PSEUDO = (
    r"[ \f\t]*(?:"
    r"(\\\r?\n|\Z)"                                           # T_CONTINUE (or end of line)
    r"|(#[^\r\n]*)"                                           # T_COMMENT
    r"|(?=[bBrRuUfF]{0,2}['\"])(?:"
    rf"({_PREFIX}(?:{_Q3}{_TAIL[_Q3]}|{_Q6}{_TAIL[_Q6]}))"    # T_TRIPLE
    rf"|({_PREFIX}(?:{_Q3}|{_Q6}))"                           # T_TRIPLE_OPEN
    rf"|({_PREFIX}(?:{_BODY1}'|{_BODY2}\"))"                  # T_STRING
    rf"|({_PREFIX}(?:{_BODY1}|{_BODY2})\\\r?\n))"             # T_STRING_OPEN
    r"|((?![0-9])\w+)"                                        # T_NAME
    rf"|(?=\.?[0-9])({_NUMBER})"                              # T_NUMBER
    r"|(\r?\n)"                                               # T_NEWLINE
    rf"|({_OPERATOR})"                                        # T_OP
    r")|(.)")                                                 # T_ERROR


def _split_lines(text):
    """The lines io.StringIO(text).readline returns: split after each \\n only."""
    lines = text.split("\n")
    last = lines.pop()
    lines = [line + "\n" for line in lines]
    if last:
        lines.append(last)
    return lines


def generate_tokens(text):
    """Tokens of a str, as `tokenize.generate_tokens(io.StringIO(text).readline)`."""
    return tokenize_lines(_split_lines(text), None)


def tokenize_lines(lines, encoding):
    """An iterator of the tokens of `lines`; an error is raised after the tokens before it."""
    tokens = []
    try:
        _tokenize(lines, encoding, tokens.append)
    except SyntaxError as exc:
        return _then_raise(tokens, exc)
    return iter(tokens)


def _then_raise(tokens, exc):
    yield from tokens
    raise exc


def _tokenize(lines, encoding, append):
    """The state machine of tokenize._tokenize over an iterable of lines."""
    new = tuple.__new__
    TI = TokenInfo
    finditer = _pseudo().finditer
    lnum = parenlev = 0
    continued = False
    contstr = ""
    needcont = False
    contline = None
    strstart = endprog = None
    indents = [0]
    if encoding is not None:
        if encoding == "utf-8-sig":
            encoding = "utf-8"
        append(new(TI, (ENCODING, encoding, (0, 0), (0, 0), "")))
    last_line = line = ""
    lines = iter(lines)
    while True:
        last_line = line
        line = next(lines, "")
        lnum += 1
        pos = 0
        max_ = len(line)

        if contstr:                                    # inside a continued string
            if not line:
                raise TokenError("EOF in multi-line string", strstart)
            endmatch = endprog.match(line)
            if endmatch:
                pos = end = endmatch.end(0)
                append(new(TI, (STRING, contstr + line[:end], strstart, (lnum, end),
                               contline + line)))
                contstr = ""
                needcont = False
                contline = None
            elif needcont and line[-2:] != "\\\n" and line[-3:] != "\\\r\n":
                append(new(TI, (ERRORTOKEN, contstr + line, strstart, (lnum, len(line)),
                               contline)))
                contstr = ""
                contline = None
                continue
            else:
                contstr += line
                contline += line
                continue

        elif parenlev == 0 and not continued:          # a new statement
            if not line:
                break
            pos = max_ - len(line.lstrip(" \t\f"))
            if pos == max_:
                break
            column = pos if "\t" not in line[:pos] and "\f" not in line[:pos] \
                else _measure(line, pos)
            initial = line[pos]
            if initial in "#\r\n":                     # a comment or blank line
                if initial == "#":
                    comment = line[pos:].rstrip("\r\n")
                    append(new(TI, (COMMENT, comment, (lnum, pos), (lnum, pos + len(comment)),
                                   line)))
                    pos += len(comment)
                append(new(TI, (NL, line[pos:], (lnum, pos), (lnum, len(line)), line)))
                continue
            if column > indents[-1]:
                indents.append(column)
                append(new(TI, (INDENT, line[:pos], (lnum, 0), (lnum, pos), line)))
            while column < indents[-1]:
                if column not in indents:
                    raise IndentationError(
                        "unindent does not match any outer indentation level",
                        ("<tokenize>", lnum, pos, line))
                indents.pop()
                append(new(TI, (DEDENT, "", (lnum, pos), (lnum, pos), line)))

        else:                                          # a continued statement
            if not line:
                raise TokenError("EOF in multi-line statement", (lnum, 0))
            continued = False

        for m in finditer(line, pos):
            kind = m.lastindex
            start, end = m.span(kind)
            if kind == T_NAME:
                token = m.group(kind)
                append(new(TI, (NAME if token[0].isidentifier() else OP, token,
                               (lnum, start), (lnum, end), line)))
            elif kind == T_OP:
                token = m.group(kind)
                if token in "([{":
                    parenlev += 1
                elif token in ")]}":
                    parenlev -= 1
                append(new(TI, (OP, token, (lnum, start), (lnum, end), line)))
            elif kind == T_NUMBER or kind == T_STRING or kind == T_TRIPLE:
                append(new(TI, (NUMBER if kind == T_NUMBER else STRING, m.group(kind),
                               (lnum, start), (lnum, end), line)))
            elif kind == T_NEWLINE:
                append(new(TI, (NL if parenlev > 0 else NEWLINE, m.group(kind),
                               (lnum, start), (lnum, end), line)))
            elif kind == T_COMMENT:
                append(new(TI, (COMMENT, m.group(kind), (lnum, start), (lnum, end), line)))
            elif kind == T_CONTINUE:
                if start != end:
                    continued = True
            elif kind == T_ERROR:
                append(new(TI, (ERRORTOKEN, line[start], (lnum, start), (lnum, start + 1), line)))
            else:
                # A string that goes on past this line: T_TRIPLE_OPEN, T_STRING_OPEN.
                strstart = (lnum, start)
                token = m.group(kind)
                if kind == T_TRIPLE_OPEN:
                    endprog = _END[token[-3:]]
                else:
                    needcont = True
                    endprog = _END[token.lstrip("bBrRuUfF")[0]]
                contstr = line[start:]
                contline = line
                break

    if last_line and last_line[-1] not in "\r\n" and not last_line.strip().startswith("#"):
        append(new(TI, (NEWLINE, "", (lnum - 1, len(last_line)), (lnum - 1, len(last_line) + 1),
                       "")))
    for _ in indents[1:]:
        append(new(TI, (DEDENT, "", (lnum, 0), (lnum, 0), "")))
    append(new(TI, (ENDMARKER, "", (lnum, 0), (lnum, 0), "")))


def _measure(line, pos):
    """The indentation column of line[:pos]: tabs to multiples of 8, form feed resets."""
    column = 0
    for ch in line[:pos]:
        if ch == " ":
            column += 1
        elif ch == "\t":
            column = (column // TABSIZE + 1) * TABSIZE
        else:
            column = 0
    return column


def tokenize_bytes(data, filename=None):
    """Tokens of bytes, as `tokenize.tokenize(io.BytesIO(data).readline)`: ENCODING first.

    `filename` names the file in encoding errors, as tokenize names an open file.
    Each line is decoded on its own, as tokenize does; a line that does not
    decode raises a SyntaxError after the tokens before it.
    """
    reader = _LineReader(_split_bytes(data), filename)
    encoding, consumed = detect_encoding(reader.readline)
    codec = "utf-8" if encoding == "utf-8-sig" else encoding
    rest = reader.lines[reader.read:]
    return tokenize_lines(_decoded(consumed + rest, codec), encoding)


class _LineReader:
    """A readline over split lines; `name` is what detect_encoding reports."""

    def __init__(self, lines, name):
        self.lines = lines
        self.read = 0
        if name is not None:
            self.name = name

    def readline(self):
        if self.read < len(self.lines):
            self.read += 1
            return self.lines[self.read - 1]
        return b""


def _split_bytes(data):
    lines = data.split(b"\n")
    last = lines.pop()
    lines = [line + b"\n" for line in lines]
    if last:
        lines.append(last)
    return lines


def _decoded(lines, codec):
    for number, line in enumerate(lines, 1):
        try:
            yield line.decode(codec)
        except UnicodeDecodeError as err:
            raise SyntaxError(str(err), ("<tokenize>", number, err.start + 1, None)) from None
