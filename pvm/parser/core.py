"""Parser stage, the machinery under the grammar rules: tokens, positions, memos, errors.

Consumes the lexer's token list (`pvm.lexer.tokens_for_parser`: tuples
`(type, string, (lineno, col), (end_lineno, end_col), line)`, character columns,
NAME for keywords, an ERRORTOKEN carrying a ready SyntaxError at the end when the
text does not tokenize) and turns it into what the rules read fast:

- `types`: one int per token; reserved keywords get types of their own (KW_*,
  ASYNC, AWAIT), soft keywords stay NAME as in pegen;
- `strs`: the token texts; `starts`/`ends`: (lineno, col) with UTF-8 BYTE columns,
  which is what the AST carries (ASCII text keeps the lexer's columns as they are).

It also holds what pegen keeps in its Parser struct (Parser/pegen.h): the position
`pos` (p->mark), the two-pass switch `call_invalid_rules`, the memo tables, the
furthest token fetched (p->fill), and the error helpers of Parser/pegen_errors.c.
The rules live in the mixin modules next to this one; `parse.py` drives them.
"""

import ast
import unicodedata
import warnings
from bisect import bisect_left, bisect_right
from operator import itemgetter

from pvm.errors import replace_undecodable, syntax_error
from pvm.lexer import tokens as T
from pvm.source import utf8_bytes

# ---------------------------------------------------------------------------
# Token types the grammar reads (CPython's numbers for the lexer's kinds, and our
# own numbers above 100 for the reserved keywords)

ENDMARKER, NAME, NUMBER, STRING = T.ENDMARKER, T.NAME, T.NUMBER, T.STRING
NEWLINE, INDENT, DEDENT = T.NEWLINE, T.INDENT, T.DEDENT
ERRORTOKEN, ASYNC, AWAIT = T.ERRORTOKEN, T.ASYNC, T.AWAIT

KEYWORDS = {
    "False": 100, "None": 101, "True": 102, "and": 103, "as": 104, "assert": 105,
    "break": 106, "class": 107, "continue": 108, "def": 109, "del": 110, "elif": 111,
    "else": 112, "except": 113, "finally": 114, "for": 115, "from": 116, "global": 117,
    "if": 118, "import": 119, "in": 120, "is": 121, "lambda": 122, "nonlocal": 123,
    "not": 124, "or": 125, "pass": 126, "raise": 127, "return": 128, "try": 129,
    "while": 130, "with": 131, "yield": 132, "async": ASYNC, "await": AWAIT,
}
(KW_FALSE, KW_NONE, KW_TRUE, KW_AND, KW_AS, KW_ASSERT, KW_BREAK, KW_CLASS, KW_CONTINUE,
 KW_DEF, KW_DEL, KW_ELIF, KW_ELSE, KW_EXCEPT, KW_FINALLY, KW_FOR, KW_FROM, KW_GLOBAL,
 KW_IF, KW_IMPORT, KW_IN, KW_IS, KW_LAMBDA, KW_NONLOCAL, KW_NOT, KW_OR, KW_PASS, KW_RAISE,
 KW_RETURN, KW_TRY, KW_WHILE, KW_WITH, KW_YIELD) = range(100, 133)
SOFT_KEYWORDS = frozenset(("_", "case", "match"))

# NEWLINE, INDENT, DEDENT and ENDMARKER are skipped when a node's end is taken
# (_PyPegen_get_last_nonnwhitespace_token).
WHITESPACE_TYPES = frozenset((NEWLINE, INDENT, DEDENT, ENDMARKER))

# The host's expression contexts and operators are shared singletons in ast.parse's
# output too (ast2obj hands out one instance of each).
LOAD, STORE, DEL = ast.Load(), ast.Store(), ast.Del()
_Name = ast.Name

_kind_of, _string_of, _start_of, _end_of = itemgetter(0), itemgetter(1), itemgetter(2), itemgetter(3)


class TokenizerErrorReached(Exception):
    """The parser asked for the ERRORTOKEN: CPython raises the tokenizer's error then."""

    def __init__(self, error):
        super().__init__(error)
        self.error = error


