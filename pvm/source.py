"""Source: bytes -> text, the first stage of the pipeline.

Owns reading program files, decoding them (UTF-8 BOM and PEP 263 coding
declarations, with CPython's errors for bad ones), and giving later stages the
source lines they show under carets and in tracebacks.

- `decode_source(data, filename)` decodes like `compile(data, filename, "exec")`:
  the same encodings found, the same SyntaxErrors for bad ones, and newlines
  translated (\\r\\n and \\r become \\n) as the compiler sees them.
- `detect_encoding(readline)` is shaped like `tokenize.detect_encoding`, errors
  and messages included (that module's, which differ from the compiler's).
- `source_lines(text)` / `source_line(text, lineno)`: the lines carets point into.
"""

import codecs
import os
import re
import sys

BOM_UTF8 = b"\xef\xbb\xbf"

# PEP 263, as tokenize and the C tokenizer both search it: a comment holding
# "coding[:=]" followed by the name.
_COOKIE_RE = re.compile(r"^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)", re.ASCII)
_BLANK_RE = re.compile(rb"^[ \t\f]*(?:[#\r\n]|$)", re.ASCII)


def read_program_file(path, prog="pvm"):
    """The bytes of a program file ("-" for stdin), or None after python3's message for a bad path."""
    if path == "-":
        return sys.stdin.buffer.read()
    try:
        with open(path, "rb") as f:
            return f.read()
    except OSError as err:
        print(f"{prog}: can't open file {os.path.abspath(path)!r}: "
              f"[Errno {err.errno}] {err.strerror}", file=sys.stderr)
        return None


# -- the compiler's decoding (Parser/tokenizer.c: decode_str, check_coding_spec) ----------

def normal_encoding_name(name):
    """get_normal_name() in tokenizer.c: utf-8 and latin-1 spellings made canonical."""
    enc = name[:12].lower().replace("_", "-")
    if enc == "utf-8" or enc.startswith("utf-8-"):
        return "utf-8"
    if enc in ("latin-1", "iso-8859-1", "iso-latin-1") or enc.startswith(
            ("latin-1-", "iso-8859-1-", "iso-latin-1-")):
        return "iso-8859-1"
    return name


def _coding_spec(line):
    """get_coding_spec(): the declared encoding of one line (bytes), or None."""
    stripped = line.lstrip(b" \t\f")
    if not stripped.startswith(b"#"):
        return None
    m = re.search(rb"coding[:=][ \t]*([-\w.]+)", line, re.ASCII)
    if m is None:
        return None
    return normal_encoding_name(m.group(1).decode("ascii"))


def _is_blank_or_comment(line):
    """Line 2 is searched only after a line 1 that holds nothing but a comment."""
    return _BLANK_RE.match(line) is not None


def _tokenizer_init_error(message, filename):
    """_PyPegen_raise_tokenizer_init_error(): errors before tokenizing have no position."""
    return SyntaxError(message, (filename, 0, -1, None))


def find_encoding(data, filename="<unknown>"):
    """The encoding the compiler uses for `data`, and whether a UTF-8 BOM starts it."""
    bom = data.startswith(BOM_UTF8)
    if bom:
        data = data[3:]
    lines = data.split(b"\n", 2)
    spec = None
    if len(lines) > 1:   # C looks at line 1 (and 2) only when it ends with a newline
        spec = _coding_spec(lines[0])
        if spec is None and len(lines) > 2 and _is_blank_or_comment(lines[0]):
            spec = _coding_spec(lines[1])
    if spec is None:
        return "utf-8", bom
    if bom and spec != "utf-8":
        raise _tokenizer_init_error(f"encoding problem: {spec} with BOM", filename)
    return spec, bom


def decode_source(data, filename="<unknown>"):
    """Decode program bytes as `compile(data, filename, "exec")` does; newlines become \\n."""
    if isinstance(data, str):
        text = data
    else:
        encoding, bom = find_encoding(data, filename)
        if bom:
            data = data[3:]
        if encoding == "utf-8":
            text = _decode_utf8(data, filename)
        else:
            text = _decode_declared(data, encoding, filename)
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text


