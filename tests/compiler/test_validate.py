"""Trees handed to compile() are validated as CPython validates them."""
import ast

import pytest

import pvm.compiler


def _module(*stmts):
    tree = ast.Module(list(stmts), [])
    return ast.fix_missing_locations(tree)


CASES = [
    lambda: _module(ast.Expr(ast.Name("x", ast.Store()))),
    lambda: _module(ast.Assign([ast.Name("x", ast.Load())], ast.Constant(1))),
    lambda: _module(ast.Assign([], ast.Constant(1))),
    lambda: _module(ast.FunctionDef("f", ast.arguments([], [], None, [], [], None, []), [], [],
                                    None)),
    lambda: _module(ast.Expr(ast.Name("None", ast.Load()))),
    lambda: _module(ast.Expr(ast.Constant([1]))),
    lambda: _module(ast.Expr(ast.BoolOp(ast.And(), [ast.Constant(1)]))),
    lambda: _module(ast.Expr(ast.Compare(ast.Constant(1), [], []))),
    lambda: _module(ast.Try([ast.Pass()], [], [], [])),
    lambda: _module(ast.Raise(None, ast.Constant(1))),
    lambda: ast.Module([ast.Expr(ast.Constant(1))], []),
    lambda: _module(ast.Delete([ast.Name("x", ast.Load())])),
]


@pytest.mark.parametrize("index", range(len(CASES)))
def test_like_host(index):
    tree = CASES[index]()
    with pytest.raises((TypeError, ValueError)) as host:
        compile(tree, "<t>", "exec")
    with pytest.raises((TypeError, ValueError)) as ours:
        pvm.compiler.compile(CASES[index](), "<t>", "exec")
    assert type(ours.value) is type(host.value)
    assert str(ours.value) == str(host.value)


def test_good_tree_passes():
    tree = ast.parse("def f(a, *b, **c):\n    return [x for x in a if x]\nx: int = 1\n")
    pvm.compiler.compile(tree, "<t>", "exec")


def test_validator_accepts_parsed_stdlib_sample():
    import warnings
    from pvm.compiler.validate import validate
    from tests.conftest import stdlib_sample
    for path in stdlib_sample(every=60):
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            try:
                tree = ast.parse(path.read_bytes())
            except SyntaxError:
                continue
        validate(tree)
