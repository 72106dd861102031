"""Parser stage, string literals: a run of adjacent STRING tokens -> Constant or JoinedStr.

Mirrors CPython 3.11's Parser/string_parser.c and `_PyPegen_concatenate_strings` of
Parser/action_helpers.c. Consumes the STRING tokens of one implicit concatenation
(tuples `(type, string, (lineno, col), (end_lineno, end_col), line)`, 0-based
character columns, prefix and quotes included, an f-string being one token as in
3.11) and produces what `ast.parse` produces, positions included:

- escapes decoded exactly as the `unicode_escape` codec and `_PyBytes_DecodeEscape`
  do, with their error messages and (buffer) positions, and the first invalid escape
  of each decoded piece reported as a DeprecationWarning on the token's line;
- f-strings split into literals and replacement fields; each field's expression is
  handed back to the parser (`parser.parse_fstring_expr`) wrapped in parentheses,
  with the line and byte column that 3.11's `fstring_find_expr_location` computes;
- 3.11's positions: every Constant, FormattedValue and the outer JoinedStr span the
  whole concatenation, a format spec's JoinedStr spans the token it sits in, and only
  the expressions get positions of their own.

What the parser object must offer is listed in `parse_strings`'s docstring.
"""

import ast
import re
import unicodedata

from pvm.source import utf8_bytes

__all__ = ["parse_strings", "decode_unicode_escapes", "decode_bytes_escapes", "token_span"]

_Constant = ast.Constant
_JoinedStr = ast.JoinedStr
_FormattedValue = ast.FormattedValue

# The one-character escapes shared by str and bytes literals; backslash-newline
# is a line continuation and produces nothing.
_SIMPLE_ESCAPES = {
    "\n": "", "\\": "\\", "'": "'", '"': '"', "b": "\b", "f": "\f",
    "t": "\t", "n": "\n", "r": "\r", "v": "\v", "a": "\a",
}
_OCTAL_DIGITS = frozenset("01234567")
_HEX_DIGITS = frozenset("0123456789abcdefABCDEF")
_HEX_ESCAPES = {
    "x": (2, "truncated \\xXX escape"),
    "u": (4, "truncated \\uXXXX escape"),
    "U": (8, "truncated \\UXXXXXXXX escape"),
}
# The closing and opening brackets that an f-string expression scan pairs up.
_CLOSERS = {")": "(", "]": "[", "}": "{"}
# Where an f-string's literal text may stop: a brace, or an escape that could hide one.
_LITERAL_STOP = re.compile(r"[{}\\]")
_RAW_LITERAL_STOP = re.compile(r"[{}]")
# string_parser.c's MAXLEVEL: the depth of its bracket stack.
_MAXLEVEL = 200
# Source bytes that are not UTF-8 reach the parser as lone surrogates (pvm.source).
_UNDECODABLE = re.compile("[\udc80-\udcff]")
_NON_ASCII_RUN = re.compile("[^\x00-\x7f]+")


class StringDecodeError(Exception):
    """A literal that the escape decoder rejects; `str()` is CPython's full message."""


# ---------------------------------------------------------------------------
# Positions


def token_span(tok):
    """(lineno, col_offset, end_lineno, end_col_offset) of `tok`, columns in UTF-8 bytes.

    The lexer counts characters; the AST counts bytes. A token on an ASCII line
    keeps its columns; otherwise the start is measured in the token's first line and
    the end in the token's own text after its last newline (that part of a
    multi-line token starts at column 0 of its line).
    """
    _, string, (lineno, col), (end_lineno, end_col), line = tok
    if line.isascii() and (lineno == end_lineno or string.isascii()):
        return lineno, col, end_lineno, end_col
    if col:
        col = len(utf8_bytes(line[:col]))
    if lineno == end_lineno:
        end_col = col + len(utf8_bytes(string))
    else:
        last = string[max(string.rfind("\n"), string.rfind("\r")) + 1:]
        end_col = len(utf8_bytes(last))
    return lineno, col, end_lineno, end_col


def _parser_span(parser, tok):
    """The byte span of `tok`, asking the parser first: inside an f-string
    sub-parse only it knows how its tokens are shifted into the outer source."""
    return getattr(parser, "token_span", token_span)(tok)


