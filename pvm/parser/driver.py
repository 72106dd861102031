"""Parser stage, the driver: tokens -> AST in one fast pass, and CPython's two passes to
report an error (Parser/pegen.c `_PyPegen_run_parser`, Parser/pegen_errors.c
`_PyPegen_set_syntax_error`).

- Pass 1 (fast): the grammar without invalid_ rules, with the first-pass shortcuts. A
  success is the result.
- On failure, pass 1 is replayed exactly as pegen runs it (`faithful`, memoized,
  tokens watched) to learn the furthest token pegen fetched and whether it reached
  the tokenizer's error; then pass 2 runs with the invalid_ rules. What is raised
  follows pegen: a tokenizer error when reached, else the first invalid_ rule that
  fires, else "invalid syntax" (or "unexpected indent"/"unindent") at the furthest
  token of pass 1; a parser error yields to a tokenizer error found later in the
  text, as `_PyPegen_tokenize_full_source_to_check_for_errors` does.
"""

import sys

from pvm.lexer import is_deferred_error, tokens as T, unicode_error_of
from pvm.parser.core import (
    DEDENT, ENDMARKER, INDENT, NEWLINE, ParserCore, TokenizerErrorReached,
    _TrackedTypes)
from pvm.parser.expressions import ExpressionRules
from pvm.parser.invalid import InvalidRules
from pvm.parser.params import ParamRules
from pvm.parser.patterns import PatternRules
from pvm.parser.statements import StatementRules
from pvm.parser.targets import TargetRules

OPENERS = frozenset((T.LPAR, T.LSQB, T.LBRACE))
CLOSERS = frozenset((T.RPAR, T.RSQB, T.RBRACE))

START_RULES = {"exec": "file", "eval": "eval", "single": "interactive",
               "func_type": "func_type", "fstring": "fstring"}

# The rules pegen memoizes (the (memo) rules of python.gram and the left-recursive
# ones) that the fast pass leaves unmemoized. The replayed passes memoize exactly
# these, as pegen does: a memo entry made with the invalid_ rules off (inside
# expression_without_invalid) is reused with them on, which decides what is reported.
REPLAY_MEMO_RULES = ("expression", "star_expression", "disjunction", "conjunction",
                     "inversion", "factor", "await_primary", "simple_stmt", "primary",
                     "t_primary", "bitwise_or")

# Enough room for CPython's deepest accepted nesting (pegen's MAXSTACK is 6000 rule
# calls; the tokenizer allows 200 nested brackets).
RECURSION_ROOM = 20000


