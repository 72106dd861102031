"""The AST validator: checks a tree handed to compile() by a program.

Compiler stage, run only on trees that did not come from pvm's parser (CPython's
obj2ast conversion and `_PyAST_Validate` in Python/ast.c). Consumes a tree of host
`ast` nodes; raises what CPython raises for the common faults, else returns None:

* TypeError for a missing required field or position ("required field "lineno"
  missing from stmt"), a field of the wrong node kind, or a constant of a type
  that cannot be a constant;
* ValueError for a wrong expression context ("expression must have Load context
  but has Store instead"), an empty body, names None/True/False, and the other
  shape rules of ast.c (BoolOp with less than 2 values, Compare with no
  comparators, Dict keys/values mismatch, Try without handlers or finally, ...).
"""

import ast

_CONSTANT_TYPES = (type(None), bool, int, float, complex, str, bytes, type(Ellipsis))
_CTX_NAME = {ast.Load: "Load", ast.Store: "Store", ast.Del: "Del"}
_NEEDS_BODY = {ast.FunctionDef: "FunctionDef", ast.AsyncFunctionDef: "AsyncFunctionDef",
               ast.ClassDef: "ClassDef", ast.For: "For", ast.AsyncFor: "AsyncFor",
               ast.While: "While", ast.If: "If", ast.With: "With",
               ast.AsyncWith: "AsyncWith", ast.Try: "Try", ast.TryStar: "TryStar"}
_POSITIONED = (ast.stmt, ast.expr, ast.excepthandler, ast.arg, ast.keyword, ast.pattern)
_BASES = ((ast.stmt, "stmt"), (ast.expr, "expr"), (ast.excepthandler, "excepthandler"),
          (ast.arg, "arg"), (ast.keyword, "keyword"), (ast.pattern, "pattern"),
          (ast.alias, "alias"))


def _base_name(node):
    for base, name in _BASES:
        if isinstance(node, base):
            return name
    return type(node).__name__


def _check_positions(node):
    if isinstance(node, _POSITIONED) or isinstance(node, ast.alias):
        for attr in ("lineno", "col_offset"):
            if getattr(node, attr, None) is None:
                if isinstance(node, ast.alias):
                    continue
                raise TypeError(f'required field "{attr}" missing from {_base_name(node)}')


def _check_constant(value):
    if isinstance(value, (tuple, frozenset)):
        for item in value:
            _check_constant(item)
        return
    if not isinstance(value, _CONSTANT_TYPES):
        raise TypeError(f"got an invalid type in Constant: {type(value).__name__}")


def _check_ctx(node, expected):
    ctx = getattr(node, "ctx", None)
    if ctx is None:
        return
    actual = type(ctx)
    if actual is not expected:
        raise ValueError(f"expression must have {_CTX_NAME[expected]} context but has "
                         f"{_CTX_NAME.get(actual, actual.__name__)} instead")


def _expr(node, ctx=ast.Load):
    if not isinstance(node, ast.expr):
        raise TypeError(f"expected some sort of expr, but got {node!r}")
    _check_positions(node)
    kind = type(node)
    if kind in (ast.Name, ast.Attribute, ast.Subscript, ast.Starred, ast.List, ast.Tuple):
        _check_ctx(node, ctx)
    if kind is ast.Name:
        if node.id in ("None", "True", "False"):
            raise ValueError(f"identifier field can't represent '{node.id}' constant")
        return
    if kind is ast.Constant:
        _check_constant(node.value)
        return
    if kind is ast.BoolOp and len(node.values) < 2:
        raise ValueError("BoolOp with less than 2 values")
    if kind is ast.Compare:
        if not node.comparators:
            raise ValueError("Compare with no comparators")
        if len(node.comparators) != len(node.ops):
            raise ValueError("Compare has a different number of comparators and operands")
    if kind is ast.Dict and len(node.keys) != len(node.values):
        raise ValueError("Dict doesn't have the same number of keys as values")
    if kind in (ast.ListComp, ast.SetComp, ast.DictComp, ast.GeneratorExp) and \
            not node.generators:
        raise ValueError("comprehension with no generators")
    if kind is ast.NamedExpr:
        _expr(node.target, ast.Store)
        _expr(node.value)
        return
    inner = ctx if kind in (ast.List, ast.Tuple, ast.Starred) else ast.Load
    for name, value in ast.iter_fields(node):
        if name == "ctx":
            continue
        _field(value, inner if name in ("elts", "value") and kind in
               (ast.List, ast.Tuple, ast.Starred) else ast.Load)


