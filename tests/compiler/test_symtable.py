"""The symbol table (pvm/compiler/symtable.py) and future statements (future.py)
against the host.

Three oracles, all from the host CPython 3.11 (tests may call its compiler):

* `_symtable.symtable()`: every scope's raw symbol flags (scope bits included),
  their order, the parameters, the children in order, names, lines, nesting;
* the `symtable` module itself, run on pvm's tables through `RawTable` (an
  adapter shaped like a host `_symtable` entry), so every classification
  (is_local, is_global, is_declared_global, is_nonlocal, is_free, is_parameter,
  is_imported, is_assigned, is_referenced, is_annotated, is_namespace, the scope
  kinds, get_parameters/get_locals/...) is computed by the host's own code;
* `compile()`: the parameters, co_cellvars, co_freevars and the co_flags bits
  of every function's code object against the scope it was compiled from; the
  whole co_varnames (the code generator appends the locals it emits to the
  table's parameters) and the same facts of pvm's own code objects; and
  SyntaxErrors (class, message, line, offset, end) for every error the symbol
  table reports.
"""
import ast
import symtable as host_symtable
import types
import sys
import warnings

import _symtable
import pytest

import pvm.compiler
from pvm.bytecode.code import (CO_FUTURE_ANNOTATIONS, CO_FUTURE_BARRY_AS_BDFL, CO_VARARGS,
                               CO_VARKEYWORDS)
from pvm.compiler.future import future_features, late_future_error, parse_future
from pvm.compiler.symtable import (
    CELL, DEF_COMP_ITER, DEF_FREE_CLASS, DEF_LOCAL, DEF_PARAM, FREE, GLOBAL_EXPLICIT,
    GLOBAL_IMPLICIT, LOCAL, SCOPE_OFFSET, USE, build_symtable, mangle,
)
from tests.conftest import FULL

TYPES = {"function": _symtable.TYPE_FUNCTION, "class": _symtable.TYPE_CLASS,
         "module": _symtable.TYPE_MODULE}
CODE_NAMES = {"listcomp": "<listcomp>", "setcomp": "<setcomp>", "dictcomp": "<dictcomp>",
              "genexpr": "<genexpr>", "lambda": "<lambda>"}
# The co_flags bits the symbol table decides (CO_NOFREE is not set by 3.11).
FLAG_MASK = 0x3FF & ~0x40
PASS_THROUGH = FREE << SCOPE_OFFSET


# ---------------------------------------------------------------------------
# Comparisons
# ---------------------------------------------------------------------------

def compare_raw(mine, host, problems, where="top"):
    """Scope against a host `_symtable` entry, recursively."""
    here = f"{where}/{mine.name}@{mine.lineno}"
    head = (mine.name, TYPES[mine.type], mine.lineno, int(mine.is_nested))
    want = (host.name, host.type, host.lineno, host.nested)
    if head != want:
        problems.append(f"{here}: scope {head} != host {want}")
        return
    if mine.symbols != host.symbols:
        diff = {k: (mine.symbols.get(k), host.symbols.get(k))
                for k in set(mine.symbols) | set(host.symbols)
                if mine.symbols.get(k) != host.symbols.get(k)}
        problems.append(f"{here}: symbols (pvm, host) {diff}")
    else:
        # CPython adds the names that only pass a free variable through in
        # hash order; every other name must come in the same order.
        ours = [k for k, v in mine.symbols.items() if v != PASS_THROUGH]
        theirs = [k for k, v in host.symbols.items() if v != PASS_THROUGH]
        if ours != theirs:
            problems.append(f"{here}: symbol order {ours} != host {theirs}")
    if mine.params != host.varnames:
        problems.append(f"{here}: params {mine.params} != host {host.varnames}")
    if len(mine.children) != len(host.children):
        problems.append(f"{here}: children {[c.name for c in mine.children]} != host "
                        f"{[c.name for c in host.children]}")
        return
    for m, h in zip(mine.children, host.children):
        compare_raw(m, h, problems, here)


class RawTable:
    """A pvm Scope in the shape of a host `_symtable` entry (what `symtable` reads)."""

    def __init__(self, scope):
        self.symbols = scope.symbols
        self.varnames = scope.params
        self.children = [RawTable(child) for child in scope.children]
        self.type = TYPES[scope.type]
        self.name = scope.name
        self.lineno = scope.lineno
        self.nested = int(scope.is_nested)
        self.id = id(scope)


SYMBOL_TESTS = ("is_referenced", "is_imported", "is_parameter", "is_global", "is_nonlocal",
                "is_declared_global", "is_local", "is_annotated", "is_free", "is_assigned",
                "is_namespace")


