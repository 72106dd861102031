"""Helpers for the compiler's tests: pvm's compile with the host as the oracle.

Until pvm's parser can parse, the tests hand pvm host-parsed trees (tests may use
the host's parser; pvm's own code never does).
"""
import ast
import warnings

import pvm.compiler
from pvm.bytecode.code import Code
from pvm.compiler.verify import verify

CODE_ATTRS = ("co_name", "co_qualname", "co_argcount", "co_posonlyargcount",
              "co_kwonlyargcount", "co_flags", "co_varnames", "co_cellvars", "co_freevars",
              "co_firstlineno")


def pvm_parser_ready():
    import pvm.parser
    return hasattr(pvm.parser, "parse") and not getattr(pvm.parser.parse, "_host_shim", False)


def install_host_parser():
    """Give pvm.parser a `parse` backed by the host while pvm's parser is not there."""
    import pvm.parser
    if hasattr(pvm.parser, "parse"):
        return

    def parse(source, filename="<unknown>", mode="exec"):
        return ast.parse(source, filename, mode)
    parse._host_shim = True
    pvm.parser.parse = parse


def pvm_compile(source, filename="<test>", mode="exec", optimize=-1, flags=0):
    """pvm's compile of source text through a host-parsed tree (positions as CPython's)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        tree = ast.parse(source, filename, mode, type_comments=False)
    lines = source.splitlines(keepends=True) if isinstance(source, str) else None
    return pvm.compiler.compile_tree(tree, filename, mode, optimize, flags, lines)


def host_compile(source, filename="<test>", mode="exec", optimize=-1, flags=0):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return compile(source, filename, mode, flags, dont_inherit=True, optimize=optimize)


def nested(code):
    return [c for c in code.co_consts if isinstance(c, (Code,)) or hasattr(c, "co_code")]


def structure_diffs(pvm_code, host_code, where=""):
    """The differences between two code trees in what tools read (names, flags, ...)."""
    out = []
    for attr in CODE_ATTRS:
        mine, theirs = getattr(pvm_code, attr), getattr(host_code, attr)
        if mine != theirs:
            out.append(f"{where}{host_code.co_qualname}: {attr} {mine!r} != {theirs!r}")
    ours, hosts = nested(pvm_code), nested(host_code)
    if len(ours) != len(hosts):
        out.append(f"{where}{host_code.co_qualname}: {len(ours)} nested code objects "
                   f"!= {len(hosts)}")
    for a, b in zip(ours, hosts):
        out.extend(structure_diffs(a, b, where))
    return out


def check_like_host(source, mode="exec", optimize=-1):
    """Compile with pvm and the host; verify pvm's and require the same structure."""
    code = pvm_compile(source, mode=mode, optimize=optimize)
    verify(code)
    diffs = structure_diffs(code, host_compile(source, mode=mode, optimize=optimize))
    assert not diffs, "\n".join(diffs)
    return code


def opnames(code):
    from pvm.bytecode.dis import get_instructions
    return [i.opname for i in get_instructions(code)]


def all_code(code):
    yield code
    for const in nested(code):
        yield from all_code(const)
