"""Parser stage: `pvm --ast [-a] FILE`, printing what `python3 -m ast --no-type-comments
[-a] FILE` prints.

Consumes a path ("-" for standard input, named "<stdin>" as Lib/ast.py's main names
it), parses the file's bytes with pvm's parser in "exec" mode, and prints the tree
with the host's `ast.dump(tree, include_attributes=..., indent=3)` (formatting a tree,
not parsing). A syntax error is shown as CPython shows one (`  File "x.py", line N`,
the source line, the carets, `SyntaxError: message`) with exit status 1; a file that
cannot be read gets python3's one-line message and status 2.
"""

import ast
import sys

from pvm.parser import parse
from pvm.source import read_program_file


def main_ast(path, include_attributes=False):
    """Print the AST of the file at `path` like `python3 -m ast`; return the exit status."""
    data = read_program_file(path)
    if data is None:
        return 2
    filename = "<stdin>" if path == "-" else path
    try:
        tree = parse(data, filename)
    except SyntaxError as err:
        sys.stdout.flush()
        sys.stderr.write("".join(format_syntax_error(err)))
        return 1
    print(ast.dump(tree, include_attributes=include_attributes, indent=3))
    return 0


def format_syntax_error(err):
    """The lines CPython's default excepthook prints for a SyntaxError (pythonrun.c
    print_exception / print_error_text): the File line, the source line, the carets
    and `Class: message`. Carets are counted on the line's UTF-8 bytes, and only a
    plain SyntaxError has its range underlined (its subclasses get one caret)."""
    lines = []
    if isinstance(err.lineno, int):
        filename = err.filename if err.filename is not None else "<string>"
        lines.append(f'  File "{filename}", line {err.lineno}\n')
        if isinstance(err.text, str):
            lines.extend(error_text_lines(err, err.text, err.lineno))
    message = err.msg if err.msg is not None else str(err)
    lines.append(f"{type(err).__name__}: {message}\n")
    return lines


def error_text_lines(err, text, lineno):
    """print_error_text: the source line without its indentation, and the caret line."""
    # The offsets count characters, the clipping below bytes: as in C.
    offset = err.offset if isinstance(err.offset, int) else -1
    end_lineno, end_offset = lineno, -1
    if type(err) is SyntaxError:
        if isinstance(err.end_lineno, int):
            end_lineno = err.end_lineno
        if isinstance(err.end_offset, int):
            end_offset = err.end_offset
    data = text.encode("utf-8", "surrogateescape")
    if end_lineno > lineno:
        end_offset = len(data)
    end_offset = min(end_offset, len(data) + 1)
    carets = end_offset - offset if end_offset > 0 and end_offset > offset else 1
    offset -= 1
    stripped = data.lstrip(b" \t\f")
    offset -= len(data) - len(stripped)
    data = stripped
    length = len(data) - 1 if data.endswith(b"\n") else len(data)
    offset = min(offset, length)
    # An error line holding several lines: show the one the offset falls in.
    newline = data.find(b"\n")
    while newline != -1 and newline < offset:
        data = data[newline + 1:]
        length -= newline + 1
        offset -= newline + 1
        newline = data.find(b"\n")
    shown = data.decode("utf-8", "surrogateescape")
    out = ["    " + shown + ("" if data[length:length + 1] == b"\n" else "\n")]
    if offset >= 0:
        out.append("    " + " " * offset + "^" * carets + "\n")
    return out