def describe(table):
    """Everything the host's `symtable` module says about a table, recursively."""
    idents = sorted(table.get_identifiers())
    facts = [table.get_type(), table.get_name(), table.get_lineno(), table.is_optimized(),
             table.is_nested(), table.has_children(), idents]
    for name in idents:
        symbol = table.lookup(name)
        facts.append((name, [test for test in SYMBOL_TESTS if getattr(symbol, test)()]))
    if isinstance(table, host_symtable.Function):
        facts += [table.get_parameters(), table.get_locals(), table.get_globals(),
                  table.get_nonlocals(), sorted(table.get_frees())]
    elif isinstance(table, host_symtable.Class):
        facts.append(table.get_methods())
    facts.append([describe(child) for child in table.get_children()])
    return facts


def compare_api(mine, source, filename, mode, problems, raw=None):
    """The host's symtable module on pvm's table and on the host's (`raw`, the host's
    _symtable entry when the caller has it)."""
    if raw is None:
        host = host_symtable.symtable(source, filename, mode)
    else:
        host = host_symtable._newSymbolTable(raw, filename)
    ours = host_symtable.SymbolTable(RawTable(mine), filename)
    got, want = describe(ours), describe(host)
    if got != want:
        problems.append(f"symtable module: pvm {got}\n  != host {want}")


def first_line(scope):
    """co_firstlineno: a decorated definition starts at its first decorator."""
    decorators = getattr(scope.node, "decorator_list", None)
    return decorators[0].lineno if decorators else scope.lineno


def code_facts(scope):
    return (tuple(scope.params), tuple(scope.cellvars()), tuple(scope.freevars()),
            scope.co_flags)


def host_code_facts(code):
    nparams = code.co_argcount + code.co_kwonlyargcount + \
        bool(code.co_flags & CO_VARARGS) + bool(code.co_flags & CO_VARKEYWORDS)
    return (code.co_varnames[:nparams], code.co_cellvars, code.co_freevars,
            code.co_flags & FLAG_MASK)


def compare_code(scope, code, problems, where="top"):
    """Scope against the host code object compiled from it, recursively."""
    here = f"{where}/{scope.name}@{scope.lineno}"
    if code_facts(scope) != host_code_facts(code):
        problems.append(f"{here}: (parameters, co_cellvars, co_freevars, co_flags) "
                        f"{code_facts(scope)} != host {host_code_facts(code)}")
    # Code objects and scopes meet by name and first line; several on one line
    # pair up by position, or by equal facts when positions cannot tell.
    scopes = {}
    for child in scope.children:
        anonymous = child.comprehension is not None or child.name == "lambda"
        name = CODE_NAMES[child.name] if anonymous else child.name
        scopes.setdefault((name, first_line(child)), []).append(child)
    codes = {}
    for const in code.co_consts:
        if isinstance(const, types.CodeType):
            codes.setdefault((const.co_name, const.co_firstlineno), []).append(const)
    for key, group in codes.items():
        candidates = sorted(scopes.get(key, []), key=lambda s: s.col_offset)
        if len(candidates) < len(group):
            problems.append(f"{here}: no scope for the code object {key}")
            continue
        for const in sorted(group, key=_first_column):
            compare_code(_pair(const, candidates), const, problems, here)


def _pair(code, candidates):
    """The scope among `candidates` that `code` was compiled from (and remove it).

    Positions cannot always tell apart code objects of one name on one line;
    then the first scope whose whole subtree agrees with the code wins.
    """
    pick = candidates[0]
    if len(candidates) > 1:
        for scope in candidates:
            trial = []
            compare_code(scope, code, trial)
            if not trial:
                pick = scope
                break
    candidates.remove(pick)
    return pick


def _first_column(code):
    cols = [p[2] for p in list(code.co_positions())[1:]
            if p[2] and p[0] == code.co_firstlineno]
    return min(cols) if cols else 0


def check_source(source, filename="<test>", mode="exec", api=True, tree=None, host_code=None,
                 pvm_code=None):
    """Every comparison for one program; returns the list of differences. A caller
    that has them already (the stdlib sweep) passes the tree, the host's code object
    and pvm's code object compiled from that tree, so nothing is parsed or compiled
    twice."""
    if tree is None:
        tree = ast.parse(source, filename, mode)
    problems = []
    try:
        host = _symtable.symtable(source, filename, mode)
    except SyntaxError as exc:
        host_error = exc
    else:
        host_error = None
    try:
        table = build_symtable(tree, filename)
    except SyntaxError as exc:
        if host_error is None:
            return [f"pvm raised {error_facts(exc)}, the host did not"]
        if error_facts(exc) != error_facts(host_error):
            return [f"error {error_facts(exc)} != host {error_facts(host_error)}"]
        return []
    if host_error is not None:
        return [f"the host raised {error_facts(host_error)}, pvm did not"]
    compare_raw(table.top, host, problems)
    if api:
        compare_api(table.top, source, filename, mode, problems, host)
    if host_code is None:
        try:
            host_code = compile(source, filename, mode, dont_inherit=True)
        except SyntaxError:
            return problems   # a code generator's error, not the symbol table's
    compare_code(table.top, host_code, problems)
    compare_pvm_code(tree, filename, mode, host_code, problems, pvm_code)
    return problems