# ---------------------------------------------------------------------------
# Errors and warnings


def _raise(parser, message):
    """RAISE_SYNTAX_ERROR: CPython reports these at the last token the parser fetched
    (the one after the strings), which only the parser knows."""
    parser.raise_syntax_error(message)
    raise AssertionError("parser.raise_syntax_error returned")  # pragma: no cover


def _raise_at_token(parser, tok, message):
    """RAISE_SYNTAX_ERROR_KNOWN_LOCATION(tok, ...): 1-based byte offsets, which pegen
    turns into characters on the token's first line (even for its end)."""
    lineno, col, end_lineno, end_col = _parser_span(parser, tok)
    parser.raise_error_known_location(SyntaxError, message, lineno, col + 1, end_lineno,
                                      end_col + 1)
    raise AssertionError("parser.raise_error_known_location returned")  # pragma: no cover


def _invalid_escape_message(text, index):
    """warn_invalid_escape_sequence's wording for the escape whose letter is at `index`."""
    c = text[index]
    if "4" <= c <= "7":
        # Only an octal escape above \377 is reported with a leading 4-7.
        return "invalid octal escape sequence '\\%s'" % text[index:index + 3]
    return "invalid escape sequence '\\%s'" % c


def _warn_invalid_escape(parser, tok, message):
    """warn_invalid_escape_sequence: a DeprecationWarning on the token's first line;
    when warnings are errors, CPython turns it into a SyntaxError at the token."""
    try:
        lineno, col, _, _ = _parser_span(parser, tok)
        parser.warn(DeprecationWarning, message, lineno, col)
    except DeprecationWarning:
        _raise_at_token(parser, tok, message)


# ---------------------------------------------------------------------------
# Escape decoding


def _codec_position(text, index):
    """Where `text[index]` lands in the buffer that decode_unicode_with_escapes builds.

    CPython rewrites each non-ASCII character as a 10-byte \\UXXXXXXXX escape and a
    backslash before one (or at the very end) as \\u005c before running the codec,
    so the codec's error positions count that buffer, not the source.
    """
    pos = 0
    i = 0
    n = len(text)
    while i < index:
        c = text[i]
        if c == "\\":
            pos += 1
            i += 1
            if i >= n or text[i] >= "\x80":
                pos += 5
                if i >= n:
                    break
            if i >= index:
                break
            c = text[i]
        pos += 10 if c >= "\x80" else 1
        i += 1
    return pos


def _unicode_error(text, start, end, reason):
    """The message of the UnicodeDecodeError the codec raises, as pegen words it."""
    start = _codec_position(text, start)
    end = _codec_position(text, end)
    if end - start == 1:
        where = "byte 0x5c in position %d" % start
    else:
        where = "bytes in position %d-%d" % (start, end - 1)
    return StringDecodeError(
        "(unicode error) 'unicodeescape' codec can't decode %s: %s" % (where, reason))


def _named_character(name):
    """\\N{name}: a character name or alias, never a named sequence (getcode(..., 0))."""
    try:
        char = unicodedata.lookup(name)
    except KeyError:
        return None
    return char if len(char) == 1 else None


def decode_unicode_escapes(text):
    """Decode the escapes of a str literal's body, as CPython's unicode_escape codec.

    Returns `(value, first_invalid)` where `first_invalid` is the index of the letter
    of the first invalid escape (or -1). Raises StringDecodeError with pegen's message.
    A backslash before a non-ASCII character or at the end stays a backslash.
    """
    find = text.find
    i = find("\\")
    if i < 0:
        return text, -1
    n = len(text)
    out = []
    pos = 0
    first_invalid = -1
    while i >= 0:
        if pos < i:
            out.append(text[pos:i])
        j = i + 1
        if j >= n:
            out.append("\\")
            pos = n
            break
        c = text[j]
        j += 1
        simple = _SIMPLE_ESCAPES.get(c)
        if simple is not None:
            out.append(simple)
        elif c in _OCTAL_DIGITS:
            k = j
            while k < n and k < j + 2 and text[k] in _OCTAL_DIGITS:
                k += 1
            code = int(text[j - 1:k], 8)
            if code > 0o377 and first_invalid < 0:
                first_invalid = k - 3
            out.append(chr(code))
            j = k
        elif c in _HEX_ESCAPES:
            count, reason = _HEX_ESCAPES[c]
            k = j
            while k < j + count:
                if k >= n or text[k] not in _HEX_DIGITS:
                    raise _unicode_error(text, i, k, reason)
                k += 1
            code = int(text[j:k], 16)
            if code > 0x10FFFF:
                raise _unicode_error(text, i, k, "illegal Unicode character")
            out.append(chr(code))
            j = k
        elif c == "N":
            out.append(_decode_named_escape(text, i, j))
            j = text.find("}", j) + 1
        elif c >= "\x80":
            out.append("\\")
            j -= 1
        else:
            if first_invalid < 0:
                first_invalid = j - 1
            out.append("\\" + c)
        pos = j
        i = find("\\", j)
    if pos < n:
        out.append(text[pos:])
    return "".join(out), first_invalid