def _field(value, ctx):
    if isinstance(value, list):
        for item in value:
            _field(item, ctx)
    elif isinstance(value, ast.expr):
        _expr(value, ctx)
    elif isinstance(value, ast.stmt):
        _stmt(value)
    elif isinstance(value, ast.AST):
        _other(value)


def _other(node):
    _check_positions(node)
    if type(node) is ast.comprehension:
        _expr(node.target, ast.Store)
        _expr(node.iter)
        _field(node.ifs, ast.Load)
        return
    for _name, value in ast.iter_fields(node):
        _field(value, ast.Load)


def _targets(targets, ctx):
    for target in targets:
        _expr(target, ctx)


def _stmt(node):
    if not isinstance(node, ast.stmt):
        raise TypeError(f"expected some sort of stmt, but got {node!r}")
    _check_positions(node)
    kind = type(node)
    name = _NEEDS_BODY.get(kind)
    if name is not None and not node.body:
        raise ValueError(f"empty body on {name}")
    if kind is ast.Assign:
        if not node.targets:
            raise ValueError("empty targets on Assign")
        _targets(node.targets, ast.Store)
        _expr(node.value)
        return
    if kind is ast.Delete:
        if not node.targets:
            raise ValueError("empty targets on Delete")
        _targets(node.targets, ast.Del)
        return
    if kind in (ast.AugAssign, ast.AnnAssign):
        if kind is ast.AnnAssign and node.simple and not isinstance(node.target, ast.Name):
            raise TypeError("AnnAssign with simple non-Name target")
        _expr(node.target, ast.Store)
        for part in (node.value, getattr(node, "annotation", None)):
            if part is not None:
                _expr(part)
        return
    if kind in (ast.For, ast.AsyncFor):
        _expr(node.target, ast.Store)
        _expr(node.iter)
        _field(node.body, ast.Load)
        _field(node.orelse, ast.Load)
        return
    if kind in (ast.With, ast.AsyncWith):
        if not node.items:
            raise ValueError(f"empty items on {kind.__name__}")
        for item in node.items:
            _expr(item.context_expr)
            if item.optional_vars is not None:
                _expr(item.optional_vars, ast.Store)
        _field(node.body, ast.Load)
        return
    if kind is ast.Raise and node.exc is None and node.cause is not None:
        raise ValueError("Raise with cause but no exception")
    if kind in (ast.Try, ast.TryStar):
        if not node.handlers and not node.finalbody:
            raise ValueError(f"{kind.__name__} has neither except handlers nor finalbody")
        if not node.handlers and node.orelse:
            raise ValueError(f"{kind.__name__} has orelse but no except handlers")
    if kind in (ast.Import, ast.Global, ast.Nonlocal) and not node.names:
        raise ValueError(f"empty names on {kind.__name__}")
    if kind is ast.ImportFrom and node.level is not None and node.level < 0:
        raise ValueError("Negative ImportFrom level")
    if kind is ast.Match and not node.cases:
        raise ValueError("empty cases on Match")
    for _name, value in ast.iter_fields(node):
        _field(value, ast.Load)


def validate(tree):
    """Raise TypeError/ValueError for a malformed module, expression or interactive tree."""
    if isinstance(tree, (ast.Module, ast.Interactive)):
        for stmt in tree.body:
            _stmt(stmt)
    elif isinstance(tree, ast.Expression):
        _expr(tree.body)
    elif isinstance(tree, ast.FunctionType):
        for arg in tree.argtypes:
            _expr(arg)
        _expr(tree.returns)
    else:
        raise TypeError(f"expected Module node, got {type(tree).__name__}")