class Parser(ParserCore, StatementRules, ExpressionRules, TargetRules, ParamRules,
             PatternRules, InvalidRules):
    """One parse of one text: pvm's PEG parser for Python 3.11."""

    # How many texts the fast pass refused that the grammar accepts (a shortcut's bug).
    fast_pass_misses = 0

    def __init__(self, tokens, text, filename, mode, feature_version=None,
                 starting_lineno=0, starting_col_offset=0, imply_dedent=True):
        implicit = ()
        if mode == "single":
            tokens, implicit = single_input_tokens(tokens, imply_dedent)
        super().__init__(tokens, text, filename, mode, feature_version, starting_lineno,
                         starting_col_offset)
        self.implicit_newlines = frozenset(implicit)
        self.tracking = False
        self.warned = set()
        self.deferred_warnings = None
        self.types.extend((ENDMARKER, ENDMARKER))
        self.ntokens = len(tokens)

    # -- running -----------------------------------------------------------------

    def run(self):
        """_PyPegen_run_parser: the tree, or the SyntaxError CPython raises."""
        rule = getattr(self, START_RULES[self.mode])
        old_limit = sys.getrecursionlimit()
        sys.setrecursionlimit(old_limit + RECURSION_ROOM)
        try:
            # The fast pass may decode strings pegen's first pass never reaches: its
            # warnings wait for its success.
            self.deferred_warnings = []
            try:
                result = rule()
            except SyntaxError:
                result = None
            if result is not None and self.mode == "single":
                self.check_single_statement()
            if result is not None and self.flush_warnings():
                return result
            self.deferred_warnings = None
            return self.report_error(rule)
        except RecursionError:
            self.raise_syntax_error_at_pos("too many nested parentheses, brackets or "
                                           "expressions to parse")
        finally:
            sys.setrecursionlimit(old_limit)

    def reset(self, call_invalid_rules):
        self.pos = 0
        self.memos = {}
        self.faithful = True
        self.call_invalid_rules = call_invalid_rules
        for name in REPLAY_MEMO_RULES:
            setattr(self, name, self.memoized(getattr(type(self), name), name))

    def memoized(self, method, name):
        """A memoizing wrapper of a rule method, installed on the instance for the
        replayed passes only (the fast pass calls the plain method)."""
        memos = self.memos

        def rule():
            table = memos.get(name)
            if table is None:
                table = memos[name] = {}
            start = self.pos
            hit = table.get(start)
            if hit is not None:
                self.pos = hit[1]
                return hit[0]
            result = method(self)
            table[start] = (result, self.pos)
            return result
        return rule

    def report_error(self, rule):
        """Replay pass 1 as pegen runs it, then pass 2; raise what CPython raises."""
        types = _TrackedTypes(self.types)
        types.parser = self
        self.types = types
        self.tracking = True
        self.fill = 0
        self.reset(False)
        self.quiet_replay = True
        try:
            result = rule()
        except TokenizerErrorReached as reached:
            self.raise_if_incomplete()
            raise self.in_error_offsets(reached.error) from None
        except SyntaxError as err:
            self.raise_if_incomplete()
            self.raise_set_error(err)
        self.quiet_replay = False
        if result is None:
            self.raise_if_incomplete()
        else:
            # The grammar accepts what a first-pass shortcut refused: trust the grammar
            # (and count it: the tests require that this never happens).
            Parser.fast_pass_misses += 1
            if self.mode == "single":
                self.check_single_statement()
            return result
        last_token = self.fill
        self.reset(True)
        try:
            rule()
        except TokenizerErrorReached as reached:
            raise self.in_error_offsets(reached.error) from None
        except SyntaxError as err:
            self.raise_set_error(err)
        self.set_syntax_error(last_token)

    def set_syntax_error(self, last_token):
        """_PyPegen_set_syntax_error for a second pass that found nothing specific."""
        t = list.__getitem__(self.types, last_token)
        if t == INDENT or t == DEDENT:
            self.raise_indentation_error("unexpected indent" if t == INDENT else "unexpected unindent")
        try:
            self.raise_syntax_error_known_location("invalid syntax", last_token)
        except SyntaxError as err:
            self.raise_later_tokenizer_error(err)

    def raise_set_error(self, err):
        """_PyPegen_set_syntax_error with an error already raised by a rule: the rest of
        the source is scanned for a tokenizer error only while the tokenizer is fine
        (is_tok_ok), not once it has met the end of the input."""
        if self.tokenizer_at_eof():
            raise err
        self.raise_later_tokenizer_error(err)

    def tokenizer_at_eof(self):
        """tok->done == E_EOF after the furthest token fetched, when an error token
        follows it."""
        return self.fill == self.error_index - 1 and self.peeks_end_of_input(self.fill)

    def peeks_end_of_input(self, i):
        """Whether the C tokenizer met the end of the input while making token i:
        without a final newline, it reads one character past a name, a number or an
        operator of one or two characters at the end of the input."""
        if self.mode in ("exec", "fstring") or self.text.endswith("\n") or i >= self.ntokens:
            return False   # the lexer has a newline after every token there
        kind, string, _, end, _ = self.tokens[i]
        if kind in (T.STRING, NEWLINE, INDENT, DEDENT) or (
                kind != T.NAME and kind != T.NUMBER and len(string) == 3):
            return False
        return end == (len(self.lines), len(self.lines[-1]))

    def raise_if_incomplete(self):
        """_PyPegen_run_parser under PyPARSE_ALLOW_INCOMPLETE_INPUT (compile()'s
        PyCF_ALLOW_INCOMPLETE_INPUT, what codeop passes): a first pass that failed once
        the tokenizer had met the end of the input (_is_end_of_source: tok->done is
        E_EOF, E_EOFS or E_EOLS) is "incomplete input", at the last token fetched,
        without the error pass."""
        if not self.allow_incomplete or not self.reached_end_of_source():
            return
        i = self.fill
        if i >= self.error_index:
            # The error token has no columns in C either: where the tokenizer stands.
            col1, end1, lineno, end_lineno = self._no_column_offsets(self.error_index)
            self.raise_error_known_location(SyntaxError, "incomplete input", lineno, col1,
                                            end_lineno, end1)
        self.raise_syntax_error("incomplete input")

    def reached_end_of_source(self):
        """_is_end_of_source after the replayed first pass: the tokenizer met the end of
        the input making the furthest token fetched. That token is the tokenizer's
        error at the end of the input (an unclosed bracket or a line continuation,
        E_EOF; a string running into the end, E_EOFS/E_EOLS), one of the DEDENTs and
        the ENDMARKER made after the last line (with 'single' mode's NEWLINEs made
        from the ENDMARKER), or a token the tokenizer read past to the end."""
        i = self.fill
        if i >= self.error_index:
            return ends_at_end_of_source(self.error_token_exc(), self.text, self.mode)
        types = self.types
        first_eof = self.ntokens
        while first_eof > 0:
            t = list.__getitem__(types, first_eof - 1)
            if t != DEDENT and t != ENDMARKER and first_eof - 1 not in self.implicit_newlines:
                break
            first_eof -= 1
        return i >= first_eof or self.peeks_end_of_input(i)

    def raise_later_tokenizer_error(self, err):
        """_PyPegen_tokenize_full_source_to_check_for_errors: a tokenizer error further
        on in the text replaces the parser's error, except the ones the tokenizer only
        signals (tok->done); of those an unclosed bracket at end of file wins when it
        was opened on a line before the last token fetched."""
        if self.error_index < self.ntokens:
            exc = self.error_token_exc()
            if unicode_error_of(exc):
                raise unicode_error_of(exc) from None
            if not is_deferred_error(exc):
                raise self.in_error_offsets(exc) from None
            # A signalled error inside brackets: the innermost open bracket is reported
            # if it was opened on a line before the last token fetched.
            bracket = self.open_bracket_at(self.error_index)
            if bracket is not None:
                current_line = self.starts[min(self.fill, self.ntokens - 1)][0]
                lineno, col = self.starts[bracket]
                if current_line > lineno:
                    self.raise_error_known_location(
                        SyntaxError, f"'{self.strs[bracket]}' was never closed", lineno, col + 1,
                        lineno, 0)
        raise err

    def open_bracket_at(self, end):
        """The index of the innermost bracket still open before token `end` (the C
        tokenizer's parenstack top), or None."""
        stack = []
        types = self.types
        for i in range(end):
            t = list.__getitem__(types, i)
            if t in OPENERS:
                stack.append(i)
            elif t in CLOSERS and stack:
                stack.pop()
        return stack[-1] if stack else None

    def raise_syntax_error_at_pos(self, message):
        i = min(self.pos, self.ntokens - 1)
        self.raise_error_at_token(SyntaxError, message, i)

    # -- the pieces that need the whole parser -------------------------------------

    def raise_syntax_error(self, message, errtype=SyntaxError):
        """RAISE_SYNTAX_ERROR: at the last token fetched (p->tokens[p->fill-1])."""
        i = self.fill if self.tracking else min(self.pos, self.ntokens - 1)
        self.raise_error_at_token(errtype, message, i)

    def raise_syntax_error_starting_from(self, message, first):
        if not self.tracking:
            self.fill = min(self.pos, self.ntokens - 1)
        super().raise_syntax_error_starting_from(message, first)

    def tokenizer_lineno(self):
        i = min(self.fill if self.tracking else self.pos, self.ntokens - 1)
        t = list.__getitem__(self.types, i)
        if t in (ENDMARKER, DEDENT, INDENT):
            return self.location_of(i)[0]
        return self.ends[i][0]

    def warn(self, category, message, lineno, col=0):
        """warn_invalid_escape_sequence's warning, as pegen's passes issue it: the first
        pass warns (the fast pass once it succeeds, else its faithful replay, which
        skips what a partly flushed fast pass issued); the error pass only where the
        invalid_ rules are off (inside expression_without_invalid)."""
        if self.deferred_warnings is not None:
            self.deferred_warnings.append((category, message, lineno, col))
            return
        if self.call_invalid_rules:
            return
        key = (message, lineno, col)
        if getattr(self, "quiet_replay", False) and key in self.warned:
            return
        super().warn(category, message, lineno, col)
        self.warned.add(key)

    def flush_warnings(self):
        """Issue the successful fast pass's warnings; False when one is an error (the
        replayed passes then raise it as the SyntaxError at its string)."""
        pending, self.deferred_warnings = self.deferred_warnings, None
        for category, message, lineno, col in pending:
            try:
                ParserCore.warn(self, category, message, lineno, col)
            except category:
                return False
            self.warned.add((message, lineno, col))
        return True

    def check_single_statement(self):
        """bad_single_statement: in 'single' mode nothing but blank space and comments
        may follow the statement."""
        if self.pos - 1 in self.implicit_newlines:
            return      # the statement ran to the end of the input
        end_lineno, end_col = self.tokens[self.pos - 1][3]
        lines = self.text.split("\n")
        rest = "\n".join([lines[end_lineno - 1][end_col:]] + lines[end_lineno:])
        for line in rest.split("\n"):
            stripped = line.lstrip(" \t\f")
            if stripped and not stripped.startswith("#"):
                self.fill = self.pos - 1
                self.tracking = True
                self.raise_syntax_error("multiple statements found while compiling a "
                                        "single statement")

    def parse_fstring_expr(self, text, starting_lineno, starting_col_offset):
        """fstring_compile_expr's sub-parser: parse "(expr)" with the fstring start rule;
        positions start at `starting_lineno`, shifted right by `starting_col_offset`
        bytes on that line (pegen's p->starting_lineno / p->starting_col_offset)."""
        from pvm.parser import lex
        tokens = lex(text, self.filename, True)
        shift = starting_lineno - 1
        tokens = [(t, s, (l + shift, c), (el + shift, ec), line)
                  for t, s, (l, c), (el, ec), line in tokens]
        if tokens[-1][0] == T.ERRORTOKEN and shift:
            # The sub-tokenizer counts lines from the field's line (tok->lineno is set so).
            kind, exc, start, end, line = tokens[-1]
            if isinstance(exc.lineno, int):
                end_lineno = exc.end_lineno + shift if isinstance(exc.end_lineno, int) else None
                decode_error = unicode_error_of(exc)
                exc = type(exc)(exc.msg, (exc.filename, exc.lineno + shift, exc.offset, exc.text,
                                          end_lineno, exc.end_offset))
                if decode_error:
                    exc._pvm_unicode_error = decode_error
            tokens[-1] = (kind, exc, start, end, line)
        sub = Parser(tokens, text, self.filename, "fstring", self.feature_version,
                     starting_lineno, starting_col_offset)
        sub.warned = self.warned
        sub.barry_as_flufl = self.barry_as_flufl
        return sub.run()