def _decode_named_escape(text, backslash, j):
    """The character of the \\N{...} escape whose '{' should be at `j`."""
    reason = "malformed \\N character escape"
    if j >= len(text) or text[j] != "{":
        raise _unicode_error(text, backslash, j, reason)
    close = text.find("}", j + 1)
    if close < 0:
        raise _unicode_error(text, backslash, len(text), reason)
    if close == j + 1:
        raise _unicode_error(text, backslash, close, reason)
    char = _named_character(text[j + 1:close])
    if char is None:
        raise _unicode_error(text, backslash, close + 1, "unknown Unicode character name")
    return char


def decode_bytes_escapes(text):
    """Decode the escapes of a bytes literal's (ASCII) body, as _PyBytes_DecodeEscape.

    Returns `(value, first_invalid)` like decode_unicode_escapes. \\u, \\U and \\N are
    not escapes in bytes; an octal escape above \\377 keeps its low 8 bits.
    """
    find = text.find
    i = find("\\")
    if i < 0:
        return text.encode("ascii"), -1
    n = len(text)
    out = []
    pos = 0
    first_invalid = -1
    while i >= 0:
        if pos < i:
            out.append(text[pos:i])
        j = i + 1
        if j >= n:
            raise StringDecodeError("(value error) Trailing \\ in string")
        c = text[j]
        j += 1
        simple = _SIMPLE_ESCAPES.get(c)
        if simple is not None:
            out.append(simple)
        elif c in _OCTAL_DIGITS:
            k = j
            while k < n and k < j + 2 and text[k] in _OCTAL_DIGITS:
                k += 1
            code = int(text[j - 1:k], 8)
            if code > 0o377 and first_invalid < 0:
                first_invalid = k - 3
            out.append(chr(code & 0xFF))
            j = k
        elif c == "x":
            if j + 1 < n and text[j] in _HEX_DIGITS and text[j + 1] in _HEX_DIGITS:
                out.append(chr(int(text[j:j + 2], 16)))
                j += 2
            else:
                raise StringDecodeError("(value error) invalid \\x escape at position %d" % i)
        else:
            # The backslash stays and the character after it is read again as text.
            if first_invalid < 0:
                first_invalid = j - 1
            out.append("\\")
            j -= 1
        pos = j
        i = find("\\", j)
    if pos < n:
        out.append(text[pos:])
    return "".join(out).encode("latin-1"), first_invalid


def _check_utf8(parser, text, by_runs):
    """CPython decodes a literal's text from its UTF-8 bytes and reports bytes that do
    not decode (`(unicode error) ...`, at the last token fetched): with
    PyUnicode_DecodeUTF8 over the whole text (raw text, or a str literal without
    backslashes), or in decode_unicode_with_escapes over each run of non-ASCII bytes,
    whose positions then count from the run."""
    if text.isascii() or not _UNDECODABLE.search(text):
        return
    for piece in _NON_ASCII_RUN.findall(text) if by_runs else (text,):
        try:
            utf8_bytes(piece).decode("utf-8")
        except UnicodeDecodeError as err:
            _raise(parser, f"(unicode error) {err}")


def _decode_unicode(parser, text, tok):
    """decode_unicode_with_escapes: decode, turn codec errors into SyntaxErrors, warn."""
    _check_utf8(parser, text, True)
    try:
        value, first_invalid = decode_unicode_escapes(text)
    except StringDecodeError as exc:
        _raise(parser, str(exc))
    if first_invalid >= 0:
        _warn_invalid_escape(parser, tok, _invalid_escape_message(text, first_invalid))
    return value