class _TrackedTypes(list):
    """The token types, watched: records the furthest index read (pegen's p->fill) and
    raises the tokenizer's error when the parser reads the ERRORTOKEN, the way pegen
    fetches tokens lazily. Used only when reporting an error (the fast pass reads a
    plain list)."""

    __slots__ = ("parser",)

    def __getitem__(self, index):
        parser = self.parser
        if index > parser.fill:
            parser.fill = index
        if index >= parser.error_index:
            raise TokenizerErrorReached(parser.error_token_exc())
        return list.__getitem__(self, index)


def identifier(name):
    """_PyPegen_new_identifier: non-ASCII names are NFKC-normalized."""
    if name.isascii():
        return name
    return unicodedata.normalize("NFKC", name)


def async_hacks(types):
    """Before Python 3.7 `async` and `await` were keywords only in and for `async def`:
    turn the others back into names (tokenizer.c's tok->async_hacks, which pegen sets
    for a feature_version below 7). `async` right before `def` starts an async def,
    which ends at the first token of a line indented no deeper than it, after the
    NEWLINE that closes its signature."""
    indent = level = 0
    async_def = async_def_nl = False
    async_def_indent = 0
    n = len(types)
    for i in range(n):
        t = types[i]
        if t == INDENT:
            indent += 1
            continue
        if t == DEDENT:
            indent -= 1
            continue
        if async_def and t != NEWLINE and not level and async_def_nl and \
                async_def_indent >= indent:
            async_def = async_def_nl = False
        if t == NEWLINE:
            if async_def:
                async_def_nl = True
        elif t == T.LPAR or t == T.LSQB or t == T.LBRACE:
            level += 1
        elif t == T.RPAR or t == T.RSQB or t == T.RBRACE:
            level -= 1
        elif (t == ASYNC or t == AWAIT) and not async_def:
            if t == ASYNC and i + 1 < n and types[i + 1] == KW_DEF:
                async_def, async_def_nl, async_def_indent = True, False, indent
            else:
                types[i] = NAME