def compare_pvm_code(tree, filename, mode, host_code, problems, code=None):
    """pvm's code objects against the host's, in parallel: co_varnames is the
    table's parameters followed by the locals in the code generator's order."""
    if code is None:
        try:
            code = pvm.compiler.compile_tree(tree, filename, mode)
        except SyntaxError as exc:
            problems.append(f"pvm's compile raised {error_facts(exc)}, the host's did not")
            return
    pairs = [(code, host_code)]
    while pairs:
        ours, theirs = pairs.pop()
        mine = (ours.co_varnames, ours.co_cellvars, ours.co_freevars, ours.co_flags)
        want = (theirs.co_varnames, theirs.co_cellvars, theirs.co_freevars, theirs.co_flags)
        if mine != want:
            problems.append(f"{theirs.co_qualname}: pvm's (co_varnames, co_cellvars, "
                            f"co_freevars, co_flags) {mine} != host {want}")
        nested = [c for c in ours.co_consts if hasattr(c, "co_code")]
        host_nested = [c for c in theirs.co_consts if isinstance(c, types.CodeType)]
        if len(nested) != len(host_nested):
            problems.append(f"{theirs.co_qualname}: {len(nested)} nested code objects "
                            f"!= host {len(host_nested)}")
        pairs.extend(zip(nested, host_nested))


def pvm_varnames(source, qualname, optimize=-1):
    """co_varnames of the pvm code object named `qualname` in `source`."""
    todo = [pvm.compiler.compile_tree(ast.parse(source), "<test>", "exec", optimize)]
    while todo:
        code = todo.pop()
        if code.co_qualname == qualname:
            return list(code.co_varnames)
        todo.extend(c for c in code.co_consts if hasattr(c, "co_code"))
    raise LookupError(qualname)


def error_facts(exc):
    return (type(exc).__name__, exc.msg, exc.lineno, exc.offset, exc.end_lineno,
            exc.end_offset)


# ---------------------------------------------------------------------------
# The standard library
# ---------------------------------------------------------------------------

# The standard library sweep runs check_source in tests/compiler/test_compile_stdlib.py,
# with the tree and code objects that sweep has made already.


# ---------------------------------------------------------------------------
# Each construct, against all three oracles
# ---------------------------------------------------------------------------

