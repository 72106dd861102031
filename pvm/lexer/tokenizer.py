"""Lexer: program text -> the token list the parser reads (CPython's Parser/tokenizer.c).

Consumes a str (already decoded by pvm.source) and produces a list of plain tuples
`(type, string, (lineno, col), (end_lineno, end_col), line)`:

- columns are 0-based character columns, lines are 1-based;
- `type` is the exact kind for operators (LPAR, PLUS, ...), NAME for names and
  keywords (keywords are the parser's business, `async`/`await` included),
  NUMBER, STRING (one token per literal, prefix kept, f-strings included),
  NEWLINE (string ''), INDENT, DEDENT and ENDMARKER; an ASCII character that is
  no operator (`$`, `?`, `!`, backquote) is a token of kind OP, which no grammar
  rule accepts, exactly as in CPython;
- no COMMENT, NL or ENCODING tokens; with `type_comments` (ast.parse's
  type_comments=True, PyCF_TYPE_COMMENTS) a `# type: ...` comment is a
  TYPE_COMMENT token (its text after the prefix) and `# type: ignore...` a
  TYPE_IGNORE token (the tag after "ignore"), as tok->type_comments makes them;
- `line` is the physical line where the token starts, newline included.

INDENT, DEDENT and ENDMARKER have no text of their own; CPython gives them
col_offset -1. Here they carry (lineno, col) = the position of C's `tok->cur`
when it returns them (just after the indentation; for ENDMARKER the end of the
last line), which is where CPython's `_PyPegen_raise_error` points ("unexpected
indent" has offset == that col, not col + 1).

Errors follow the C tokenizer: the tokenizer reports a lexical error only when
the parser asks for that token, so the list then ENDS with one tuple
`(ERRORTOKEN, exc, start, end, line)` whose `exc` is the ready-made
SyntaxError/IndentationError/TabError, with CPython 3.11's message and position.
`is_deferred_error(exc)` tells the kinds CPython raises only when the parser
reaches them (tok->done codes) from the ones it raises even after a parser
error (`_PyPegen_tokenize_full_source_to_check_for_errors`).

The design is one compiled regex and a tight loop over its matches; numbers
that the fast pattern refuses, and every error, take a slow path that follows
tokenizer.c step by step (pvm.lexer.numbers).
"""

import re
import warnings

from pvm.errors import replace_undecodable, syntax_error
from pvm.lexer.numbers import scan_number
from pvm.source import utf8_bytes
from pvm.lexer.tokens import (
    DEDENT, ENDMARKER, ERRORTOKEN, EXACT_TOKEN_TYPES, INDENT, NAME, NEWLINE, NUMBER, OP,
    NOTEQUAL, STRING, TYPE_COMMENT, TYPE_IGNORE,
)

MAXINDENT = 100     # tokenizer.h: at most 99 indentation levels
MAXLEVEL = 200      # tokenizer.h: at most 200 nested brackets
TABSIZE = 8

_PREFIX = r"(?:[rR][bBfF]?|[bBfF][rR]?|[uU])?"
# A complete string literal; `\\.` (with DOTALL) also skips an escaped newline.
# Two quotes followed by a third start a triple-quoted string, never an empty one.
_STRING = (_PREFIX + r"""(?:'''[^'\\]*(?:(?:\\.|'(?!''))[^'\\]*)*'''"""
           r'''|"""[^"\\]*(?:(?:\\.|"(?!""))[^"\\]*)*"""'''
           r"""|'(?!'')[^\n'\\]*(?:\\.[^\n'\\]*)*'"""
           r'''|"(?!"")[^\n"\\]*(?:\\.[^\n"\\]*)*")''')
