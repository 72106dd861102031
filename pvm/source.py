"""Source: bytes -> text, the first stage of the pipeline.

Owns reading program files, decoding them (UTF-8 BOM and PEP 263 coding
declarations, with CPython's errors for bad ones), and giving later stages the
source lines they show under carets and in tracebacks.

- `decode_for_compiler(data, filename)` gives the text compile(data, ...) tokenizes:
  the same encodings found, the same SyntaxErrors for bad declarations. UTF-8
  (declared or not) is decoded the way CPython decodes it, lazily, one token at a
  time: bytes that do not decode become lone surrogates U+DC80..U+DCFF
  ("surrogateescape"), which the lexer and the string parser report where CPython
  meets them (`(unicode error) ...`), and a comment may hold them. Newlines are left
  to the lexer (translate_newlines has a quirk for a final \\r\\n).
- `decode_source(data, filename)`: the same decoding, strict (an undecodable byte
  raises the UnicodeDecodeError, as importlib.util.decode_source does), newlines
  translated (\\r\\n and \\r become \\n).
- `utf8_bytes(text)`: text holding such surrogates back to the source bytes (what
  CPython's byte offsets count); pvm.errors shows them as CPython does (U+FFFD).
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


def declared_encoding(data, filename="<unknown>"):
    """(the encoding declared by a BOM or a coding cookie, or None; whether a BOM starts
    `data`). A declaration the tokenizer refuses raises its SyntaxError."""
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
        return ("utf-8" if bom else None), bom
    if bom and spec != "utf-8":
        raise _tokenizer_init_error(f"encoding problem: {spec} with BOM", filename)
    return spec, bom


def find_encoding(data, filename="<unknown>"):
    """The encoding the compiler uses for `data`, and whether a UTF-8 BOM starts it."""
    encoding, bom = declared_encoding(data, filename)
    return encoding or "utf-8", bom


def decode_for_compiler(data, filename="<unknown>"):
    """(text, encoding) of program bytes as compile() tokenizes them; `encoding` is None
    without a declaration (CPython's tok->encoding is NULL then, and its error offsets
    count bytes). See the module docstring."""
    encoding, bom = declared_encoding(data, filename)
    if bom:
        data = data[3:]
    if encoding is None or encoding == "utf-8":
        return data.decode("utf-8", "surrogateescape"), encoding
    return _decode_declared(data, encoding, filename), encoding


def decode_source(data, filename="<unknown>"):
    """Decode program bytes strictly (see the module docstring); newlines become \\n."""
    if isinstance(data, str):
        text = data
    else:
        encoding, bom = find_encoding(data, filename)
        if bom:
            data = data[3:]
        if encoding == "utf-8":
            text = data.decode("utf-8")
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


def utf8_bytes(text):
    """The UTF-8 bytes `text` was decoded from, undecodable bytes (lone surrogates
    U+DC80..U+DCFF) given back as they were; any other lone surrogate as
    "surrogatepass" would write it."""
    try:
        return text.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:
        return text.encode("utf-8", "surrogatepass")


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