def ends_at_end_of_source(exc, text, mode):
    """Whether a tokenizer error is one C's tokenizer gives at the end of the input
    (tok->done E_EOF, E_EOFS, E_EOLS): an unclosed bracket, a line continuation
    before the end, a triple-quoted string not closed, a single-quoted one running
    into the end of the input rather than a newline."""
    msg = getattr(exc, "msg", "")
    if msg.endswith("' was never closed") or msg == "unexpected EOF while parsing" or \
            msg.startswith("unterminated triple-quoted string literal"):
        return True
    if not msg.startswith("unterminated string literal") or not isinstance(exc.lineno, int):
        return False
    if mode == "exec" and not text.endswith("\n"):
        text += "\n"       # C's tokenizer adds it to 'exec' input
    # The string runs into the end when every line from its own on, but the text after
    # the last newline, ends in an escaping backslash.
    lines = text.split("\n")[exc.lineno - 1:-1]
    return all((len(line) - len(line.rstrip("\\"))) % 2 for line in lines)


def single_input_tokens(tokens, imply_dedent=True):
    """The token stream pegen reads in 'single' mode (_PyPegen_fill_token): an ENDMARKER
    fetched after other tokens becomes a NEWLINE that ends the statement, and the
    tokenizer's indentation still open at that point (the lexer gives no DEDENTs at
    the end of input without a final newline) follows as DEDENTs, ended by another
    such NEWLINE, unless PyCF_DONT_IMPLY_DEDENT (`imply_dedent` false) leaves the
    block open. Returns the tokens and the indexes of the NEWLINEs made from the
    ENDMARKER."""
    last = tokens[-1]
    if last[0] != ENDMARKER or len(tokens) < 2:
        return tokens, ()
    made = (NEWLINE, "", last[2], last[3], last[4])
    new = tokens[:-1]
    new.append(made)
    implicit = [len(new) - 1]
    depth = 0
    for token in tokens:
        kind = token[0]
        if kind == INDENT:
            depth += 1
        elif kind == DEDENT:
            depth -= 1
    if depth and imply_dedent:
        new.extend([(DEDENT, "", last[2], last[3], last[4])] * depth)
        new.append(made)
        implicit.append(len(new) - 1)
    new.append(last)
    return new, implicit