_BADSTRING = _PREFIX + r"""(?:'''|\"\"\"|'|")"""
# is_potential_identifier_start/char: ASCII letters, _, digits after the first, and every
# non-ASCII character, written as the ASCII characters left out (a class holding the
# range \x80-\U0010FFFF takes the re module ~6 ms to compile, at every start-up).
_NAME = r"[^\x00-\x40\x5b-\x5e\x60\x7b-\x7f][^\x00-\x2f\x3a-\x40\x5b-\x5e\x60\x7b-\x7f]*"
# Numbers the C tokenizer accepts without a word; anything else that starts like a
# number (0777, 1if, 1_, 0x, 1e) takes the slow path, which follows tokenizer.c.
_NUMBER = (r"(?>0[xX](?:_?[0-9a-fA-F])+|0[bB](?:_?[01])+|0[oO](?:_?[0-7])+"
           r"|(?:[0-9](?:_?[0-9])*\.(?:[0-9](?:_?[0-9])*)?|\.[0-9](?:_?[0-9])*)"
           r"(?:[eE][-+]?[0-9](?:_?[0-9])*)?[jJ]?"
           r"|[0-9](?:_?[0-9])*[eE][-+]?[0-9](?:_?[0-9])*[jJ]?"
           r"|[0-9](?:_?[0-9])*[jJ]"
           r"|0(?:_?0)*|[1-9](?:_?[0-9])*)"
           # C ends a number at a non-ASCII letter (`1é` is 1 then é).
           r"(?![0-9A-Za-z_])")
# `<>` is NOTEQUAL for the tokenizer; the parser refuses it (barry_as_FLUFL).
_OPERATOR = "|".join(re.escape(op) for op in sorted([*EXACT_TOKEN_TYPES, "<>"],
                                                    key=len, reverse=True)
                     if op not in "([{}])")

# Group numbers are the token classes the loop dispatches on (m.lastindex).
(G_STRING, G_BADSTR, G_NAME, G_NUMBER, G_SLOWNUM, G_NEWLINE, G_OPEN, G_CLOSE, G_OP, G_EOF,
 G_BACKSLASH, G_OTHER) = range(1, 13)

# Leading blanks and a comment are skipped as part of the next match. A quote
# right after a valid prefix always starts a string (a complete one, else the
# unterminated-string error) before the prefix could be taken for a name.
PSEUDO = re.compile(
    r"[ \t\f]*(?:#[^\n]*)?(?:"
    rf"(?=[bBrRuUfF]{{0,2}}['\"])(?:({_STRING})|({_BADSTRING}))|({_NAME})"
    rf"|(?=\.?[0-9])(?:({_NUMBER})|(\.?[0-9]))|(\n)"
    r"|([(\[{])|([)\]}])|(" + _OPERATOR + r")|(\Z)|(\\)|(.))",
    re.DOTALL)

# tokenizer.c's type_comment_prefix "# type: ", where each blank stands for any run
# of spaces and tabs.
_TYPE_COMMENT_PREFIX = re.compile(r"#[ \t]*type:[ \t]*")

_PREFIX_RE = re.compile(_PREFIX)
_SINGLE_BODY = {q: re.compile(r"[^\n%s\\]*(?:\\.[^\n%s\\]*)*" % (q, q), re.DOTALL)
                for q in "'\""}
_CLOSING = {")": "(", "]": "[", "}": "{"}

# Messages of the errors C signals through tok->done rather than an exception.
_DEFERRED_MESSAGES = frozenset([
    "unexpected EOF while parsing",
    "unindent does not match any outer indentation level",
    "inconsistent use of tabs and spaces in indentation",
    "too many levels of indentation",
    "unexpected character after line continuation character",
])


def is_deferred_error(exc):
    """True for an error CPython raises only when the parser reaches its token.

    Those are C's tok->done codes (E_EOF, E_DEDENT, E_TABSPACE, E_TOODEEP,
    E_LINECONT): after a parser error, CPython's scan of the rest of the source
    (`_PyPegen_tokenize_full_source_to_check_for_errors`) does not let them
    replace the parser's error, except an unclosed bracket opened on a line
    before the parser's error ("'(' was never closed"). Every other tokenizer
    error does replace it.
    """
    msg = exc.msg if isinstance(exc, SyntaxError) else str(exc)
    return msg in _DEFERRED_MESSAGES or msg.endswith("' was never closed")