def _decode_bytes(parser, text, tok):
    """decode_bytes_with_escapes."""
    try:
        value, first_invalid = decode_bytes_escapes(text)
    except StringDecodeError as exc:
        _raise(parser, str(exc))
    if first_invalid >= 0:
        _warn_invalid_escape(parser, tok, _invalid_escape_message(text, first_invalid))
    return value


# ---------------------------------------------------------------------------
# One token: _PyPegen_parsestr


def _split_literal(s):
    """(bytesmode, rawmode, fmode, body_start, body_end) of a STRING token's text."""
    bytesmode = rawmode = fmode = False
    i = 0
    while True:
        c = s[i]
        if c == "'" or c == '"':
            break
        if c in "bB":
            bytesmode = True
        elif c in "rR":
            rawmode = True
        elif c in "fF":
            fmode = True
        i += 1
    end = len(s) - 1
    if end - i >= 5 and s[i + 1] == c and s[i + 2] == c:
        return bytesmode, rawmode, fmode, i + 3, end - 2
    return bytesmode, rawmode, fmode, i + 1, end


def _normalize_newlines(tok):
    """CPython's tokenizer hands the parser \\n for every \\r\\n or lone \\r."""
    s = tok[1]
    if "\r" not in s:
        return tok
    s = s.replace("\r\n", "\n").replace("\r", "\n")
    return (tok[0], s, tok[2], tok[3], tok[4])


def _parsestr(parser, tok):
    """_PyPegen_parsestr for a str or bytes literal (an f-string returns value None).

    Returns (bytesmode, rawmode, value, body_start, body_end).
    """
    s = tok[1]
    bytesmode, rawmode, fmode, start, end = _split_literal(s)
    if fmode:
        if parser.feature_version < 6:
            _raise(parser, "Format strings are only supported in Python 3.6 and greater")
        return False, rawmode, None, start, end
    body = s[start:end]
    if bytesmode:
        if not body.isascii():
            _raise_at_token(parser, tok, "bytes can only contain ASCII literal characters")
        if rawmode or "\\" not in body:
            return True, rawmode, body.encode("ascii"), start, end
        return True, rawmode, _decode_bytes(parser, body, tok), start, end
    if rawmode or "\\" not in body:
        _check_utf8(parser, body, False)
        return False, rawmode, body, start, end
    return False, rawmode, _decode_unicode(parser, body, tok), start, end


# ---------------------------------------------------------------------------
# A run of tokens: _PyPegen_concatenate_strings


def parse_strings(parser, tokens):
    """The `strings` rule's action: adjacent STRING tokens -> ast.Constant | ast.JoinedStr.

    Mirrors `_PyPegen_concatenate_strings`. `parser` offers:
      parse_fstring_expr(text, starting_lineno, starting_col_offset) -> ast.expr
          parse "(expr)" with the `fstring` start rule; the text's first line is
          line `starting_lineno` and tokens on it are shifted right by
          `starting_col_offset` bytes, as pegen does for p2 in fstring_compile_expr;
      raise_syntax_error(message)  RAISE_SYNTAX_ERROR (at the last token fetched);
      raise_error_known_location(errtype, message, lineno, col_offset, end_lineno,
          end_col_offset)  _PyPegen_raise_error_known_location, 1-based byte offsets;
      warn(category, message, lineno, col)  a compile-time warning;
      feature_version  the minor version of ast.parse's feature_version (f-strings
          are refused below 6);
      token_span(tok)  optional: a token's AST position (see `token_span` here).
    """
    first = tokens[0]
    span = getattr(parser, "token_span", token_span)
    if len(tokens) == 1:
        s = first[1]
        q = s[0]
        if (q == "'" or q == '"') and "\\" not in s and "\r" not in s and (
                s.isascii() or not _UNDECODABLE.search(s)):
            # The fast path: no prefix, no escapes, nothing to decode.
            # (Setting attributes one by one is faster than keyword arguments.)
            node = _Constant(s[3:-3] if len(s) >= 6 and s[1] == q and s[2] == q else s[1:-1])
            node.kind = None
            node.lineno, node.col_offset, node.end_lineno, node.end_col_offset = span(first)
            return node
    last = tokens[-1]
    lineno, col_offset, _, _ = span(first)
    _, _, end_lineno, end_col_offset = span(last)
    parts = []     # decoded str or bytes values until an f-string needs `state`
    state = None
    bytesmode = False
    for index, tok in enumerate(tokens):
        tok = _normalize_newlines(tok)
        this_bytesmode, rawmode, value, start, end = _parsestr(parser, tok)
        if index and bytesmode != this_bytesmode:
            _raise(parser, "cannot mix bytes and nonbytes literals")
        bytesmode = this_bytesmode
        if value is None:
            if state is None:
                state = _FstringParser(parser, first[1][0] == "u", lineno, col_offset,
                                       end_lineno, end_col_offset)
                state.last_str = [part for part in parts if part]
            state.concat_fstring(tok, start, end, rawmode)
        elif state is not None:
            state.concat(value)
        else:
            parts.append(value)
    if state is not None:
        return state.finish()
    node = _Constant(b"".join(parts) if bytesmode else "".join(parts))
    node.kind = "u" if first[1][0] == "u" and not bytesmode else None
    node.lineno, node.col_offset = lineno, col_offset
    node.end_lineno, node.end_col_offset = end_lineno, end_col_offset
    return node


