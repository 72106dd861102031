"""Printing exceptions the way CPython 3.11 prints them: tracebacks and syntax errors.

VM stage (runtime). Consumes an exception and its pvm traceback (tb_frame, tb_lineno,
tb_lasti, tb_next; frames with f_code, f_globals, f_builtins) and writes the text
CPython's default `sys.excepthook` writes (Python/pythonrun.c print_exception and
Python/traceback.c tb_printinternal, both of 3.11), byte for byte:

* `Traceback (most recent call last):`, one `  File "...", line N, in NAME` entry
  per frame with its source line (leading whitespace stripped, trailing kept), and
  carets under the failing expression taken from the code's co_positions, with
  `~`/`^` anchors for binary operators and subscripts;
* `[Previous line repeated N more times]` after 3 identical entries, and
  `sys.tracebacklimit`;
* chained exceptions (`__cause__`, `__context__`), exception groups in their boxes,
  `__notes__`, "Did you mean" suggestions for NameError and AttributeError;
* SyntaxError as `File "...", line N` + the offending line + carets + message.

Only pvm frames ever appear: pvm tracebacks hold nothing else. `internal_error`
reports a bug of pvm itself without showing its internals.
"""

import re
import sys as _host_sys

from pvm.errors import exception_line, syntax_error_location

TB_RECURSIVE_CUTOFF = 3
show_carets = True      # False under -X no_debug_ranges
MAX_GROUP_WIDTH = 15
MAX_GROUP_DEPTH = 10
CAUSE_MESSAGE = "\nThe above exception was the direct cause of the following exception:\n\n"
CONTEXT_MESSAGE = "\nDuring handling of the above exception, another exception occurred:\n\n"


def flush_std_streams():
    """Flush the host's stdout and stderr (where print writes), ignoring their errors."""
    for stream in (_host_sys.stdout, _host_sys.stderr):
        try:
            stream.flush()
        except Exception:
            pass


def traceback_of(exc):
    """The pvm traceback of an exception (tests may point this at host tracebacks)."""
    from pvm.vm import state
    return state.traceback_of(exc)


def parse_segment(segment):
    """pvm's parser on a source segment, for caret anchors (None when it cannot parse)."""
    from pvm.parser import parse
    return parse(segment, "<string>", "exec")


def search_path():
    """sys.path of the running pvm program, where relative source file names are found."""
    from pvm.vm import boot
    interp = boot.current_or_none()
    return interp.sys.path if interp is not None else []


# ---------------------------------------------------------------------------
# Source lines
# ---------------------------------------------------------------------------

_COOKIE = re.compile(rb"^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)", re.ASCII)
_BLANK = re.compile(rb"^[ \t\f]*(?:[#\r\n]|$)", re.ASCII)


def source_encoding(data):
    """The encoding PEP 263 gives `data` (a BOM, a coding cookie, else utf-8)."""
    if data.startswith(b"\xef\xbb\xbf"):
        return "utf-8-sig"
    lines = data.split(b"\n", 2)
    for index, line in enumerate(lines[:2]):
        match = _COOKIE.match(line)
        if match:
            name = match.group(1).decode("ascii")
            return _normalize_encoding(name)
        if index == 0 and not _BLANK.match(line):
            break
    return "utf-8"


def _normalize_encoding(name):
    """get_normal_name in Parser/tokenizer.c."""
    low = name[:12].lower().replace("_", "-")
    if low == "utf-8" or low.startswith("utf-8-"):
        return "utf-8"
    if low in ("latin-1", "iso-8859-1", "iso-latin-1") or \
            low.startswith(("latin-1-", "iso-8859-1-", "iso-latin-1-")):
        return "iso-8859-1"
    return name


def decode_source_bytes(data):
    """Source bytes -> text, by BOM or coding cookie."""
    return data.decode(source_encoding(data))


class _SourceCache:
    """Lines of the files one report reads (CPython re-reads them; we read each once)."""

    def __init__(self):
        self.files = {}

    def line(self, filename, lineno):
        """The line without its newline, or None (as _Py_DisplaySourceLine finds it)."""
        if not isinstance(filename, str) or not filename or lineno is None:
            return None
        if filename.startswith("<") and filename.endswith(">"):
            return None
        lines = self.files.get(filename)
        if lines is None:
            lines = self.files[filename] = _read_lines(filename)
        if lineno < 1 or lineno > len(lines):
            return None
        return lines[lineno - 1]


def _read_lines(filename):
    data = _open_source(filename)
    if data is None:
        return []
    try:
        text = decode_source_bytes(data)
    except (UnicodeDecodeError, LookupError):
        return []
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text.split("\n")