CONSTRUCTS = [
    # implicit and explicit globals, locals, free variables and cells
    "x = 1\ndef f():\n    return x\n",
    "def f():\n    global g\n    g = 1\n    def h():\n        return g\n",
    "def f():\n    x = 1\n    def g():\n        nonlocal x\n        x += 1\n    return g\n",
    "def f():\n    global x\n    def g():\n        return x\n",
    "def f():\n    print(x)\n    def g():\n        x = 1\n",
    "def f():\n    def g():\n        def h():\n            return x, y\n        return h\n"
    "    x = y = 1\n    return g\n",
    "def f():\n    x = 1\n    def g():\n        def h():\n            nonlocal x\n        return h\n",
    "global x\nx = 1\n",
    # parameters
    "def f(a, /, b, *args, c, d=1, **kw):\n    return a, b, args, c, d, kw\n",
    "def f(a, b=1, /, c=2, *, d, e=3):\n    pass\n",
    "def f(*, a, b=1):\n    pass\n",
    "lambda *a, **k: 0\n",
    "def f(a):\n    def g():\n        return a\n    return g\n",
    "def f(b, a, z):\n    y = x = 1\n    def g():\n        return a, b, x, y\n",
    "def f():\n    return lambda x, *y, z=1, **w: x + y + z + w\n",
    # classes: __class__, super, names invisible to methods, mangling
    "class C:\n    def f(self):\n        return __class__\n",
    "class C:\n    def f(self):\n        super().f()\n",
    "class C:\n    x = [super() for _ in ()]\n",
    "class C:\n    def f(self):\n        def g():\n            return __class__\n        return g\n",
    "class C:\n    class D:\n        def f(self):\n            super()\n",
    "class C:\n    def f(self):\n        super = 1\n        return super\n",
    "def f():\n    x = 1\n    class C:\n        x = 2\n        def g(self):\n            return x\n",
    "def f():\n    x = 1\n    class C:\n        y = x\n        x = 2\n",
    "def f():\n    x = 1\n    class C:\n        global x\n        def g(self):\n            return x\n",
    "class C:\n    x = 1\n    def f(self):\n        return x\n",
    "class C:\n    x = 1\n    y = [x for _ in range(3)]\n    z = [i for i in range(x)]\n",
    "class C:\n    __x = 1\n    def f(self, __y):\n        return self.__x, __y, __class__\n",
    "class __C:\n    __x = 1\n    __y__ = 2\n",
    "class _:\n    __x = 1\n",
    "class C(B, metaclass=M, **kw):\n    pass\n",
    "class C:\n    import __m, __p.q\n    def f(self):\n        global __g\n",
    # imports, except, with, del, annotations
    "import os, os.path as p, a.b.c\nfrom m import x as y, z\n"
    "def f():\n    import q.r\n    from . import s\n",
    "from os import *\n",
    "try:\n    pass\nexcept E as e:\n    pass\n"
    "def f():\n    try:\n        pass\n    except* E as err:\n        pass\n",
    "def f():\n    with a as (b, c), d as e:\n        pass\n",
    "def f():\n    del x\n    del y.z, w[0]\n",
    "def f():\n    x: int\n    y: int = 1\n    (z): int = 2\n    (q): int\n    a.b: int\n"
    "    c[d]: int\n",
    "x: int\ny: list = []\nclass C:\n    z: int = 1\n",
    "def f(x: int, *a: str, k: 'K' = 1, **kw: dict) -> R:\n    pass\n",
    "from __future__ import annotations\n"
    "def f(x: int, *a: str, k: 'K' = 1, **kw: dict) -> R:\n    y: T = 1\n"
    "    z: (lambda: q) = 2\n",
    "from __future__ import annotations\nx: [y for y in z] = 1\n"
    "def f(a: (lambda: b)): pass\n",
    "global x\nx: int = 1\n",
    # match patterns
    "def f(s):\n    match s:\n"
    "        case [a, *rest, {'k': v, **kw}] | [a, *rest, {'k': v, **kw}]:\n"
    "            pass\n        case P(x, y=z) as w if w:\n            pass\n"
    "        case mod.C():\n            pass\n        case _:\n            pass\n",
    "match s:\n    case {1: a, **r}:\n        pass\n    case [*_]:\n        pass\n",
    "def f():\n    match s:\n        case (a, m.X):\n            pass\n    m = 1\n",
    "def f(s):\n    match s:\n        case (a, b) | (b, a):\n            pass\n",
    # comprehensions
    "def f(s):\n    return [x for x in s], {x for x in s}, {k: v for k, v in s}, "
    "(x for x in s)\n",
    "def f(s):\n    return [[y for y in x] for x in s if x for z in x]\n",
    "def f(s):\n    return [a for a, *b in s], [c for d.e in s], [g for h[i] in s]\n",
    "def f(s):\n    return (x for x in (y for y in s))\n",
    "async def f(s):\n    return [x async for x in s], [await x for x in s], "
    "(x async for x in s)\n",
    "async def f(s):\n    return [[x async for x in y] for y in s]\n",
    "async def f(s):\n    return [[await x for x in y] for y in s]\n",
    "def f(s):\n    return [(x async for x in y) for y in s]\n",
    # walrus
    "def f(s):\n    return [(y := x) for x in s], y\n",
    "[(y := x) for x in s]\n",
    "def f(s):\n    global y\n    return [(y := x) for x in s]\n",
    "def f(s):\n    return [[(z := y) for y in x] for x in s]\n",
    "def f():\n    y = 1\n    def g():\n        global y\n        [(y := x) for x in s]\n",
    "def f():\n    if (n := 10) > 5:\n        return n\n",
    "class C:\n    if (n := 1):\n        pass\n",
    "def f():\n    return lambda: (x := 1)\n",
    "def f():\n    [x for x in range(3) if (y := x)]\n    return y\n",
    "def f(s):\n    return [[(j := i) for i in s] for k in s]\n",
    # generators and coroutines
    "def f():\n    return (yield), (yield from g())\n",
    "async def f():\n    yield 1\n",
    "async def f():\n    await g()\n",
    "lambda: (yield)\n",
    # children in the order they are entered
    "def f(a=lambda: 1, *, b=lambda: 2):\n    pass\n",
    "@d1(lambda: 1)\n@d2\ndef f(x=(lambda: 2)) -> (lambda: 3):\n    pass\n",
    # co_varnames in the code generator's order
    "def f():\n    while 1:\n        a = b\n        b = 1\n",
    "def f():\n    d = {a: b, c: e}\n    a = b = c = e = 1\n",
    "def f():\n    try:\n        if x:\n            return\n        r = 1\n    finally:\n"
    "        print(s)\n    s = x = 1\n",
    "def f():\n    for i in x:\n        try:\n            break\n        finally:\n"
    "            u = 1\n    v = x = 1\n",
    "def f():\n    while a:\n        try:\n            continue\n        finally:\n"
    "            for z in q:\n                break\n    a = q = 1\n",
    "def f():\n    try:\n        try:\n            return r\n        finally:\n            x = 1\n"
    "    finally:\n        y = 1\n    r = 1\n",
    "def f():\n    try:\n        pass\n    except E as e:\n        return e\n    finally:\n"
    "        g = 1\n",
    "def f():\n    @d(a)\n    def g(p=b) -> c:\n        pass\n    a = b = c = d = 1\n",
    "def f():\n    @d\n    class C(b, k=c):\n        pass\n    b = c = d = 1\n",
    "def f():\n    return\n    x = 1\n",
    "def f():\n    assert a, (b := 1)\n    a = 1\n",
    "def f():\n    try:\n        pass\n    except* E as e:\n        x = 1\n    else:\n        y = 1\n",
    "def f():\n    x = [a for a in b]\n    b = 1\n",
    "def f():\n    a[i], b.c = d = e\n    i = e = 1\n",
    "def f():\n    k(p, *q, r=s, **t)\n    p = q = s = t = k = 1\n",
    "def f():\n    x += y\n    y = 1\n",
    "def f():\n    print(f'{a!r:{b}}')\n    a = b = 1\n",
    "def f():\n    x = y if z else w\n    y = z = w = 1\n",
    "def f():\n    with a() as b:\n        return\n    a = 1\n",
    "def f():\n    del a\n    a = 1\n",
    "def f():\n    __debug__\n",
    "def f():\n    for x in y:\n        pass\n    y = 1\n",
    "def f():\n    x[a:b:c] = 1\n    a = b = c = 1\n",
]