# ---------------------------------------------------------------------------
# f-strings: the FstringParser of string_parser.c


class _FstringParser:
    """Accumulates the parts of a concatenation with f-strings: literal text waiting
    in `last_str`, finished nodes in `values`.

    Mirrors FstringParser and its _PyPegen_FstringParser_* functions. The position
    fields are those of the whole concatenation (first_token .. last_token).
    """

    def __init__(self, parser, kind_u, lineno, col_offset, end_lineno, end_col_offset):
        self.parser = parser
        self.kind = "u" if kind_u else None
        self.span = (lineno, col_offset, end_lineno, end_col_offset)
        self.last_str = []
        self.values = []

    def concat(self, text):
        """_PyPegen_FstringParser_ConcatAndDel: empty pieces vanish."""
        if text:
            self.last_str.append(text)

    def _flush_constant(self):
        """make_str_node_and_del: pending text -> Constant spanning the concatenation."""
        lineno, col, end_lineno, end_col = self.span
        self.values.append(_Constant(value="".join(self.last_str), kind=self.kind,
                                     lineno=lineno, col_offset=col, end_lineno=end_lineno,
                                     end_col_offset=end_col))
        self.last_str = []

    def finish(self):
        """_PyPegen_FstringParser_Finish: the JoinedStr of the parts (a concatenation
        without f-strings never gets here: parse_strings makes its Constant)."""
        lineno, col, end_lineno, end_col = self.span
        if self.last_str:
            self._flush_constant()
        return _JoinedStr(values=self.values, lineno=lineno, col_offset=col,
                          end_lineno=end_lineno, end_col_offset=end_col)

    def concat_fstring(self, tok, start, end, raw, recurse_lvl=0):
        """_PyPegen_FstringParser_ConcatFstring: add the f-string body tok[1][start:end].

        Returns the index where scanning stopped (a '}' for a format spec).
        """
        scan = _FstringScan(self, tok, raw)
        i = start
        while True:
            i, literal, expr_text, expression, again = scan.literal_and_expr(i, end,
                                                                            recurse_lvl)
            if literal:
                self.concat(literal)
            if expr_text:
                self.concat(expr_text)
            if again:
                continue
            if expression is None:
                break
            if self.last_str:
                self._flush_constant()
            self.values.append(expression)
        if recurse_lvl == 0 and i < end - 1:
            _raise(self.parser, "f-string: unexpected end of string")
        if recurse_lvl != 0 and (i >= end or tok[1][i] != "}"):
            _raise(self.parser, "f-string: expecting '}'")
        return i


