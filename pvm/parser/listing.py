"""Parser stage: `pvm --ast [-a] FILE`, printing what `python3 -m ast --no-type-comments
[-a] FILE` prints.

Consumes a path ("-" for standard input, named "<stdin>" as Lib/ast.py's main names
it), parses the file's bytes with pvm's parser in "exec" mode, and prints the tree
with the host's `ast.dump(tree, include_attributes=..., indent=3)` (formatting a tree,
not parsing). A syntax error is shown as CPython shows one (`  File "x.py", line N`,
the source line, the carets, `SyntaxError: message`) with exit status 1; a file that
cannot be read gets python3's one-line message and status 2. The error lines are
pvm.errors.format_syntax_error's.
"""

import ast
import sys

from pvm.errors import format_syntax_error
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