@pytest.mark.parametrize("source", CONSTRUCTS)
def test_construct(source):
    assert check_source(source) == []


@pytest.mark.parametrize("source, mode", [
    ("lambda x: [y for y in x]", "eval"),
    ("(x for x in y)", "eval"),
    ("x = 1\n", "single"),
    ("def f():\n    return x\n", "single"),
])
def test_other_modes(source, mode):
    assert check_source(source, mode=mode) == []


# ---------------------------------------------------------------------------
# Errors: the same SyntaxError as the host's compile()
# ---------------------------------------------------------------------------

ERRORS = [
    "def f():\n    print(x)\n    global x\n",
    "def f():\n    x = 1\n    global x\n",
    "x = 1\nglobal x\n",
    "def f(x):\n    global x\n",
    "def g():\n    x = 1\n    def f(x):\n        nonlocal x\n",
    "def g():\n    x = 1\n    def f():\n        print(x)\n        nonlocal x\n",
    "def g():\n    x = 1\n    def f():\n        x = 2\n        nonlocal x\n",
    "nonlocal x\n",
    "x = 1; nonlocal x\n",
    "def f():\n    nonlocal x\n",
    "class C:\n    nonlocal x\n",
    "def f():\n    global x\n    nonlocal x\n",
    "def f():\n    x = 1\n    def g():\n        global x\n        nonlocal x\n",
    "class C:\n    def f(self):\n        nonlocal __x\n",
    "def f(x, x):\n    pass\n",
    "def f(a, *, a):\n    pass\n",
    "def f(*a, **a): pass\n",
    "lambda x, x: 0\n",
    "def f(x, /, x): pass\n",
    "class C:\n    def f(__a, _C__a): pass\n",
    "def f():\n    from os import *\n",
    "class C:\n    from os import *\n",
    "class C:\n    [(y := 1) for x in s]\n",
    "class C:\n    [[(y := 1) for x in s] for z in t]\n",
    "[(x := 1) for x in s]\n",
    "[[(x := 1) for y in s] for x in t]\n",
    "[x for x in (y := s)]\n",
    "[x for y in s for x in (z := y)]\n",
    "[x for x in (lambda: (y := 1))()]\n",
    "[x for x in [(y := 1) for z in s]]\n",
    "[i for i in range(5) if (j := 0) for j in range(5)]\n",
    "def f():\n    global x\n    [(x := 1) for x in s]\n",
    "def f():\n    [(yield x) for x in s]\n",
    "def f():\n    {(yield) for x in s}\n",
    "def f():\n    {(yield): 1 for x in s}\n",
    "def f():\n    ((yield) for x in s)\n",
    "def f():\n    [(yield from x) for x in s]\n",
    "def f():\n    x: int\n    global x\n",
    "def f():\n    global x\n    x: int\n",
    "def f():\n    x = 1\n    def g():\n        nonlocal x\n        x: int\n",
    "def f():\n    x = 1\n    def g():\n        x: int\n        nonlocal x\n",
    "def f():\n    [(y := 1) for x in s]\n    nonlocal y\n",
    "from __future__ import annotations\ndef f(x: (yield)): pass\n",
    "from __future__ import annotations\ndef f() -> (yield): pass\n",
    "from __future__ import annotations\nasync def f(x: (await y)): pass\n",
    "from __future__ import annotations\ndef f(x: (y := 1)): pass\n",
    "from __future__ import annotations\nx: (yield) = 1\n",
    "from __future__ import annotations\nclass C:\n    x: [(y := 1) for z in s]\n",
    "x = 'ééé'; nonlocal x\n",
    "from __future__ import braces\n",
    "from __future__ import nope\n",
    "from __future__ import annotations, braces\n",
    "import os; from __future__ import annotations\n",
    "'doc'; from __future__ import annotations; import os; from __future__ import division\n",
]