class _FstringScan:
    """The scanning half of string_parser.c for one f-string token `tok`.

    Indices run over the token's whole text (prefix and quotes included), which is
    the `parent_str` that fstring_find_expr_location measures from.
    """

    def __init__(self, state, tok, raw):
        self.state = state
        self.parser = state.parser
        self.tok = tok
        self.s = tok[1]
        self.raw = raw

    def literal_and_expr(self, i, end, recurse_lvl):
        """fstring_find_literal_and_expr.

        Returns (index, literal, expr_text, expression, again); `again` means the
        literal ended at a doubled brace and the caller should scan on.
        """
        i, literal, again = self.find_literal(i, end, recurse_lvl)
        if again:
            return i, literal, None, None, True
        if i >= end or self.s[i] == "}":
            return i, literal, None, None, False
        i, expr_text, expression = self.find_expr(i, end, recurse_lvl)
        return i, literal, expr_text, expression, False

    def find_literal(self, i, end, recurse_lvl):
        """fstring_find_literal: the text up to an undoubled brace (or the end).

        Returns (index, decoded literal or None, again).
        """
        s = self.s
        raw = self.raw
        search = (_RAW_LITERAL_STOP if raw else _LITERAL_STOP).search
        start = i
        again = False
        while True:
            m = search(s, i, end)
            if m is None:
                i = end
                break
            i = m.end()
            ch = s[i - 1]
            if ch == "\\":
                if i >= end:
                    continue
                ch = s[i]
                i += 1
                if ch == "N":
                    # Skip a \N{...} escape so its braces are not fields. A \N
                    # without '{' still swallows the next character; the decoder
                    # reports it later.
                    if i < end:
                        i += 1
                        if s[i - 1] == "{":
                            close = s.find("}", i, end)
                            i = end if close < 0 else close + 1
                    continue
                if ch == "{":
                    _warn_invalid_escape(self.parser, self.tok, "invalid escape sequence '\\{'")
            if ch == "{" or ch == "}":
                # Doubled braces are an escape only at the top level, so that
                # f'{0:{3}}' can end with two closing braces.
                if recurse_lvl == 0:
                    if i < end and s[i] == ch:
                        again = True
                        break
                    if ch == "}":
                        _raise(self.parser, "f-string: single '}' is not allowed")
                i -= 1
                break
        literal = None
        if start != i:
            text = s[start:i]
            if raw or "\\" not in text:
                _check_utf8(self.parser, text, not raw)
                literal = text
            else:
                literal = _decode_unicode(self.parser, text, self.tok)
        if again:
            i += 1  # resume after the second brace of the pair
        return i, literal, again

    def find_expr(self, i, end, recurse_lvl):
        """fstring_find_expr: one replacement field starting at the '{' at `i`.

        Returns (index after the '}', expr_text or None, FormattedValue).
        """
        parser = self.parser
        s = self.s
        if recurse_lvl >= 2:
            _raise(parser, "f-string: expressions nested too deeply")
        brace = i
        i += 1
        expr_start = i
        quote_char = None
        triple = False
        stack = []
        while i < end:
            ch = s[i]
            if ch == "\\":
                _raise(parser, "f-string expression part cannot include a backslash")
            if quote_char:
                # Only the non-error half of the tokenizer's string rule: find the end.
                if ch == quote_char:
                    if triple:
                        if i + 2 < end and s[i + 1] == ch and s[i + 2] == ch:
                            i += 3
                            quote_char = None
                            continue
                    else:
                        quote_char = None
            elif ch == "'" or ch == '"':
                if i + 2 < end and s[i + 1] == ch and s[i + 2] == ch:
                    triple = True
                    i += 2
                else:
                    triple = False
                quote_char = ch
            elif ch == "[" or ch == "{" or ch == "(":
                if len(stack) >= _MAXLEVEL:
                    _raise(parser, "f-string: too many nested parenthesis")
                stack.append(ch)
            elif ch == "#":
                _raise(parser, "f-string expression part cannot include '#'")
            elif not stack and ch in "!:}=<>":
                # != == <= >= are operators, and a lone < or > never ends a field.
                if i + 1 < end and s[i + 1] == "=" and ch in "!=<>":
                    i += 2
                    continue
                if ch == "<" or ch == ">":
                    i += 1
                    continue
                break
            elif ch == "]" or ch == "}" or ch == ")":
                if not stack:
                    _raise(parser, "f-string: unmatched '%s'" % ch)
                opening = stack.pop()
                if opening != _CLOSERS[ch]:
                    _raise(parser, "f-string: closing parenthesis '%s' does not match "
                                   "opening parenthesis '%s'" % (ch, opening))
            i += 1
        expr_end = i
        if quote_char:
            _raise(parser, "f-string: unterminated string")
        if stack:
            _raise(parser, "f-string: unmatched '%s'" % stack[-1])
        if i >= end:
            _raise(parser, "f-string: expecting '}'")
        # Compile the expression first so its errors come before the spec's.
        expression = self.compile_expr(brace, expr_start, expr_end)
        expr_text = None
        if s[i] == "=":
            i += 1
            while s[i] in " \t\n\r\v\f":
                i += 1
            expr_text = s[expr_start:i]
        conversion = -1
        if s[i] == "!":
            i += 1
            if i >= end:
                _raise(parser, "f-string: expecting '}'")
            conversion = ord(s[i])
            i += 1
            if s[i - 1] not in "sra":
                _raise(parser, "f-string: invalid conversion character: "
                               "expected 's', 'r', or 'a'")
        if i >= end:
            _raise(parser, "f-string: expecting '}'")
        format_spec = None
        if s[i] == ":":
            i += 1
            if i >= end:
                _raise(parser, "f-string: expecting '}'")
            i, format_spec = self.parse_format_spec(i, end, recurse_lvl + 1)
        if i >= end or s[i] != "}":
            _raise(parser, "f-string: expecting '}'")
        i += 1
        # `=` without a spec or conversion shows the repr.
        if expr_text and format_spec is None and conversion == -1:
            conversion = ord("r")
        lineno, col, end_lineno, end_col = self.state.span
        node = _FormattedValue(value=expression, conversion=conversion,
                               format_spec=format_spec, lineno=lineno, col_offset=col,
                               end_lineno=end_lineno, end_col_offset=end_col)
        return i, expr_text, node

    def parse_format_spec(self, i, end, recurse_lvl):
        """fstring_parse: the spec after ':' as its own JoinedStr, spanning this token."""
        outer = self.state
        spec = _FstringParser(self.parser, outer.kind == "u", *outer.span)
        i = spec.concat_fstring(self.tok, i, end, self.raw, recurse_lvl)
        # _PyPegen_FstringParser_Finish(p, &state, t, t): the trailing text of a spec
        # is a Constant spanning this token (and, an f-string, never kind 'u').
        spec.span = _parser_span(self.parser, self.tok)
        spec.kind = None
        if spec.last_str:
            spec._flush_constant()
        lineno, col, end_lineno, end_col = spec.span
        node = _JoinedStr(values=spec.values, lineno=lineno, col_offset=col,
                          end_lineno=end_lineno, end_col_offset=end_col)
        return i, node

    def compile_expr(self, brace, expr_start, expr_end):
        """fstring_compile_expr: parse "(" + expression + ")" where the field's
        expression begins, refusing one that is only whitespace."""
        s = self.s
        text = s[expr_start:expr_end]
        if not text.strip(" \t\n\f"):
            stop = s[expr_end]
            if stop in "!:=":
                _raise(self.parser, "f-string: expression required before '%s'" % stop)
            _raise(self.parser, "f-string: empty expression not allowed")
        lines, cols = self.find_expr_location(brace)
        lineno, col_offset, _, _ = _parser_span(self.parser, self.tok)
        starting_col_offset = cols if lines else col_offset + cols
        return self.parser.parse_fstring_expr("(" + text + ")", lineno + lines,
                                              starting_col_offset)

    def find_expr_location(self, brace):
        """fstring_find_expr_location: (newlines before the '{' in the token, the
        '{''s byte column in its line, or 0 when only whitespace and a newline follow it)."""
        s = self.s
        lines = s.count("\n", 0, brace)
        k = brace + 1
        n = len(s)
        newline_after_brace = True
        while k < n and s[k] != "}" and s[k] != "\n":
            if s[k] not in " \t\f":
                newline_after_brace = False
                break
            k += 1
        if k >= n:
            newline_after_brace = False
        cols = 0
        if not newline_after_brace:
            line_start = s.rfind("\n", 0, brace) + 1
            segment = s[line_start:brace]
            cols = len(segment)
            if not segment.isascii():
                cols = len(utf8_bytes(segment))
        return lines, cols
