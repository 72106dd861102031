"""Source: bytes -> text, the first stage of the pipeline.

Owns reading program files, decoding them (UTF-8 BOM and PEP 263 coding
declarations, with CPython's errors for bad ones), and giving later stages the
source lines they show under carets and in tracebacks.
"""

import os
import sys


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