def _open_source(filename):
    """Read `filename`, else its last component along sys.path (_Py_FindSourceFile)."""
    try:
        with open(filename, "rb") as f:
            return f.read()
    except (OSError, ValueError):
        pass
    import os
    tail = filename.rsplit(os.sep, 1)[-1]
    for entry in search_path():
        if not isinstance(entry, str):
            continue
        try:
            with open(os.path.join(entry, tail), "rb") as f:
                return f.read()
        except (OSError, ValueError):
            continue
    return None


# ---------------------------------------------------------------------------
# One traceback entry
# ---------------------------------------------------------------------------

def _position(code, lasti):
    """(lineno, end_lineno, col, end_col) of the instruction at byte offset lasti."""
    if lasti is None or lasti < 0:
        return None
    index = lasti // 2
    try:
        positions = code.co_positions()
    except AttributeError:
        return None
    for i, position in enumerate(positions):
        if i == index:
            return position
    return None


def _byte_to_char_offset(text, offset):
    """_PyPegen_byte_offset_to_character_offset."""
    return len(text.encode("utf-8")[:offset].decode("utf-8", errors="replace"))


def _display_width(text, offset):
    """Columns the first `offset` characters take on a terminal (wide characters: 2)."""
    if text.isascii():
        return offset
    import unicodedata
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text[:offset])


def _anchors(segment):
    """(left_end, right_start) of a binary operator or subscript in `segment`, else None."""
    try:
        tree = parse_segment(segment)
    except Exception:
        return None
    body = getattr(tree, "body", None)
    if not body or len(body) != 1:
        return None
    statement = body[0]
    if type(statement).__name__ != "Expr":
        return None
    expr = statement.value
    kind = type(expr).__name__
    normalize = lambda offset: _byte_to_char_offset(segment, offset)  # noqa: E731
    if kind == "BinOp":
        # The operator: the first character after the left operand that is not
        # blank, a closing parenthesis or a comment mark (3.11.7's traceback.c).
        left = normalize(expr.left.end_col_offset)
        stop = normalize(expr.right.col_offset)
        while left < stop and (segment[left] in " \t\f)#"):
            left += 1
        if left >= stop:
            return None
        right = left + 1
        if right < stop and segment[right] not in " \t\f":
            right += 1
        return left, right
    if kind == "Subscript":
        left = normalize(expr.value.end_col_offset)
        right = normalize(expr.slice.end_col_offset + 1)
        while left < len(segment) and (segment[left].isspace() or segment[left] != "["):
            left += 1
        while right < len(segment) and (segment[right].isspace() or segment[right] != "]"):
            right += 1
        if right < len(segment):
            right += 1
        return left, right
    return None


def _caret_line(line, position):
    """The `^^^`/`~~^~~` line under `line` for a co_positions entry, or None."""
    lineno, end_lineno, col, end_col = position
    if None in (lineno, end_lineno, col, end_col) or min(lineno, end_lineno, col, end_col) < 0:
        return None
    start = _byte_to_char_offset(line, col)
    anchors = None
    if lineno == end_lineno:
        end = _byte_to_char_offset(line, end_col)
        anchors = _anchors(line[start:end])
    else:
        end = len(line.rstrip())
    stripped = line.lstrip(" \t\f")
    leading = len(line) - len(stripped)
    has_secondary = anchors is not None and anchors[1] - anchors[0] > 0
    if end - start >= len(stripped) and not has_secondary:
        return None
    dp_start = _display_width(line, start)
    dp_end = _display_width(line, end)
    out = [" " * (dp_start - leading)]
    if anchors is not None:
        segment = line[start:end]
        left = _display_width(segment, anchors[0])
        right = _display_width(segment, anchors[1])
        out.append("~" * left)
        out.append("^" * (right - left))
        out.append("~" * (dp_end - dp_start - right))
    else:
        out.append("^" * (dp_end - dp_start))
    return "    " + "".join(out)


def _frame_entry(tb, sources):
    """The lines of one traceback entry (tb_displayline)."""
    frame = tb.tb_frame
    code = frame.f_code
    lineno = tb.tb_lineno
    if lineno is None:
        lineno = -1     # the C display prints the stored int (the traceback module: None)
    out = [f'  File "{code.co_filename}", line {lineno}, in {code.co_name}\n']
    line = sources.line(code.co_filename, lineno)
    if line is None:
        return out
    out.append("    " + line.lstrip(" \t\f") + "\n")
    position = _position(code, getattr(tb, "tb_lasti", -1)) if show_carets else None
    if position is not None and position[0] == lineno:
        carets = _caret_line(line, position)
        if carets is not None:
            out.append(carets + "\n")
    return out


