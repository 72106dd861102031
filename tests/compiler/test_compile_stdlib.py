"""The standard library sweep: every file the host compiles, pvm compiles; the code
verifies, has the host's structure, and survives a .pyc round trip; what the host
rejects at compile time, pvm rejects with the same class and line.

The one test per file also runs the other sweeps' per-file checks on the same parse and
compile, so that no file is parsed or compiled twice: pvm's tree against `ast.parse`'s
(the parser's oracle, tests/parser/test_stdlib.py, whose full plain sweep this is), the
positions of the instructions that can raise (test_positions.compare) and the symbol
table against the host's three oracles (test_symtable.check_source).

A sample by default; every file under PVM_FULL=1 (`-m stdlib`).
"""
import ast
import warnings

import pytest

import pvm.compiler
import pvm.parser
from pvm.bytecode import pyc
from pvm.compiler.verify import verify
from pvm.parser.driver import Parser
from tests.compiler import test_positions, test_symtable
from tests.compiler.support import all_code, structure_diffs
from tests.conftest import stdlib_id, stdlib_sample
from tests.parser.conftest import diff_text, dump

FILES = stdlib_sample()


def _host(source, path):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            return compile(source, path, "exec", dont_inherit=True), None
        except (SyntaxError, ValueError) as err:
            return None, err


def _pvm(source, path):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            return pvm.compiler.compile(source, path, "exec"), None
        except (SyntaxError, ValueError) as err:
            return None, err


def _pvm_tree_and_code(source, path):
    """(tree, code, error): pvm.compiler.compile's two steps, the tree kept."""
    tree = None
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            tree = pvm.parser.parse(source, path, "exec")
            return tree, pvm.compiler.compile_tree(tree, path, "exec"), None
        except (SyntaxError, ValueError) as err:
            return tree, None, err


def _host_tree(source, path):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            return ast.parse(source, path)
        except (SyntaxError, ValueError):
            return None


@pytest.mark.stdlib
@pytest.mark.parametrize("path", FILES, ids=stdlib_id)
def test_stdlib_file(path):
    source = path.read_bytes()
    name = str(path)
    host_code, host_err = _host(source, name)
    misses = Parser.fast_pass_misses
    tree, code, err = _pvm_tree_and_code(source, name)
    # The parser: ast.parse's tree, positions included, or a SyntaxError where it fails.
    host_tree = _host_tree(source, name)
    if host_tree is None:
        assert tree is None and isinstance(err, SyntaxError), "the host's parser rejects it"
    else:
        assert tree is not None, f"pvm's parser rejects: {err!r}"
        got, expected = dump(tree), dump(host_tree)
        assert got == expected, f"{stdlib_id(path)}:{diff_text(got, expected)}"
        assert Parser.fast_pass_misses == misses, "the fast pass refused a valid file"
    if host_err is not None:
        assert err is not None, f"host rejects with {host_err!r}, pvm accepts"
        assert type(err) is type(host_err)
        assert getattr(err, "lineno", None) == getattr(host_err, "lineno", None)
        return
    assert err is None, f"pvm rejects: {err!r}"
    verify(code)
    diffs = structure_diffs(code, host_code)
    assert not diffs, "\n".join(diffs[:10])
    assert pyc.loads(pyc.dumps(code)) == code
    for each in all_code(code):
        assert len(list(each.co_positions())) == len(each.co_code) // 2
    counts, problems = [0, 0], []
    test_positions.compare(code, host_code, counts, problems)
    assert not problems, f"positions: {counts[0]}/{counts[1]} alike:\n" + "\n".join(problems[:10])
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        problems = test_symtable.check_source(source, name, api=True, tree=tree,
                                              host_code=host_code, pvm_code=code)
    assert not problems, "symbol table:\n" + "\n".join(problems[:20])


def _line_runs(code, host=False):
    runs = []
    for _, _, line in code.co_lines():
        if line and (not runs or runs[-1] != line):
            runs.append(line)
    # The host's RESUME sits on the first line (line 0 for a module); pvm has none.
    if host and runs and runs[0] == code.co_firstlineno:
        runs = runs[1:]
    return runs


def test_line_sequences_like_host():
    """Almost every code object steps through the same source lines as the host's."""
    total = same = 0
    for path in stdlib_sample(every=60):
        source = path.read_bytes()
        host_code, host_err = _host(source, str(path))
        if host_err is not None:
            continue
        code, _ = _pvm(source, str(path))
        pairs = [(code, host_code)]
        while pairs:
            ours, theirs = pairs.pop()
            total += 1
            mine = _line_runs(ours)
            expected = _line_runs(theirs, host=True)
            if mine and expected and mine[0] != expected[0] and \
                    expected[0] == theirs.co_firstlineno:
                expected = expected[1:]
            same += mine == expected or mine == _line_runs(theirs)
            pairs.extend(zip([c for c in ours.co_consts if hasattr(c, "co_code")],
                             [c for c in theirs.co_consts if hasattr(c, "co_code")]))
    assert same / total > 0.95, f"{same}/{total} code objects with the host's line sequence"