class ParserCore:
    """The state of one parse and the helpers every rule uses."""

    def __init__(self, tokens, text, filename, mode, feature_version=None,
                 starting_lineno=0, starting_col_offset=0):
        self.tokens = tokens
        self.filename = filename
        self.mode = mode
        self.feature_version = 11 if feature_version is None else feature_version
        # An f-string expression's sub-parser (pegen's Py_fstring_input) shifts its
        # positions: line 1 of its text is `starting_lineno`, and tokens ending on
        # that line move right by `starting_col_offset` bytes.
        self.starting_lineno = starting_lineno
        self.starting_col_offset = starting_col_offset
        self.line_offset = starting_lineno - 1 if starting_lineno else 0
        if "\r" in text:
            text = text.replace("\r\n", "\n").replace("\r", "\n")
        self.text = text
        self.lines = text.split("\n")
        self._prepare_tokens(tokens)
        self.pos = 0
        self.fill = 0
        self.call_invalid_rules = False
        self.faithful = False
        self.quiet = False
        self.memos = {}
        self.expression_memo = {}
        self._levels = None
        self._buffers = None    # the lexer's buffer_first_lines, when an error needs them
        # 'single' mode's NEWLINEs made from the ENDMARKER: no columns, like it.
        self.implicit_newlines = frozenset()
        # Error offsets stay in bytes where CPython's tokenizer has no encoding: an
        # f-string's sub-parser, undeclared bytes (set by pvm.parser.parse).
        self.byte_offsets = bool(starting_lineno)
        # (lineno, tag) of each `# type: ignore` comment (pegen's type_ignore_comments).
        self.type_ignores = ()
        # PyPARSE_BARRY_AS_BDFL: `<>` is NOTEQUAL and `!=` an error (set by pvm.parser.parse
        # from compile()'s CO_FUTURE_BARRY_AS_BDFL; in 3.11 the future import in the
        # parsed text itself does not set it).
        self.barry_as_flufl = False
        # PyPARSE_ALLOW_INCOMPLETE_INPUT (set by pvm.parser.parse): see
        # Parser.raise_if_incomplete.
        self.allow_incomplete = False

    # -- tokens --------------------------------------------------------------

    def _prepare_tokens(self, tokens):
        kinds = list(map(_kind_of, tokens))
        strs = list(map(_string_of, tokens))
        # A reserved keyword's text maps to its own type; any other text (names, and
        # every other token) keeps its kind.
        self.types = list(map(KEYWORDS.get, strs, kinds))
        self.strs = strs
        if self.feature_version < 7:
            async_hacks(self.types)
        starts = list(map(_start_of, tokens))
        ends = list(map(_end_of, tokens))
        self.plain_columns = not (self.line_offset or self.starting_col_offset) and self.text.isascii()
        if self.line_offset or self.starting_col_offset:
            starts, ends = self._byte_positions(starts, ends, range(len(tokens)))
        elif not self.text.isascii():
            starts, ends = self._byte_positions(starts, ends, self._tokens_on_non_ascii_lines(starts, ends))
        self.starts = starts
        self.ends = ends
        self.error_index = len(tokens) - 1 if kinds[-1] == ERRORTOKEN else len(tokens) + 1

    def _tokens_on_non_ascii_lines(self, starts, ends):
        """Indexes of the tokens that start or end on a line holding non-ASCII text
        (most such lines are comments and hold no token at all)."""
        start_lines = [lineno for lineno, _ in starts]
        end_lines = [lineno for lineno, _ in ends]
        found = set()
        for i, line in enumerate(self.lines):
            if not line.isascii():
                lineno = i + 1
                found.update(range(bisect_left(start_lines, lineno), bisect_right(start_lines, lineno)))
                found.update(range(bisect_left(end_lines, lineno), bisect_right(end_lines, lineno)))
        return sorted(found)

    def _byte_positions(self, starts, ends, indexes):
        """Character columns -> UTF-8 byte columns for the tokens at `indexes`, plus a
        sub-parser's column shift (its tokens already carry their absolute lines)."""
        lines = self.lines
        nlines = len(lines)
        sub = self.line_offset
        shift_col = self.starting_col_offset
        for i in indexes:
            (lineno, col), (end_lineno, end_col) = starts[i], ends[i]
            rel = lineno - sub
            if col and 0 < rel <= nlines and not lines[rel - 1].isascii():
                col = len(utf8_bytes(lines[rel - 1][:col]))
            end_rel = end_lineno - sub
            if end_col and 0 < end_rel <= nlines and not lines[end_rel - 1].isascii():
                end_col = len(utf8_bytes(lines[end_rel - 1][:end_col]))
            if shift_col and end_rel == 1:
                # initialize_token: the shift applies while the tokenizer is still on the
                # first line, i.e. to tokens that end there.
                col += shift_col
                end_col += shift_col
            starts[i] = (lineno, col)
            ends[i] = (end_lineno, end_col)
        return starts, ends

    def token_span(self, tok):
        """(lineno, col_offset, end_lineno, end_col_offset) of a lexer token tuple, in
        the AST's terms (byte columns, the sub-parser's shift); for the strings module."""
        (lineno, col), (end_lineno, end_col) = tok[2], tok[3]
        if self.plain_columns:
            return lineno, col, end_lineno, end_col
        lines = self.lines
        sub = self.line_offset
        if 0 < lineno - sub <= len(lines) and col:
            line = lines[lineno - sub - 1]
            if not line.isascii():
                col = len(utf8_bytes(line[:col]))
        if 0 < end_lineno - sub <= len(lines) and end_col:
            line = lines[end_lineno - sub - 1]
            if not line.isascii():
                end_col = len(utf8_bytes(line[:end_col]))
        if self.starting_col_offset and end_lineno - sub == 1:
            col += self.starting_col_offset
            end_col += self.starting_col_offset
        return lineno, col, end_lineno, end_col

    def error_token_exc(self):
        return self.strs[self.error_index]

    def token_levels(self):
        """The bracket depth the tokenizer was at when it made each token (tok->level);
        computed only when an invalid_ rule asks for it."""
        if self._levels is None:
            level = 0
            levels = []
            openers = {T.LPAR, T.LSQB, T.LBRACE}
            closers = {T.RPAR, T.RSQB, T.RBRACE}
            for t in list.__iter__(self.types):
                if t in openers:
                    level += 1
                elif t in closers and level:
                    level -= 1
                levels.append(level)
            self._levels = levels
        return self._levels

    # -- nodes ---------------------------------------------------------------

    def last_end(self):
        """The end of the last token consumed that is not NEWLINE/INDENT/DEDENT/ENDMARKER
        (_PyPegen_get_last_nonnwhitespace_token), for nodes that end with a block."""
        types = self.types
        m = self.pos - 1
        while m > 0 and types[m] in WHITESPACE_TYPES:
            m -= 1
        return self.ends[m]

    def name_node(self, i):
        """_PyPegen_name_token: the NAME token at index i as a Name(Load)."""
        name = self.strs[i]
        if not name.isascii():
            name = unicodedata.normalize("NFKC", name)
        n = _Name()
        lineno, col = self.starts[i]
        end_lineno, end_col = self.ends[i]
        n.__dict__ = {"id": name, "ctx": LOAD, "lineno": lineno, "col_offset": col,
                      "end_lineno": end_lineno, "end_col_offset": end_col}
        return n

    def number_node(self, i):
        """_PyPegen_number_token: the NUMBER token at index i as a Constant."""
        s = self.strs[i]
        value = parse_number(s)
        if value is None:
            self._number_too_big(i, s)
        if self.feature_version < 6 and "_" in s:
            self.raise_syntax_error("Underscores in numeric literals are only supported "
                                    "in Python 3.6 and greater")
        n = ast.Constant()
        (lineno, col), (end_lineno, end_col) = self.starts[i], self.ends[i]
        n.__dict__ = {"value": value, "kind": None, "lineno": lineno, "col_offset": col,
                      "end_lineno": end_lineno, "end_col_offset": end_col}
        return n

    def _number_too_big(self, i, s):
        try:
            int(s.replace("_", ""))
        except ValueError as err:
            # Columns left out on purpose, as CPython does: no wall of carets.
            self.raise_error_known_location(
                SyntaxError, f"{err} - Consider hexadecimal for huge integer literals "
                "to avoid decimal conversion limits.",
                self.starts[i][0], 0, self.ends[i][0], 0)
        raise AssertionError("unreachable")

    def check_version(self, version, what):
        """CHECK_VERSION: constructs newer than ast.parse's feature_version."""
        if self.feature_version < version:
            self.raise_syntax_error(f"{what} only supported in Python 3.{version} and greater")

    # -- memo ----------------------------------------------------------------

    def memo_table(self, name):
        table = self.memos.get(name)
        if table is None:
            table = self.memos[name] = {}
        return table

    # -- errors (Parser/pegen_errors.c) --------------------------------------

    def tokenizer_lineno(self):
        """Where the C tokenizer stands (tok->lineno): the line of the last token fetched."""
        i = min(self.fill, len(self.types) - 1)
        return self.ends[i][0]

    def error_line(self, lineno):
        """The `text` of a SyntaxError at `lineno`, as _PyPegen_raise_error_known_location
        finds it: the tokenizer's current line with its newline, or an earlier line of
        the source without one."""
        rel = lineno - self.line_offset
        if rel < 1 or rel > len(self.lines):
            rel = max(1, min(rel, len(self.lines)))
        line = self.lines[rel - 1]
        if self.tokenizer_lineno() <= lineno:
            # The tokenizer's buffer holds the line with its newline (only "exec" input
            # has a newline supplied after a last line that lacks one), and the lines
            # before it that a token or a backslash joined to it.
            if self._buffers is None:
                from pvm.lexer import buffer_first_lines
                self._buffers = buffer_first_lines(self.text)
            first = self._buffers.get(rel, rel)
            if first < rel:
                line = "\n".join(self.lines[first - 1:rel])
            if rel < len(self.lines) or self.mode in ("exec", "fstring"):
                return line + "\n"
        return line

    def raise_error_known_location(self, errtype, message, lineno, col_offset,
                                   end_lineno, end_col_offset):
        """_PyPegen_raise_error_known_location: columns are 1-based BYTE offsets here
        (RAISE_ERROR_KNOWN_LOCATION has added 1), turned into character offsets."""
        if self.starting_lineno:
            message = "f-string: " + message
            col_offset -= self.starting_col_offset
            end_col_offset -= self.starting_col_offset
        text = self.error_line(lineno)
        col = col_offset
        end_col = end_col_offset
        if not self.byte_offsets:
            col = byte_to_char_offset(text, col_offset)
            if end_col > 0:
                end_col = byte_to_char_offset(text, end_col)
        raise syntax_error(message, self.filename, lineno, col - 1, text, end_lineno,
                           end_col - 1, cls=errtype)

    def raise_error_at_token(self, errtype, message, i):
        """_PyPegen_raise_error: at token i (CPython: the last token fetched)."""
        types = self.types
        t = list.__getitem__(types, i) if i < len(types) else ENDMARKER
        lineno, col = self.starts[i]
        end_lineno, end_col = self.ends[i]
        if t in (INDENT, DEDENT, ENDMARKER) or i in self.implicit_newlines:
            # These tokens have no columns in the C tokenizer (col_offset -1): pegen
            # reports where the tokenizer stands instead.
            col1, end1, lineno, end_lineno = self._no_column_offsets(i)
        else:
            col1, end1 = col + 1, end_col + 1
        self.raise_error_known_location(errtype, message, lineno, col1, end_lineno, end1)

    def _no_column_offsets(self, i):
        """(col_offset, end_col_offset, lineno, end_lineno) pegen reports for INDENT,
        DEDENT or ENDMARKER, whose C columns are -1: where the tokenizer stands
        (tok->cur - line_start, used as the 1-based offset), the end unknown (-1).
        The lexer gives these tokens exactly that position."""
        lineno, col = self.starts[i]
        if not self.text:
            return 0, -1, 0, 0
        return col, -1, lineno, lineno

    def raise_syntax_error(self, message, errtype=SyntaxError):
        """RAISE_SYNTAX_ERROR: at the last token fetched (p->tokens[p->fill-1])."""
        self.raise_error_at_token(errtype, message, max(self.fill, min(self.pos, len(self.types) - 1)))

    def raise_indentation_error(self, message):
        self.raise_syntax_error(message, IndentationError)

    def raise_syntax_error_known_location(self, message, node):
        """RAISE_SYNTAX_ERROR_KNOWN_LOCATION(node, ...) for a node or a token index."""
        lineno, col, end_lineno, end_col = self.location_of(node)
        self.raise_error_known_location(SyntaxError, message, lineno, col + 1, end_lineno,
                                        end_col + 1)

    def raise_syntax_error_known_range(self, message, first, last):
        lineno, col, _, _ = self.location_of(first)
        _, _, end_lineno, end_col = self.location_of(last)
        self.raise_error_known_location(SyntaxError, message, lineno, col + 1, end_lineno,
                                        end_col + 1)

    def raise_syntax_error_starting_from(self, message, first):
        """RAISE_SYNTAX_ERROR_STARTING_FROM: from `first` to where the tokenizer is."""
        lineno, col, _, _ = self.location_of(first)
        last = min(self.fill, len(self.types) - 1)
        end_lineno, end_col = self.ends[last]
        self.raise_error_known_location(SyntaxError, message, lineno, col + 1, end_lineno,
                                        end_col)

    def location_of(self, thing):
        """(lineno, col, end_lineno, end_col), byte columns, of a node or token index."""
        if isinstance(thing, int):
            t = list.__getitem__(self.types, thing)
            if t in (INDENT, DEDENT, ENDMARKER) or thing in self.implicit_newlines:
                col1, end1, lineno, end_lineno = self._no_column_offsets(thing)
                return lineno, -1, end_lineno, -1
            return self.starts[thing] + self.ends[thing]
        return thing.lineno, thing.col_offset, thing.end_lineno, thing.end_col_offset

    # -- the interface the strings module uses --------------------------------

    def raise_syntax_error_at(self, message, lineno, col, end_lineno, end_col):
        """RAISE_SYNTAX_ERROR_KNOWN_LOCATION for the strings module: 0-based CHARACTER
        columns, as the lexer counts them (no byte conversion is needed)."""
        if self.starting_lineno:
            message = "f-string: " + message
        text = self.error_line(lineno)
        if self.byte_offsets:
            col = char_to_byte_offset(self.source_line(lineno), col + 1) - 1
            end_col = char_to_byte_offset(self.source_line(end_lineno), end_col + 1) - 1
        raise syntax_error(message, self.filename, lineno, col, text, end_lineno, end_col)

    def source_line(self, lineno):
        rel = lineno - self.line_offset
        return self.lines[rel - 1] if 0 < rel <= len(self.lines) else ""

    def in_error_offsets(self, exc):
        """A tokenizer error (character offsets) as this parse reports errors: the
        errors the tokenizer leaves to pegen (tok->done codes) are located by pegen,
        in bytes when there is no encoding; the ones it raises itself count characters."""
        from pvm.lexer import is_deferred_error, unicode_error_of
        if not isinstance(exc.lineno, int) or not (is_deferred_error(exc) or
                                                    unicode_error_of(exc)):
            return exc
        if self.starting_lineno and unicode_error_of(exc):
            return self._fstring_decode_error(exc)
        line = self.source_line(exc.lineno)
        if not self.byte_offsets and replace_undecodable(line) == line:
            return exc
        offset = self._pegen_offset(line, exc.offset)
        end_offset = exc.end_offset
        if isinstance(exc.end_lineno, int):
            end_offset = self._pegen_offset(self.source_line(exc.end_lineno), end_offset)
        new = type(exc)(exc.msg, (exc.filename, exc.lineno, offset, exc.text, exc.end_lineno,
                                  end_offset))
        if unicode_error_of(exc):
            new._pvm_unicode_error = unicode_error_of(exc)
        return new

    def _fstring_decode_error(self, exc):
        """E_DECODE in an f-string's expression. pegen's token for it has no columns
        (-1), which initialize_token shifts by p->starting_col_offset on the field's
        first line; _PyPegen_raise_error_known_location then adds "f-string: " and takes
        the shift back off, leaving 0 there."""
        offset = end_offset = 0
        if exc.lineno != self.starting_lineno:
            offset = exc.offset - self.starting_col_offset
            end_offset = -1 - self.starting_col_offset
        return SyntaxError("f-string: " + exc.msg, (exc.filename, exc.lineno, offset, exc.text,
                                                    exc.end_lineno, end_offset))

    def _pegen_offset(self, line, offset):
        """A 1-based character offset in `line` as pegen reports it: in bytes when the
        source has no declared encoding, else measured back in the line as shown."""
        if not isinstance(offset, int) or offset <= 0:
            return offset
        offset = char_to_byte_offset(line, offset)
        return offset if self.byte_offsets else byte_to_char_offset(line, offset)

    def warn(self, category, message, lineno, col=0):
        """A compile-time warning (warn_invalid_escape_sequence): warnings.warn_explicit
        with the file name and line, as PyErr_WarnExplicitObject does."""
        if self.quiet:
            return
        warnings.warn_explicit(message, category, self.filename, lineno)


