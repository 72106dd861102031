"""`pvm --dis FILE`: the bytecode of a file, in the style of `python3 -m dis FILE`.

Compiler stage tool: reads the file (or standard input for "-"), compiles it with
pvm's pipeline and prints the listing of bytecode/dis.py. A syntax error is shown
as CPython shows one (the `File ..., line N` block, the caret line, the message) on
standard error, with exit status 1.
"""

import sys
import traceback

from pvm.source import read_program_file


def main_dis(path, optimize=0, file=None):
    """Print the disassembly of the program at `path`; return the exit status."""
    from pvm.bytecode.dis import dis
    from pvm.compiler import compile
    source = read_program_file(path)
    if source is None:
        return 2
    filename = "<stdin>" if path == "-" else path
    try:
        code = compile(source, filename, "exec", optimize=optimize)
    except (SyntaxError, ValueError) as err:
        sys.stderr.write("".join(traceback.format_exception_only(type(err), err)))
        return 1
    dis(code, file=file if file is not None else sys.stdout)
    return 0