def _decode_declared(data, encoding, filename):
    try:
        codecs.lookup(encoding)
    except LookupError:
        raise _tokenizer_init_error(f"unknown encoding: {encoding}", filename) from None
    try:
        return data.decode(encoding)
    except (LookupError, UnicodeError, ValueError, TypeError) as err:
        raise _tokenizer_init_error(str(err), filename) from None


def _decode_utf8(data, filename):
    """UTF-8 without a declaration: CPython reports a bad byte where its token is decoded."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as err:
        bad = err.start
    # The bytes of the name-like run holding the bad byte, as the C tokenizer cuts it.
    start = bad
    while start > 0 and (data[start - 1] >= 0x80 or chr(data[start - 1]).isalnum()
                         or data[start - 1] == 0x5F):
        start -= 1
    end = bad
    while end < len(data) and (data[end] >= 0x80 or chr(data[end]).isalnum() or data[end] == 0x5F):
        end += 1
    try:
        data[start:end].decode("utf-8")
        reason = "invalid start byte"
    except UnicodeDecodeError as err:
        reason = str(err)
    line_start = data.rfind(b"\n", 0, bad) + 1
    line_end = data.find(b"\n", bad)
    line = data[line_start:] if line_end < 0 else data[line_start:line_end + 1]
    lineno = data.count(b"\n", 0, bad) + 1
    col = len(data[line_start:start].decode("utf-8", "replace"))
    text = line.decode("utf-8", "replace")
    return_error = SyntaxError(f"(unicode error) {reason}",
                               (filename, lineno, col + 1, text, lineno, -1))
    raise return_error


# -- tokenize.detect_encoding -------------------------------------------------------------

def detect_encoding(readline):
    """Shaped like `tokenize.detect_encoding`: (encoding, the lines read), same errors.

    `readline` may also be the bytes themselves.
    """
    if isinstance(readline, (bytes, bytearray)):
        lines = iter(bytes(readline).splitlines(keepends=True))
        readline = lambda: next(lines, b"")   # noqa: E731 - a readline over the bytes
    try:
        filename = readline.__self__.name
    except AttributeError:
        filename = None
    bom_found = False
    default = "utf-8"

    def read_or_stop():
        try:
            return readline()
        except StopIteration:
            return b""

    def find_cookie(line):
        try:
            line_string = line.decode("utf-8")
        except UnicodeDecodeError:
            msg = "invalid or missing encoding declaration"
            if filename is not None:
                msg = f"{msg} for {filename!r}"
            raise SyntaxError(msg) from None
        match = _COOKIE_RE.match(line_string)
        if not match:
            return None
        encoding = normal_encoding_name(match.group(1))
        try:
            codecs.lookup(encoding)
        except LookupError:
            if filename is None:
                msg = "unknown encoding: " + encoding
            else:
                msg = f"unknown encoding for {filename!r}: {encoding}"
            raise SyntaxError(msg) from None
        if bom_found:
            if encoding != "utf-8":
                if filename is None:
                    msg = "encoding problem: utf-8"
                else:
                    msg = f"encoding problem for {filename!r}: utf-8"
                raise SyntaxError(msg)
            encoding += "-sig"
        return encoding

    first = read_or_stop()
    if first.startswith(BOM_UTF8):
        bom_found = True
        first = first[3:]
        default = "utf-8-sig"
    if not first:
        return default, []
    encoding = find_cookie(first)
    if encoding:
        return encoding, [first]
    if not _BLANK_RE.match(first):
        return default, [first]
    second = read_or_stop()
    if not second:
        return default, [first]
    encoding = find_cookie(second)
    if encoding:
        return encoding, [first, second]
    return default, [first, second]


# -- source lines --------------------------------------------------------------------------

def source_lines(text):
    """The lines of program text as the compiler numbers them (split after each \\n)."""
    lines = text.split("\n")
    last = lines.pop()
    lines = [line + "\n" for line in lines]
    if last:
        lines.append(last)
    return lines


def source_line(text, lineno):
    """Line `lineno` (1-based) of `text` with its newline, or '' past the end."""
    start = 0
    for _ in range(lineno - 1):
        start = text.find("\n", start) + 1
        if start == 0:
            return ""
    end = text.find("\n", start)
    return text[start:] if end < 0 else text[start:end + 1]


def null_bytes_error():
    """What compile() raises for a source string holding a NUL (no position)."""
    return SyntaxError("source code string cannot contain null bytes")