def format_tb(tb, limit=None, sources=None):
    """The entries of a traceback chain, as tb_printinternal prints them."""
    sources = sources or _SourceCache()
    entries = []
    while tb is not None:
        entries.append(tb)
        tb = tb.tb_next
    if limit is not None:
        entries = entries[max(len(entries) - limit, 0):]
    out = []
    last = None
    count = 0
    for tb in entries:
        code = tb.tb_frame.f_code
        key = (code.co_filename, tb.tb_lineno, code.co_name)
        if key != last:
            if count > TB_RECURSIVE_CUTOFF:
                out.append(_repeated(count))
            last = key
            count = 0
        count += 1
        if count <= TB_RECURSIVE_CUTOFF:
            out.extend(_frame_entry(tb, sources))
    if count > TB_RECURSIVE_CUTOFF:
        out.append(_repeated(count))
    return out


def _repeated(count):
    count -= TB_RECURSIVE_CUTOFF
    return f"  [Previous line repeated {count} more time{'s' if count > 1 else ''}]\n"


# ---------------------------------------------------------------------------
# The exception line(s)
# ---------------------------------------------------------------------------

def _safe_str(value):
    try:
        return str(value), True
    except Exception:
        return None, False


def format_exception_only(exc, tb=None):
    """The final lines for `exc`: the SyntaxError location, `Type: message`, notes."""
    out = []
    value = exc
    if isinstance(exc, SyntaxError):
        location = syntax_error_location(exc)
        if location is not None:
            out.extend(location)
            value = exc.msg
    text = exception_line(type(exc), value)[:-1]
    suggestion = _suggestion(exc, tb)
    if suggestion is not None:
        text += f". Did you mean: '{suggestion}'?"
    out.append(text + "\n")
    out.extend(_notes(exc))
    return out


def _notes(exc):
    try:
        notes = exc.__notes__
    except AttributeError:
        return []
    except Exception:
        return ["<__notes__ repr() failed>\n"]
    if isinstance(notes, (list, tuple)) or _is_sequence(notes):
        out = []
        for note in notes:
            if isinstance(note, str):
                text = note
            else:
                text, ok = _safe_str(note)
                if not ok:
                    text = "<note str() failed>"
            out.append(text + "\n")
        return out
    try:
        return [repr(notes) + "\n"]
    except Exception:
        return ["<__notes__ repr() failed>\n"]


def _is_sequence(value):
    return not isinstance(value, (str, bytes)) and hasattr(value, "__getitem__") \
        and hasattr(value, "__len__")


# ---------------------------------------------------------------------------
# "Did you mean" (Python/suggestions.c)
# ---------------------------------------------------------------------------

MAX_CANDIDATE_ITEMS = 750
MAX_STRING_SIZE = 40
MOVE_COST = 2
CASE_COST = 1


def _substitution_cost(a, b):
    if (a & 31) != (b & 31):
        return MOVE_COST
    if a == b:
        return 0
    if 65 <= a <= 90:
        a += 32
    if 65 <= b <= 90:
        b += 32
    return CASE_COST if a == b else MOVE_COST


def levenshtein_distance(a, b, max_cost):
    """suggestions.c's weighted edit distance over UTF-8 bytes, cut off above max_cost."""
    if a == b:
        return 0
    while a and b and a[0] == b[0]:
        a, b = a[1:], b[1:]
    while a and b and a[-1] == b[-1]:
        a, b = a[:-1], b[:-1]
    if not a or not b:
        return (len(a) + len(b)) * MOVE_COST
    if len(a) > MAX_STRING_SIZE or len(b) > MAX_STRING_SIZE:
        return max_cost + 1
    if len(b) < len(a):
        a, b = b, a
    if (len(b) - len(a)) * MOVE_COST > max_cost:
        return max_cost + 1
    buffer = [MOVE_COST * (i + 1) for i in range(len(a))]
    result = 0
    for b_index, code in enumerate(b):
        distance = result = b_index * MOVE_COST
        minimum = None
        for index, a_code in enumerate(a):
            substitute = distance + _substitution_cost(code, a_code)
            distance = buffer[index]
            insert_delete = min(result, distance) + MOVE_COST
            result = min(insert_delete, substitute)
            buffer[index] = result
            if minimum is None or result < minimum:
                minimum = result
        if minimum > max_cost:
            return max_cost + 1
    return result


