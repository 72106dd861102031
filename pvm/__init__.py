"""pvm: Python 3.11 implemented in Python.

The public API, one function per stage of the pipeline:

    tokenize(source)                      -> iterator of TokenInfo   (pvm.lexer)
    parse(source, filename, mode)         -> ast.AST                 (pvm.parser)
    compile(source, filename, mode)       -> pvm code object         (pvm.compiler)
    dis(code)                             prints a code object       (pvm.bytecode)
    run_source(source, filename)          runs a program             (pvm.vm)
    run_file(path)                        runs a file                (pvm.vm)

Each stage is imported on first use, so `import pvm` stays cheap.
"""

__version__ = "0.1.0"
__all__ = ["tokenize", "parse", "compile", "dis", "run_file", "run_source"]


def tokenize(source):
    """Yield the tokens of `source` (str or bytes) shaped like `tokenize.TokenInfo`."""
    from pvm.lexer import tokenize as _tokenize
    return _tokenize(source)


def parse(source, filename="<unknown>", mode="exec"):
    """Parse `source` into a tree of the host `ast` module's node classes."""
    from pvm.parser import parse as _parse
    return _parse(source, filename, mode)


def compile(source, filename="<unknown>", mode="exec", optimize=-1):
    """Compile `source` (text, bytes or an AST) into a pvm code object."""
    from pvm.compiler import compile as _compile
    return _compile(source, filename, mode, optimize=optimize)


def dis(code, file=None):
    """Print the disassembly of a pvm code object (and the ones nested in it)."""
    from pvm.bytecode.dis import dis as _dis
    return _dis(code, file=file)


def run_source(source, filename="<string>", globals=None):
    """Run program text on pvm's VM and return the module's globals."""
    from pvm.vm import run_source as _run_source
    return _run_source(source, filename, globals)


def run_file(path, argv=None):
    """Run a Python file on pvm's VM as `__main__`."""
    from pvm.vm import run_file as _run_file
    return _run_file(path, argv)