def unicode_error_of(exc):
    """The UnicodeDecodeError behind a tokenizer error `(unicode error) ...` (C's
    E_DECODE), or None. The parser raises the SyntaxError when it reaches the token,
    and this UnicodeDecodeError when only its scan of the rest of the source does
    (as `_PyPegen_tokenize_full_source_to_check_for_errors` lets it escape)."""
    return getattr(exc, "_pvm_unicode_error", None)


def buffer_first_lines(text):
    """{line: first line of C's tokenizer buffer} for each line of `text` that the C
    tokenizer reads inside a token (a multi-line string, a backslash continuation
    after a token): pegen shows the whole buffer as the text of an error there."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    scanner = _Scanner(text.replace("\0", " "), "")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        scanner.run()
    return scanner.joined


def tokens_for_parser(text, filename="<unknown>", exec_input=True, type_comments=False):
    """The parser's tokens for `text`, as CPython's C tokenizer makes them.

    `exec_input` is True for "exec" mode: like `compile()`, a missing final
    newline is then supplied. `type_comments` adds TYPE_COMMENT and TYPE_IGNORE
    tokens. See the module docstring for the shape of the list.
    """
    if "\r" in text:
        # translate_newlines() in tokenizer.c: the compiler sees only \n. Its loop
        # steps past the \n of a final \r\n onto the terminating NUL, and "exec"
        # input then gets one more newline.
        extra = exec_input and text.endswith("\r\n")
        text = text.replace("\r\n", "\n").replace("\r", "\n")
        if extra:
            text += "\n"
    if exec_input and text and not text.endswith("\n"):
        text += "\n"
    null_at = text.find("\0")
    if null_at < 0:
        return _Scanner(text, filename, type_comments).run()
    # The C reader checks each line as it reads it: tokenize up to the line
    # with the NUL, and whatever needs that line meets the error instead.
    cut = text.rfind("\n", 0, null_at) + 1
    end = text.find("\n", null_at)
    scanner = _Scanner(text[:cut], filename, type_comments)
    scanner.null = (text.count("\n", 0, cut) + 1, text[cut:] if end < 0 else text[cut:end + 1])
    return scanner.run()


def _line_from(text, start):
    """The physical line that starts at `start`, with its newline when it has one."""
    end = text.find("\n", start)
    return text[start:end + 1] if end >= 0 else text[start:]


class _Scanner:
    """One run of the tokenizer over a text; `run` is the hot loop."""

    def __init__(self, text, filename, type_comments=False):
        self.text = text
        self.filename = filename
        self.type_comments = type_comments
        self.tokens = []
        self.parens = []        # (char, lineno, col) of each open bracket
        self.indstack = [0]     # indentation columns with tabs to 8
        self.altindstack = [0]  # the same with tabs to 1, to catch inconsistent tabs
        self.null = None        # (lineno, line) of the first line holding a NUL
        # C's tok->buf starts at the line read last at a token boundary; a line read
        # inside a token (a multi-line string, a backslash continuation after a token)
        # joins that buffer, which pegen shows in its errors. `joined` maps each line
        # read inside a token to the buffer's first line.
        self.joined = {}

    # -- the hot loop ---------------------------------------------------------

    def run(self):
        text = self.text
        tokens = self.tokens
        append = tokens.append
        parens = self.parens
        exact = EXACT_TOKEN_TYPES
        lineno = 1
        line_start = 0
        line = _line_from(text, 0)
        bol = True          # at the beginning of a logical line: indentation pending
        type_comments = self.type_comments
        scanner = PSEUDO.finditer(text)
        while True:
            for m in scanner:
                kind = m.lastindex
                if kind == G_NEWLINE:
                    s = m.start(kind)
                    if type_comments and self.type_comment(m.start(), s, lineno, line_start,
                                                           line, bol):
                        bol = True
                    elif not bol and not parens:
                        # C starts NEWLINE at a comment before it: the token is the comment.
                        c = text.find("#", m.start(), s)
                        if c < 0:
                            append((NEWLINE, "", (lineno, s - line_start),
                                    (lineno, s - line_start), line))
                        else:
                            append((NEWLINE, text[c:s], (lineno, c - line_start),
                                    (lineno, s - line_start), line))
                        bol = True
                    lineno += 1
                    line_start = s + 1
                    end = text.find("\n", line_start)
                    line = text[line_start:end + 1] if end >= 0 else text[line_start:]
                    continue
                s, e = m.span(kind)
                if bol and kind != G_EOF and kind != G_BACKSLASH:
                    # C measures the indentation before it scans the line's first
                    # token, so INDENT/DEDENT come before even an erroneous one.
                    bol = False
                    if not parens and not self.indentation(lineno, line_start, s, line):
                        return tokens
                if kind == G_NAME:
                    string = m.group(kind)
                    if not string.isascii() and not self.verify_identifier(
                            string, lineno, line_start, s - line_start, line):
                        return tokens
                    append((NAME, string, (lineno, s - line_start), (lineno, e - line_start), line))
                elif kind == G_OP:
                    string = m.group(kind)
                    append((exact.get(string, NOTEQUAL), string, (lineno, s - line_start),
                            (lineno, e - line_start), line))
                elif kind == G_STRING:
                    string = m.group(kind)
                    start = (lineno, s - line_start)
                    first_line = line
                    if "\n" in string:
                        first = self.joined.get(lineno, lineno)
                        end_lineno = lineno + string.count("\n")
                        for joined in range(lineno + 1, end_lineno + 1):
                            self.joined[joined] = first
                        lineno = end_lineno
                        line_start = text.rfind("\n", s, e) + 1
                        line = _line_from(text, line_start)
                    append((STRING, string, start, (lineno, e - line_start), first_line))
                elif kind == G_NUMBER:
                    append((NUMBER, m.group(kind), (lineno, s - line_start),
                            (lineno, e - line_start), line))
                elif kind == G_OPEN:
                    if len(parens) >= MAXLEVEL:
                        return self.fail("too many nested parentheses", lineno, e - line_start, line)
                    string = m.group(kind)
                    parens.append((string, lineno, s - line_start))
                    append((exact[string], string, (lineno, s - line_start),
                            (lineno, e - line_start), line))
                elif kind == G_CLOSE:
                    string = m.group(kind)
                    if not self.close_bracket(string, lineno, e - line_start, line):
                        return tokens
                    append((exact[string], string, (lineno, s - line_start),
                            (lineno, e - line_start), line))
                elif kind == G_EOF:
                    # The last line, when it is not blank, is still measured (only
                    # "exec" input is sure to end with a newline, after which it is empty).
                    indent = None
                    if bol and not parens and "#" not in text[line_start:s]:
                        indent = self.measure(text[line_start:s])
                    return self.at_eof(lineno, line_start, line, indent)
                else:
                    break
            else:
                return self.at_eof(lineno, line_start, line, None)
            # A slow path returns where to go on, or None after an error.
            state = self.slow_path(kind, s, lineno, line_start, line, bol)
            if state is None:
                return tokens
            pos, lineno, line_start, line, bol = state
            scanner = PSEUDO.finditer(text, pos)

    # -- type comments (tok_get's `if (c == '#')` block with tok->type_comments) --

    def type_comment(self, start, s, lineno, line_start, line, blank):
        """Append the tokens of a line ending in a type comment (the blanks and comment
        are text[start:s], the newline at s); False if there is none.

        A TYPE_COMMENT is followed by the NEWLINE even on an otherwise blank line;
        a TYPE_IGNORE alone on its line takes the newline with it. Inside brackets
        no NEWLINE follows."""
        text = self.text
        c = text.find("#", start, s)
        if c < 0:
            return False
        m = _TYPE_COMMENT_PREFIX.match(text, c, s)
        if m is None:
            return False
        p = m.end()
        after = p + 6
        is_ignore = text.startswith("ignore", p) and after <= s and not (
            after < s and (text[after] >= "\x80" or text[after].isalnum()))
        append = self.tokens.append
        end = (lineno, s - line_start)
        if is_ignore:
            append((TYPE_IGNORE, text[after:s], (lineno, after - line_start), end, line))
            if blank:
                return True
        else:
            append((TYPE_COMMENT, text[p:s], (lineno, p - line_start), end, line))
        if not self.parens:
            append((NEWLINE, "", end, end, line))
        return True

    # -- indentation (tok_get's `if (tok->atbol)` block) ---------------------

    def indentation(self, lineno, line_start, s, line):
        """Compare the indentation of a new line with the stack; emit INDENT/DEDENT.

        Returns False after an error (the ERRORTOKEN is appended).
        """
        width = s - line_start
        if width == self.indstack[-1] == self.altindstack[-1] and (
                not width or self.text[line_start] == " "):
            if width == 0 or not self.text[line_start:s].strip(" "):
                return True
        col, altcol = self.measure(self.text[line_start:s])
        return self.change_indent(col, altcol, lineno, width, line)

    @staticmethod
    def measure(ws):
        """Indentation columns of whitespace: tabs to 8 (col) and to 1 (altcol)."""
        if not ws.strip(" "):
            return len(ws), len(ws)
        col = altcol = 0
        for ch in ws:
            if ch == " ":
                col += 1
                altcol += 1
            elif ch == "\t":
                col = (col // TABSIZE + 1) * TABSIZE
                altcol += 1
            else:  # form feed resets the count, "for Emacs users"
                col = altcol = 0
        return col, altcol

    def change_indent(self, col, altcol, lineno, width, line):
        indstack = self.indstack
        altindstack = self.altindstack
        top = indstack[-1]
        if col == top:
            if altcol != altindstack[-1]:
                return self.tab_error(lineno, line)
            return True
        pos = (lineno, width)
        if col > top:
            if len(indstack) >= MAXINDENT:
                return self.fail_at_line("too many levels of indentation", lineno, line,
                                         IndentationError)
            if altcol <= altindstack[-1]:
                return self.tab_error(lineno, line)
            indstack.append(col)
            altindstack.append(altcol)
            self.tokens.append((INDENT, "", pos, pos, line))
            return True
        dedents = 0
        while len(indstack) > 1 and col < indstack[-1]:
            indstack.pop()
            altindstack.pop()
            dedents += 1
        if col != indstack[-1]:
            # E_DEDENT: reported at tok->cur, which C has moved to the end of the line.
            exc = syntax_error("unindent does not match any outer indentation level",
                               self.filename, lineno, len(line) - 1, line, lineno, -2,
                               cls=IndentationError)
            self.error(exc, lineno, width, line)
            return False
        if altcol != altindstack[-1]:
            return self.tab_error(lineno, line)
        self.tokens.extend([(DEDENT, "", pos, pos, line)] * dedents)
        return True

    def tab_error(self, lineno, line):
        return self.fail_at_line("inconsistent use of tabs and spaces in indentation",
                                 lineno, line, TabError)

    def fail_at_line(self, message, lineno, line, cls):
        """An error C reports at column 0 of the current line (E_TABSPACE, E_TOODEEP)."""
        exc = syntax_error(message, self.filename, lineno, 0, line, lineno, -1, cls=cls)
        self.error(exc, lineno, 0, line)
        return False

    # -- brackets --------------------------------------------------------------

    def close_bracket(self, char, lineno, cur, line):
        parens = self.parens
        if not parens:
            self.fail(f"unmatched '{char}'", lineno, cur, line)
            return False
        opening, open_lineno, _ = parens.pop()
        if opening != _CLOSING[char]:
            if open_lineno != lineno:
                message = (f"closing parenthesis '{char}' does not match opening "
                           f"parenthesis '{opening}' on line {open_lineno}")
            else:
                message = (f"closing parenthesis '{char}' does not match opening "
                           f"parenthesis '{opening}'")
            self.fail(message, lineno, cur, line)
            return False
        return True

    # -- identifiers -------------------------------------------------------------

    def verify_identifier(self, name, lineno, line_start, col, line):
        """verify_identifier() in tokenizer.c: XID_Start XID_Continue*, else an error."""
        if name.isidentifier():
            return True
        try:
            utf8_bytes(name).decode("utf-8")
        except UnicodeDecodeError as err:
            # C decodes the name's bytes before it looks at its characters.
            self.undecodable(err, lineno, line_start, col + len(name), line)
            return False
        if name[0] == "_" or name[0].isidentifier():
            bad = next(i for i in range(1, len(name)) if not ("a" + name[i]).isidentifier())
        else:
            bad = 0
        ch = name[bad]
        code = f"{ord(ch):04X}"
        if ch.isprintable():
            message = f"invalid character '{ch}' (U+{code})"
        else:
            message = f"invalid non-printable character U+{code}"
        # C moves tok->cur just past the bad character.
        self.fail(message, lineno, col + bad + 1, line)
        return False

    # -- the slow paths ------------------------------------------------------------

    def slow_path(self, kind, pos, lineno, line_start, line, bol):
        """Handle what the fast loop left at `pos`; return (pos, lineno, line_start, line, bol)."""
        text = self.text
        col = pos - line_start
        if kind == G_BACKSLASH:
            return self.backslash(pos, lineno, line_start, line, bol)
        if kind == G_SLOWNUM:
            return self.slow_number(pos, lineno, line_start, line)
        if kind == G_BADSTR:
            self.unterminated_string(pos, lineno, line_start, line)
            return None
        # G_OTHER: one character that starts no token.
        ch = text[pos]
        if not ch.isprintable():
            self.fail(f"invalid non-printable character U+{ord(ch):04X}", lineno, col + 1, line)
            return None
        self.tokens.append((OP, ch, (lineno, col), (lineno, col + 1), line))
        return pos + 1, lineno, line_start, line, False

    def slow_number(self, pos, lineno, line_start, line):
        end, error, warning = scan_number(self.text, pos)
        if error is not None:
            message, err_cur, err_range = error
            if err_range is None:
                self.fail(message, lineno, err_cur - line_start, line)
            else:
                self.fail_range(message, lineno, err_range[0] - line_start,
                                err_range[1] - line_start, line)
            return None
        if warning is not None and not self.warn(warning[0], lineno, warning[1] - line_start,
                                                 line):
            return None
        self.tokens.append((NUMBER, self.text[pos:end], (lineno, pos - line_start),
                            (lineno, end - line_start), line))
        return end, lineno, line_start, line, False

    def warn(self, message, lineno, cur, line):
        """parser_warn(): a SyntaxWarning, which becomes the error when warnings are errors."""
        try:
            warnings.warn_explicit(message, SyntaxWarning, self.filename, lineno)
        except SyntaxWarning:
            self.fail(message, lineno, cur, line)
            return False
        return True

    def backslash(self, pos, lineno, line_start, line, bol):
        """A backslash outside a string must end its line (tok_continuation_line)."""
        text = self.text
        if bol and not self.parens:
            return self.continued_indentation(lineno, line_start)
        if text[pos + 1:pos + 2] != "\n":
            return self.line_continuation_error(pos, lineno)
        if pos + 2 >= len(text):
            return self.unexpected_eof(lineno, line)
        self.joined[lineno + 1] = self.joined.get(lineno, lineno)
        line_start = pos + 2
        return line_start, lineno + 1, line_start, _line_from(text, line_start), bol

    def continued_indentation(self, lineno, line_start):
        """tok_get's at-beginning-of-line loop when backslashes join lines in the indentation.

        C counts columns on across the joined lines; the count at the first backslash
        met after some indentation (`cont_line_col`) is the line's indentation, else
        the count where the first token starts (so `\\<newline> x` is indented).
        """
        text = self.text
        col = altcol = cont = 0
        p = line_start
        while True:
            ch = text[p:p + 1]
            if ch == " ":
                col += 1
                altcol += 1
            elif ch == "\t":
                col = (col // TABSIZE + 1) * TABSIZE
                altcol += 1
            elif ch == "\f":
                col = altcol = 0
            elif ch == "\\":
                cont = cont or col
                if text[p + 1:p + 2] != "\n":
                    return self.line_continuation_error(p, lineno)
                if p + 2 >= len(text):
                    return self.unexpected_eof(lineno, _line_from(text, line_start))
                p += 2
                lineno += 1
                line_start = p
                continue
            else:
                break
            p += 1
        line = _line_from(text, line_start)
        if ch == "#" or ch == "\n":
            return p, lineno, line_start, line, True   # a blank line changes nothing
        if cont:
            col = altcol = cont
        if not ch:
            self.at_eof(lineno, line_start, line, (col, altcol))
            return None
        if not self.change_indent(col, altcol, lineno, p - line_start, line):
            return None
        return p, lineno, line_start, line, False

    def buffer_start(self, lineno, line_start):
        """Where C's tok->buf starts while the tokenizer is on line `lineno`, which
        starts at `line_start`."""
        first = self.joined.get(lineno)
        if first is None:
            return line_start
        start = line_start
        for _ in range(lineno - first):
            start = self.text.rfind("\n", 0, start - 1) + 1
        return start

    def line_continuation_error(self, pos, lineno):
        """E_LINECONT. pegen points at C's tok->cur - 1 counted from tok->buf: one past
        the character after the backslash (at the end of the text there is none), and
        shows the buffer, every line joined to this one so far."""
        text = self.text
        cur = pos + 2 if pos + 1 < len(text) else pos + 1
        buf_start = self.buffer_start(lineno, text.rfind("\n", 0, pos) + 1)
        buf = text[buf_start:pos] + _line_from(text, pos)
        col = cur - 1 - buf_start
        exc = syntax_error("unexpected character after line continuation character",
                           self.filename, lineno, col, buf, lineno, -1)
        self.error(exc, lineno, col, buf)
        return None

    def unterminated_string(self, pos, lineno, line_start, line):
        """An opening quote with no closing one: C reports it at the token's start."""
        text = self.text
        quote_at = _PREFIX_RE.match(text, pos).end()
        q = text[quote_at]
        if text.startswith(q * 3, quote_at):
            end = len(text)
            kind = "unterminated triple-quoted string literal"
        else:
            end = _SINGLE_BODY[q].match(text, quote_at + 1).end()
            kind = "unterminated string literal"
        if end >= len(text) and self.null is not None:
            return self.null_byte()
        # C's line number when it meets the newline or EOF that ends the literal.
        detected = 1 + text.count("\n", 0, min(end, len(text) - 1))
        self.fail(f"{kind} (detected at line {detected})", lineno, pos - line_start + 1, line)

    def null_byte(self):
        """The file reader refuses a line with a NUL (tok_nextc, 3.11.4+): offset 0, text cut."""
        lineno, line = self.null
        exc = SyntaxError("source code cannot contain null bytes",
                          (self.filename, lineno, 0, line[:line.find("\0")], lineno, 0))
        self.error(exc, lineno, 0, line)
        return None

    def unexpected_eof(self, lineno, line):
        """E_EOF: a backslash joins the last line to nothing."""
        if self.null is not None:
            return self.null_byte()
        if self.parens:
            return self.unclosed_bracket(lineno, line)
        exc = syntax_error("unexpected EOF while parsing", self.filename, lineno,
                           len(line) - 1, self.buffer_text(lineno, line), lineno, -2)
        self.error(exc, lineno, len(line), line)
        return None

    def unclosed_bracket(self, lineno, line):
        """E_EOF inside brackets: CPython names the innermost open bracket."""
        char, open_lineno, col = self.parens[-1]
        if open_lineno >= lineno:
            text = self.buffer_text(lineno, line)
        else:
            text = self._line_text(open_lineno).rstrip("\n")
        exc = syntax_error(f"'{char}' was never closed", self.filename, open_lineno, col, text,
                           open_lineno, -1)
        self.error(exc, lineno, len(line), line)
        return None

    def buffer_text(self, lineno, line):
        """C's tokenizer buffer while it is on line `lineno` (which is `line`): that
        line and the lines a token or a backslash joined to it."""
        first = self.joined.get(lineno)
        if first is None:
            return line
        return "".join(self._line_text(n) for n in range(first, lineno)) + line

    def _line_text(self, lineno):
        text = self.text
        start = 0
        for _ in range(lineno - 1):
            start = text.find("\n", start) + 1
        end = text.find("\n", start)
        return text[start:] if end < 0 else text[start:end + 1]

    def at_eof(self, lineno, line_start, line, indent):
        """End of text: the open brackets check, DEDENTs, ENDMARKER.

        `indent` is (col, altcol) when the last line is still to be measured (C's
        at-beginning-of-line step meets EOF there), None when it is blank or has
        tokens. With a final newline the last line is empty: everything dedents.
        """
        tokens = self.tokens
        if self.null is not None:
            self.null_byte()
            return tokens
        text = self.text
        if line_start >= len(text) and lineno > 1:
            # C stays on the last line at EOF; there is no empty line after it.
            lineno -= 1
            line_start = text.rfind("\n", 0, len(text) - 1) + 1
            line = text[line_start:]
        if self.parens:
            self.unclosed_bracket(lineno, line)
            return tokens
        if indent is not None and not self.change_indent(indent[0], indent[1], lineno,
                                                         len(line), line):
            return tokens
        pos = (lineno, len(line))
        tokens.append((ENDMARKER, "", pos, pos, line))
        return tokens

    # -- building errors -----------------------------------------------------------

    def fail(self, message, lineno, cur, line):
        """syntaxerror() in tokenizer.c: offset = the column of tok->cur, text without newline.

        C counts the characters of the line's bytes up to tok->cur decoded with
        "replace": undecodable bytes count one per sequence.
        """
        text = line[:-1] if line.endswith("\n") else line
        offset = cur if line.isascii() else len(replace_undecodable(line[:cur]))
        exc = syntax_error(message, self.filename, lineno, offset - 1, text, lineno, offset - 1)
        self.error(exc, lineno, cur, line)
        return self.tokens

    def fail_range(self, message, lineno, col, end_col, line):
        """syntaxerror_known_range(): 1-based offsets given by the caller, which C counts
        in bytes."""
        text = line[:-1] if line.endswith("\n") else line
        offset, end_offset = col, end_col
        if not line.isascii():
            offset = len(utf8_bytes(line[:col - 1])) + 1
            end_offset = len(utf8_bytes(line[:end_col]))
        exc = syntax_error(message, self.filename, lineno, offset - 1, text, lineno, end_offset - 1)
        self.error(exc, lineno, col, line)
        return self.tokens

    def undecodable(self, err, lineno, line_start, cur, line):
        """E_DECODE: a name's bytes are not UTF-8. pegen reports it where tok->cur stands
        (the parser turns the column into its offsets) and shows the tokenizer's buffer;
        when only its scan of the rest of the source meets it, the UnicodeDecodeError
        itself escapes (see `unicode_error_of`)."""
        buf = self.text[self.buffer_start(lineno, line_start):line_start] + line
        exc = syntax_error(f"(unicode error) {err}", self.filename, lineno, cur - 1, buf,
                           lineno, -2)
        exc._pvm_unicode_error = err
        self.error(exc, lineno, cur, line)
        return self.tokens

    def error(self, exc, lineno, col, line):
        pos = (lineno, col)
        self.tokens.append((ERRORTOKEN, exc, pos, pos, line))