def calculate_suggestion(candidates, name):
    if len(candidates) >= MAX_CANDIDATE_ITEMS:
        return None
    best = None
    best_distance = None
    name_bytes = name.encode("utf-8", "surrogatepass")
    for item in candidates:
        if not isinstance(item, str):
            return None
        if item == name:
            continue
        item_bytes = item.encode("utf-8", "surrogatepass")
        max_distance = (len(name_bytes) + len(item_bytes) + 3) * MOVE_COST // 6
        if best_distance is not None:
            max_distance = min(max_distance, best_distance - 1)
        distance = levenshtein_distance(name_bytes, item_bytes, max_distance)
        if distance > max_distance:
            continue
        if best is None or distance < best_distance:
            best, best_distance = item, distance
    return best


def _suggestion(exc, tb):
    """_Py_Offer_Suggestions for AttributeError and NameError."""
    try:
        if isinstance(exc, AttributeError):
            name, obj = exc.name, exc.obj
            if type(name) is not str or obj is None:
                return None
            return calculate_suggestion(list(dir(obj)), name)
        if isinstance(exc, NameError):
            name = exc.name
            if type(name) is not str or tb is None:
                return None
            while tb.tb_next is not None:
                tb = tb.tb_next
            frame = tb.tb_frame
            for names in (frame.f_code.co_varnames, frame.f_globals, frame.f_builtins):
                found = calculate_suggestion(list(names), name)
                if found is not None:
                    return found
    except Exception:
        return None
    return None


# ---------------------------------------------------------------------------
# Whole reports: chains and groups (print_exception_recursive)
# ---------------------------------------------------------------------------

class _Context:
    def __init__(self, limit):
        self.seen = set()
        self.depth = 0          # exception group nesting
        self.need_close = False
        self.limit = limit
        self.sources = _SourceCache()

    def emit(self, lines, margin_char="|"):
        if not self.depth:
            return lines
        prefix = " " * (2 * self.depth) + margin_char + " "
        out = []
        for text in lines:
            for piece in text.splitlines(keepends=True):
                out.append(prefix + piece)
        return out


def _tracebacklimit():
    from pvm.vm import boot
    interp = boot.current_or_none()
    limit = interp.sys.__dict__.get("tracebacklimit") if interp is not None else None
    if isinstance(limit, int) and not isinstance(limit, bool):
        return max(limit, 0)
    return None


def format_exception(exc, tb=None, limit=None):
    """The whole report for `exc` (the traceback defaults to its pvm traceback)."""
    if not isinstance(exc, BaseException):
        return ["TypeError: print_exception(): Exception expected for value, "
                f"{type(exc).__name__} found\n"]
    ctx = _Context(_tracebacklimit() if limit is None else limit)
    return _format_recursive(exc, tb, ctx)


def _chained(exc, ctx):
    """The cause or context printed before `exc`, and the message between them."""
    cause = exc.__cause__
    if cause is not None:
        return (cause, CAUSE_MESSAGE) if id(cause) not in ctx.seen else (None, None)
    context = exc.__context__
    if context is not None and not exc.__suppress_context__ and id(context) not in ctx.seen:
        return context, CONTEXT_MESSAGE
    return None, None


def _format_recursive(exc, tb, ctx):
    ctx.seen.add(id(exc))
    out = []
    before, message = _chained(exc, ctx)
    if before is not None:
        out.extend(_format_recursive(before, None, ctx))
        out.extend(ctx.emit([message]))
    if tb is None:
        tb = traceback_of(exc)
    if isinstance(exc, BaseExceptionGroup):
        out.extend(_format_group(exc, tb, ctx))
    else:
        out.extend(_format_single(exc, tb, ctx))
    return out


def _format_single(exc, tb, ctx):
    out = []
    if tb is not None and ctx.limit != 0:
        out.extend(ctx.emit(["Traceback (most recent call last):\n"]))
        out.extend(ctx.emit(format_tb(tb, ctx.limit, ctx.sources)))
    out.extend(ctx.emit(format_exception_only(exc, tb)))
    return out