def byte_to_char_offset(line, offset):
    """_PyPegen_byte_offset_to_character_offset: a 1-based byte offset in `line` ->
    1-based character offset (past the end counts as one more)."""
    if line.isascii():
        if offset > len(line) + 1:
            return len(line) + 1
        return offset
    # CPython measures in the UTF-8 of the line it shows, where undecodable bytes are
    # already U+FFFD (three bytes each).
    data = utf8_bytes(replace_undecodable(line))
    if offset > len(data) + 1:
        offset = len(data) + 1
    if offset == len(data) + 1:
        return len(data.decode("utf-8", "replace")) + 1
    if offset < 0:
        return offset
    return len(data[:offset].decode("utf-8", "replace"))


def char_to_byte_offset(line, offset):
    """A 1-based character offset in `line` -> 1-based UTF-8 byte offset."""
    if offset <= 0 or line.isascii():
        return offset
    return len(utf8_bytes(line[:offset - 1])) + 1 + max(0, offset - 1 - len(line))


def parse_number(s):
    """parsenumber of Parser/pegen.c: int, float or imaginary from a NUMBER token; None
    when an int is too long for the host's int/str conversion limit."""
    if "_" in s:
        s = s.replace("_", "")
    last = s[-1]
    if last == "j" or last == "J":
        return complex(0.0, float(s[:-1]))
    if len(s) > 1 and s[0] == "0" and s[1] in "xXoObB":
        return int(s, 0)
    if "." in s or "e" in s or "E" in s:
        return float(s)
    try:
        return int(s)
    except ValueError:
        return None
