"""Lexer: the slow path for number literals, step by step as Parser/tokenizer.c scans them.

The tokenizer's fast regex accepts the usual numbers; whatever it refuses (a
number run into letters, `0777`, `1_`, `0x`, `1e`, `1if x else y`) comes here.
`scan_number(text, pos)` returns `(end, error, warning)`:

- `end`: where the NUMBER token ends when the literal is accepted;
- `error`: None, or `(message, cur, known_range)` where `cur` is the index of
  C's tok->cur when it calls syntaxerror() (CPython's 1-based offset is then the
  0-based column of cur) and `known_range` is None or the (col, end_col) pair
  of syntaxerror_known_range(), as indexes;
- `warning`: None, or `(message, cur)` for verify_end_of_number()'s warning when
  a literal runs straight into a keyword (`1if`, `0x1for`), which CPython accepts
  with a SyntaxWarning.
"""


_HEX_DIGITS = frozenset("0123456789abcdefABCDEF")
_OCT_DIGITS = frozenset("01234567")
_BIN_DIGITS = frozenset("01")


class _Reject(Exception):
    """A lexical error found while scanning a number."""


def _is_digit(c):
    return "0" <= c <= "9"


def _is_ident_char(c):
    """is_potential_identifier_char(): ASCII letters, digits, _ and any non-ASCII."""
    return bool(c) and (c.isalnum() and c.isascii() or c == "_" or not c.isascii())


class _NumberScanner:
    """tok_nextc/tok_backup over a str; `i` is C's tok->cur."""

    def __init__(self, text, pos):
        self.text = text
        self.i = pos
        self.warning = None

    def nextc(self):
        i = self.i
        self.i = i + 1
        # Past the end, C reads EOF; we read "" but still move, so backup stays symmetric.
        return self.text[i] if i < len(self.text) else ""

    def backup(self):
        self.i -= 1

    def reject(self, message, known_range=None):
        raise _Reject(message, self.i, known_range)

    def decimal_tail(self):
        """tok_decimal_tail(): digits with single underscores; returns the char after."""
        while True:
            c = self.nextc()
            while _is_digit(c):
                c = self.nextc()
            if c != "_":
                return c
            c = self.nextc()
            if not _is_digit(c):
                self.backup()
                self.reject("invalid decimal literal")

    def lookahead(self, word):
        """lookahead(): does `word` follow as a whole word? Consumes nothing."""
        start = self.i
        ok = self.text.startswith(word, start) and not _is_ident_char(
            self.text[start + len(word):start + len(word) + 1])
        self.i = start
        return ok

    def verify_end(self, c, kind):
        """verify_end_of_number(): a literal must not run into a name."""
        if c == "a":
            r = self.lookahead("nd")
        elif c == "e":
            r = self.lookahead("lse")
        elif c == "f":
            r = self.lookahead("or")
        elif c == "i":
            r = self.text[self.i:self.i + 1] in ("f", "n", "s")
        elif c == "o":
            r = self.lookahead("r")
        elif c == "n":
            r = self.lookahead("ot")
        else:
            r = False
        if r:
            self.warning = (f"invalid {kind} literal", self.i - 1)
        elif c.isascii() and _is_ident_char(c):
            # Only an ASCII letter is an error: at a non-ASCII one the number ends.
            self.backup()
            self.reject(f"invalid {kind} literal")

    def radix_digits(self, is_digit, kind):
        """The digits of a 0x/0o/0b literal, after the prefix; returns the char after."""
        c = self.nextc()
        while True:
            if c == "_":
                c = self.nextc()
            if not is_digit(c):
                if kind != "hexadecimal" and _is_digit(c):
                    self.reject(f"invalid digit '{c}' in {kind} literal")
                self.backup()
                self.reject(f"invalid {kind} literal")
            c = self.nextc()
            while is_digit(c):
                c = self.nextc()
            if c != "_":
                break
        if kind != "hexadecimal" and _is_digit(c):
            self.reject(f"invalid digit '{c}' in {kind} literal")
        self.verify_end(c, kind)
        return c

    def scan(self):
        c = self.nextc()
        if c == ".":
            return self.fraction(self.nextc())
        if c != "0":
            return self.after_integer(self.decimal_tail())
        start = self.i - 1
        c = self.nextc()
        if c in ("x", "X"):
            return self.radix_digits(_HEX_DIGITS.__contains__, "hexadecimal")
        if c in ("o", "O"):
            return self.radix_digits(_OCT_DIGITS.__contains__, "octal")
        if c in ("b", "B"):
            return self.radix_digits(_BIN_DIGITS.__contains__, "binary")
        # Zeros, maybe an old-style octal such as 0777 (an error since Python 3).
        nonzero = False
        while True:
            if c == "_":
                c = self.nextc()
                if not _is_digit(c):
                    self.backup()
                    self.reject("invalid decimal literal")
            if c != "0":
                break
            c = self.nextc()
        zeros_end = self.i
        if _is_digit(c):
            nonzero = True
            c = self.decimal_tail()
        if c == ".":
            return self.fraction(self.nextc())
        if c in ("e", "E"):
            return self.exponent(c)
        if c in ("j", "J"):
            return self.imaginary()
        if nonzero:
            self.backup()
            self.reject("leading zeros in decimal integer literals are not permitted; "
                        "use an 0o prefix for octal integers", (start + 1, zeros_end))
        self.verify_end(c, "decimal")
        return c

    def after_integer(self, c):
        if c == ".":
            return self.fraction(self.nextc())
        return self.after_fraction(c)

    def fraction(self, c):
        if _is_digit(c):
            c = self.decimal_tail()
        return self.after_fraction(c)

    def after_fraction(self, c):
        if c in ("e", "E"):
            return self.exponent(c)
        if c in ("j", "J"):
            return self.imaginary()
        self.verify_end(c, "decimal")
        return c

    def exponent(self, e):
        c = self.nextc()
        if c in ("+", "-"):
            c = self.nextc()
            if not _is_digit(c):
                self.backup()
                self.reject("invalid decimal literal")
        elif not _is_digit(c):
            # `1else`: the e belongs to a keyword, the number ends before it.
            self.backup()
            self.verify_end(e, "decimal")
            self.backup()
            return None
        c = self.decimal_tail()
        if c in ("j", "J"):
            return self.imaginary()
        self.verify_end(c, "decimal")
        return c

    def imaginary(self):
        c = self.nextc()
        self.verify_end(c, "imaginary")
        return c


def scan_number(text, pos):
    """Scan the number literal at `pos` like tokenizer.c; see the module docstring."""
    scanner = _NumberScanner(text, pos)
    try:
        c = scanner.scan()
    except _Reject as reject:
        message, cur, known_range = reject.args
        return None, (message, cur, known_range), None
    if c is not None:
        scanner.backup()   # the character after the literal is not part of it
    return scanner.i, None, scanner.warning