def _format_group(exc, tb, ctx):
    if ctx.depth > MAX_GROUP_DEPTH:
        return ctx.emit([f"... (max_group_depth is {MAX_GROUP_DEPTH})\n"])
    out = []
    toplevel = ctx.depth == 0
    if toplevel:
        ctx.depth += 1
    if tb is not None and ctx.limit != 0:
        out.extend(ctx.emit(["Exception Group Traceback (most recent call last):\n"],
                            margin_char="+" if toplevel else "|"))
        out.extend(ctx.emit(format_tb(tb, ctx.limit, ctx.sources)))
    out.extend(ctx.emit(format_exception_only(exc, tb)))
    excs = exc.exceptions
    count = len(excs)
    shown = count if count <= MAX_GROUP_WIDTH else MAX_GROUP_WIDTH + 1
    ctx.need_close = False
    for i in range(shown):
        last = i == shown - 1
        if last:
            ctx.need_close = True
        truncated = i >= MAX_GROUP_WIDTH
        title = "..." if truncated else str(i + 1)
        out.append(" " * (2 * ctx.depth) + ("+-" if i == 0 else "  ")
                   + f"+---------------- {title} ----------------\n")
        ctx.depth += 1
        if not truncated:
            out.extend(_format_recursive(excs[i], None, ctx))
        else:
            remaining = count - MAX_GROUP_WIDTH
            out.extend(ctx.emit([f"and {remaining} more exception"
                                 f"{'s' if remaining > 1 else ''}\n"]))
        if last and ctx.need_close:
            out.append(" " * (2 * ctx.depth) + "+------------------------------------\n")
            ctx.need_close = False
        ctx.depth -= 1
    if toplevel:
        ctx.depth = 0
    return out


def print_exception(exc, tb=None, file=None):
    """PyErr_Display: write the report for `exc` to sys.stderr (or `file`)."""
    if file is None:
        file = getattr(_host_sys, "stderr", None)
        if file is None:
            return
    text = "".join(format_exception(exc, tb))
    try:
        file.write(text)
    except Exception:
        return
    try:
        file.flush()
    except Exception:
        pass


# ---------------------------------------------------------------------------
# sys.unraisablehook, and pvm's own failures
# ---------------------------------------------------------------------------

def unraisablehook(unraisable, /):
    """The default sys.unraisablehook (write_unraisable_exc_file), with pvm tracebacks."""
    file = getattr(_host_sys, "stderr", None)
    if file is None:
        return
    out = []
    obj = unbound_finalizer(unraisable.object)
    message = unraisable.err_msg
    if obj is not None:
        out.append(f"{message}: " if message else "Exception ignored in: ")
        try:
            out.append(repr(obj))
        except Exception:
            out.append("<object repr() failed>")
        out.append("\n")
    elif message:
        out.append(f"{message}:\n")
    exc = unraisable.exc_value
    tb = traceback_of(exc) if exc is not None else None
    if tb is not None:
        out.append("Traceback (most recent call last):\n")
        out.extend(format_tb(tb))
    exc_type = unraisable.exc_type
    if exc_type is not None:
        module = getattr(exc_type, "__module__", None)
        qualname = getattr(exc_type, "__qualname__", "<unknown>")
        # write_unraisable_exc_file (Python/errors.c): unlike print_exception, an
        # unusable __module__ gives "<unknown>" with no dot, and ": " precedes even
        # an empty message.
        if not isinstance(module, str):
            out.append("<unknown>")
        elif module not in ("builtins", "__main__"):
            out.append(f"{module}.")
        out.append(qualname)
        if exc is not None:
            text, ok = _safe_str(exc)
            out.append(": " + (text if ok else "<exception str() failed>"))
        out.append("\n")
    try:
        file.write("".join(out))
        file.flush()
    except Exception:
        pass


unraisablehook.__module__ = "sys"


def unbound_finalizer(obj):
    """CPython reports a failing __del__ by its function (slot_tp_finalize looks it up
    unbound); the host hands pvm's bound method, so show its function instead."""
    func = getattr(obj, "__func__", None)
    if func is None or getattr(func, "__name__", None) != "__del__":
        return obj
    from pvm.vm.function import Function
    return func if isinstance(func, Function) else obj


def internal_error(exc, debug=False, file=None):
    """Report a failure inside pvm itself: a short message, details only on request."""
    file = file or getattr(_host_sys, "stderr", None) or _host_sys.__stderr__
    try:
        detail = f"{type(exc).__name__}: {exc}"
    except Exception:
        detail = type(exc).__name__
    if debug:
        import traceback
        file.write("pvm internal error (a bug in pvm); its own traceback follows:\n")
        traceback.print_exception(type(exc), exc, exc.__traceback__, file=file)
    else:
        file.write(f"pvm internal error: {detail}\n"
                   "This is a bug in pvm. Run again with -X pvmdebug to see where it "
                   "happened.\n")
    try:
        file.flush()
    except Exception:
        pass