@pytest.mark.parametrize("source", ERRORS)
def test_error(source):
    with pytest.raises(SyntaxError) as host:
        compile(source, "<test>", "exec", dont_inherit=True)
    with pytest.raises(SyntaxError) as ours:
        build_symtable(ast.parse(source), "<test>")
    assert error_facts(ours.value) == error_facts(host.value)
    assert ours.value.filename == "<test>"


def test_errors_come_from_the_symbol_table():
    """Each error above is one the host's symbol table (or future.c) reports."""
    for source in ERRORS:
        with pytest.raises(SyntaxError):
            _symtable.symtable(source, "<test>", "exec")


def deep_sum(depth):
    """`x = 1+1+...+1` nested `depth` levels, built by hand (the host's
    ast.parse stops near 3000 levels itself)."""
    expr = ast.Constant(1, lineno=1, col_offset=4, end_lineno=1, end_col_offset=5)
    for _ in range(depth):
        expr = ast.BinOp(expr, ast.Add(), ast.Constant(1), lineno=1, col_offset=4,
                         end_lineno=1, end_col_offset=5)
    target = ast.Name("x", ast.Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)
    return ast.Module([ast.Assign([target], expr, lineno=1, col_offset=0, end_lineno=1,
                                  end_col_offset=5)], [])


def test_deep_nesting():
    # Both limits scale with the recursion limit, which other tests in the same process
    # may have raised (importing pvm's VM does): measure both at the default.
    saved = sys.getrecursionlimit()
    sys.setrecursionlimit(1000)
    try:
        check_deep_nesting()
    finally:
        sys.setrecursionlimit(saved)


def check_deep_nesting():
    build_symtable(deep_sum(2500), "<test>")
    with pytest.raises(RecursionError) as host:
        compile("x = " + "1+" * 3500 + "1", "<test>", "exec")
    with pytest.raises(RecursionError) as ours:
        build_symtable(deep_sum(3500), "<test>")
    assert str(ours.value) == str(host.value)


# ---------------------------------------------------------------------------
# The API the code generator reads
# ---------------------------------------------------------------------------

def test_scope_for_every_scope_node():
    source = ("class C:\n    def m(self):\n        return [x for x in {y for y in ()}]\n"
              "async def g():\n    return ({k: v for k, v in ()}, (z for z in ()), "
              "lambda: 0)\n")
    tree = ast.parse(source)
    table = build_symtable(tree, "<test>")
    assert table.scope_for(tree) is table.top
    seen = {}
    for node in ast.walk(tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef, ast.Lambda,
                             ast.ListComp, ast.SetComp, ast.DictComp, ast.GeneratorExp)):
            scope = table.scope_for(node)
            assert scope.node is node
            seen[type(node).__name__] = scope
    assert seen["ClassDef"].type == "class"
    assert seen["AsyncFunctionDef"].is_coroutine
    assert seen["GeneratorExp"].is_generator and seen["GeneratorExp"].is_comprehension
    assert seen["ListComp"].comprehension == "list comprehension"
    assert seen["ListComp"].params == [".0"] and seen["ListComp"].argcount == 1
    assert seen["Lambda"].name == "lambda"
    with pytest.raises(KeyError):
        table.scope_for(tree.body[0].body[0].body[0])


def test_scopes_and_flags():
    source = ("def f(a, *b, c, **d):\n    e = 1\n    class C:\n        def m(self):\n"
              "            return super(), e\n    return C\n")
    table = build_symtable(ast.parse(source), "<test>")
    f = table.top.children[0]
    cls = f.children[0]
    method = cls.children[0]
    assert (f.argcount, f.posonlyargcount, f.kwonlyargcount) == (1, 0, 1)
    assert f.has_varargs and f.has_varkeywords
    assert f.params == ["a", "c", "b", "d"]
    assert pvm_varnames(source, "f") == ["a", "c", "b", "d", "C"]
    assert f.scope_of("e") == CELL and f.cellvars() == ["e"]
    assert f.flags_of("a") & DEF_PARAM
    assert cls.needs_class_closure and cls.cellvars() == ["__class__"]
    assert cls.freevars() == ["e"] and cls.scope_of("e") == FREE
    assert method.freevars() == ["__class__", "e"]
    assert method.scope_of("super") == GLOBAL_IMPLICIT and method.is_nested
    assert table.top.scope_of("f") == LOCAL
    assert table.top.scope_of("nothing") == 0


