"""Errors shared by every stage: source positions and CPython-shaped SyntaxErrors.

A leaf module: it imports nothing of pvm. Stages carry positions as 0-based
character columns (what the lexer counts); the SyntaxError a user sees has
1-based offsets, exactly as CPython's `compile()` reports them, and is built only
here (`syntax_error`) so that every stage reports errors the same way.

Showing one is here too, for every stage that prints one (`pvm --ast`, the VM's
excepthook): `format_syntax_error(exc)` gives the lines CPython's default excepthook
writes after the traceback, `syntax_error_location(exc)` the location part of them.
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


# -- showing a SyntaxError as CPython's default excepthook does -----------------------------

def format_syntax_error(exc):
    """The lines CPython prints for a SyntaxError after its traceback: the location
    (`syntax_error_location`) and `Type: message`; only `Type: str(exc)` when the
    location fields are not usable."""
    lines = syntax_error_location(exc)
    if lines is None:
        return [exception_line(type(exc), exc)]
    return lines + [exception_line(type(exc), exc.msg)]


def syntax_error_location(exc):
    """print_exception_file_and_line (Python/pythonrun.c, 3.11): `  File "...", line N`,
    then the source line without its indentation and the carets under the error.

    Returns the lines, or None when parse_syntax_error would fail on the fields (a
    lineno that is no int, an offset or, for SyntaxError itself, an end that is
    neither an int nor None); CPython then prints `str(exc)` as the message instead
    of `exc.msg`.
    """
    fields = _syntax_error_fields(exc)
    if fields is None:
        return None
    filename, lineno, offset, end_lineno, end_offset, text = fields
    lines = [f'  File "{filename}", line {lineno}\n']
    if isinstance(text, str):
        lines.extend(_error_text(text, offset, lineno, end_lineno, end_offset))
    return lines


def exception_line(exc_type, value):
    """print_exception_message: the exception's type (with its module unless builtins
    or __main__) and `: str(value)` unless that is empty or value is None."""
    module = getattr(exc_type, "__module__", None)
    qualname = getattr(exc_type, "__qualname__", None)
    if not isinstance(qualname, str):
        qualname = "<unknown>"
    if not isinstance(module, str):
        line = "<unknown>." + qualname
    elif module in ("builtins", "__main__"):
        line = qualname
    else:
        line = f"{module}.{qualname}"
    if value is not None:
        try:
            message = str(value)
        except Exception:       # noqa: BLE001 - CPython reports any failure the same way
            return line + ": <exception str() failed>\n"
        if message:
            line += ": " + message
    return line + "\n"


def _syntax_error_fields(exc):
    """parse_syntax_error: (filename, lineno, offset, end_lineno, end_offset, text), or
    None where it fails. Only SyntaxError itself has its end read; None stands for an
    unknown offset (-1) or end (the line, -1)."""
    try:
        filename = exc.filename
        lineno = exc.lineno
        offset = exc.offset
        text = exc.text
        if type(exc) is SyntaxError:
            end_lineno = getattr(exc, "end_lineno", None)
            end_offset = getattr(exc, "end_offset", None)
        else:
            end_lineno = end_offset = None
    except Exception:           # noqa: BLE001 - a failing attribute: no location shown
        return None
    if not isinstance(lineno, int):
        return None
    offsets = []
    for value, default in ((offset, -1), (end_lineno, lineno), (end_offset, -1)):
        if value is None:
            value = default
        elif not isinstance(value, int):
            return None
        offsets.append(value)
    offset, end_lineno, end_offset = offsets
    filename = "<string>" if filename is None else filename
    return filename, int(lineno), offset, end_lineno, end_offset, text


def _error_text(text, offset, lineno, end_lineno, end_offset):
    """print_error_text: the line without its indentation, and the carets, counted on
    the line's UTF-8 bytes as in C (which also stops at a NUL)."""
    data = text.encode("utf-8", "surrogateescape")
    if end_lineno > lineno:
        # A range over several lines is underlined to the end of its first one.
        end_offset = len(data)
    end_offset = min(end_offset, len(data) + 1)
    carets = end_offset - offset if end_offset > 0 and end_offset > offset else 1
    data = data.split(b"\0", 1)[0]
    offset -= 1
    stripped = data.lstrip(b" \t\f")
    offset -= len(data) - len(stripped)
    data = stripped
    length = len(data) - 1 if data.endswith(b"\n") else len(data)
    offset = min(offset, length)
    # A text of several lines: show from the one the offset falls in.
    newline = data.find(b"\n")
    while newline != -1 and newline < offset:
        data = data[newline + 1:]
        length -= newline + 1
        offset -= newline + 1
        newline = data.find(b"\n")
    lines = ["    " + data.decode("utf-8", "surrogateescape")
             + ("" if data[length:length + 1] == b"\n" else "\n")]
    if offset >= 0:
        lines.append("    " + " " * offset + "^" * carets + "\n")
    return lines