def test_free_class_flag():
    source = "def f():\n    x = 1\n    class C:\n        x = 2\n        def g(self):\n" \
             "            return x\n"
    cls = build_symtable(ast.parse(source), "<test>").top.children[0].children[0]
    assert cls.flags_of("x") & DEF_FREE_CLASS and cls.scope_of("x") == LOCAL
    assert cls.freevars() == ["x"]


def test_global_statement_reaches_the_module():
    table = build_symtable(ast.parse("def f():\n    global g\n"), "<test>")
    assert table.top.scope_of("g") == GLOBAL_EXPLICIT
    assert table.top.children[0].scope_of("g") == GLOBAL_EXPLICIT


def test_comprehension_iteration_variables():
    table = build_symtable(ast.parse("[x for x in y]\n"), "<test>")
    comp = table.top.children[0]
    assert comp.flags_of("x") & DEF_COMP_ITER and comp.flags_of("x") & DEF_LOCAL
    assert table.top.flags_of("y") & USE


def test_mangle():
    assert mangle("C", "__x") == "_C__x"
    assert mangle("_C", "__x") == "_C__x"
    assert mangle("__", "__x") == "__x"
    assert mangle("C", "__x__") == "__x__"
    assert mangle("C", "__a.b") == "__a.b"
    assert mangle("C", "_x") == "_x"
    assert mangle(None, "__x") == "__x"
    table = build_symtable(ast.parse("class C:\n    def m(self):\n        __v = 1\n"), "<test>")
    method = table.top.children[0].children[0]
    assert method.private == "C" and method.params == ["self"]
    assert pvm_varnames("class C:\n    def m(self):\n        __v = 1\n", "C.m") == \
        ["self", "_C__v"]


def test_varnames_with_optimize():
    source = "def f():\n    assert a, (b := 1)\n    c = 1\n"
    code = compile(source, "<test>", "exec", optimize=1)
    f_code = next(c for c in code.co_consts if isinstance(c, types.CodeType))
    assert pvm_varnames(source, "f", optimize=1) == list(f_code.co_varnames) == ["c"]


def test_future_flags_argument():
    """compile()'s inherited flags turn on lazy annotations like the import does."""
    source = "def f(x: int) -> y:\n    pass\n"
    plain = build_symtable(ast.parse(source), "<test>")
    assert "int" in plain.top.symbols
    lazy = build_symtable(ast.parse(source), "<test>", future_flags=CO_FUTURE_ANNOTATIONS)
    assert "int" not in lazy.top.symbols and lazy.future_flags & CO_FUTURE_ANNOTATIONS


# ---------------------------------------------------------------------------
# future.py
# ---------------------------------------------------------------------------

@pytest.mark.parametrize("source, flags", [
    ("x = 1\n", 0),
    ("from __future__ import annotations\n", CO_FUTURE_ANNOTATIONS),
    ("'doc'\nfrom __future__ import (division,\n    annotations)\n", CO_FUTURE_ANNOTATIONS),
    ("from __future__ import barry_as_FLUFL, generator_stop\n", CO_FUTURE_BARRY_AS_BDFL),
    ("from __future__ import annotations as a\n", CO_FUTURE_ANNOTATIONS),
    ("import os\nfrom __future__ import annotations\n", 0),
])
def test_future_features(source, flags):
    assert future_features(ast.parse(source), "<test>") == flags
    if "import os" not in source:
        code = compile(source, "<test>", "exec", dont_inherit=True)
        assert code.co_flags & (CO_FUTURE_ANNOTATIONS | CO_FUTURE_BARRY_AS_BDFL) == flags


@pytest.mark.parametrize("source", [
    "import os\nfrom __future__ import annotations\n",
    "'doc'\n'doc2'\nfrom __future__ import annotations\n",
    "from __future__ import division\nif 1:\n    from __future__ import braces\n",
    "from __future__ import division\nx = 1\nfrom __future__ import annotations\n",
])
def test_late_future_is_the_code_generators(source):
    """Late future statements on later lines: future.c lets them through and
    compile.c's compiler_from_import rejects them (late_future_error)."""
    tree = ast.parse(source)
    with pytest.raises(SyntaxError) as host:
        compile(source, "<test>", "exec", dont_inherit=True)
    future = parse_future(tree, "<test>")
    errors = [late_future_error(node, future.lineno, "<test>") for node in ast.walk(tree)
              if isinstance(node, ast.stmt)]
    first = next(error for error in errors if error is not None)
    assert error_facts(first) == error_facts(host.value)
    assert late_future_error(tree.body[-1], 10**6, "<test>") is None


# ---------------------------------------------------------------------------
# Random programs full of scoping constructs, against the host
# ---------------------------------------------------------------------------

class ScopeFuzzer:
    """Random programs built from the constructs that decide scopes.

    Most of them are wrong somewhere (a global after a use, a walrus in a
    class's comprehension, ...), which tests the errors; the rest test the
    tables and the code objects. Names are few so that they collide.
    """

    NAMES = ["a", "b", "c", "__p", "super", "__class__"]

    def __init__(self, rng):
        self.rng = rng

    def name(self):
        return self.rng.choice(self.NAMES)

    def expr(self, depth=0):
        rng, n, e = self.rng, self.name, self.expr
        if depth > 2:
            return rng.choice([n(), "1"])
        kind = rng.randrange(12)
        if kind in (4, 5, 9) and rng.random() < 0.8:
            kind = 11   # yield, await and async comprehensions: mostly errors
        d = depth + 1
        return [
            lambda: f"({n()} := {e(d)})",
            lambda: f"[{e(d)} for {n()} in {e(d)} if {e(d)}]",
            lambda: f"(lambda {n()}: {e(d)})",
            lambda: "super()",
            lambda: f"(yield {e(d)})",
            lambda: f"(await {e(d)})",
            lambda: f"{e(d)} + {e(d)}",
            lambda: f"{{{e(d)}: {e(d)}}}",
            lambda: f"({e(d)} for {n()} in {e(d)} for {n()} in {e(d)})",
            lambda: f"[{e(d)} async for {n()} in {e(d)}]",
            lambda: n(),
            lambda: n(),
        ][kind]()

    def body(self, indent, depth):
        return "".join(self.stmt(indent, depth) for _ in range(self.rng.randint(1, 4)))

    def stmt(self, indent, depth):
        rng, n, e = self.rng, self.name, self.expr
        p = " " * indent
        kind = rng.randrange(19 if depth < 3 else 11)
        if kind in (2, 3, 4) and rng.random() < 0.7:
            kind = 0
        inner = (lambda: self.body(indent + 4, depth + 1))
        if kind in (14, 15):
            params = ", ".join(dict.fromkeys(n() for _ in range(rng.randint(0, 2))))
            return f"{p}{rng.choice(['def', 'async def'])} {n()}({params}):\n{inner()}"
        return [
            lambda: f"{p}{n()} = {e()}\n",
            lambda: f"{p}{n()} += {e()}\n",
            lambda: f"{p}del {n()}\n",
            lambda: f"{p}global {n()}\n",
            lambda: f"{p}nonlocal {n()}\n",
            lambda: f"{p}{n()}: {e()}\n",
            lambda: f"{p}{n()}: {e()} = {e()}\n",
            lambda: f"{p}return {e()}\n",
            lambda: f"{p}{e()}\n",
            lambda: f"{p}import {n()}\n",
            lambda: f"{p}from m import {n()} as {n()}\n",
            lambda: f"{p}for {n()} in {e()}:\n{inner()}",
            lambda: f"{p}with {e()} as {n()}:\n{inner()}",
            lambda: (f"{p}try:\n{inner()}{p}except {e()} as {n()}:\n{inner()}"
                     f"{p}finally:\n{inner()}"),
            None,
            None,
            lambda: f"{p}class {n()}:\n{inner()}",
            lambda: f"{p}if {e()}:\n{inner()}",
            lambda: (f"{p}match {e()}:\n{p}    case [{n()}, *{n()}] | [{n()}, *{n()}]:\n"
                     f"{self.body(indent + 8, depth + 1)}"
                     f"{p}    case {{1: {n()}, **{n()}}}:\n{self.body(indent + 8, depth + 1)}"),
        ][kind]()

    def program(self):
        future = "from __future__ import annotations\n" if self.rng.random() < 0.2 else ""
        return future + self.body(0, 0)


@pytest.mark.parametrize("seed", range(20 if FULL else 4))
def test_random_programs(seed):
    import random
    fuzzer = ScopeFuzzer(random.Random(seed))
    failures = []
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for _ in range(1000 if FULL else 400):
            source = fuzzer.program()
            try:
                ast.parse(source)
            except SyntaxError:
                continue
            problems = check_source(source, api=False)
            if problems:
                failures.append(source + "\n".join(problems[:3]))
    assert not failures, f"{len(failures)} programs differ; the first:\n{failures[0]}"
