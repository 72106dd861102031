"""Code generation, construct by construct: every snippet compiles, verifies, and has
the structure the host gives it (names, qualnames, flags, locals, cells, nesting)."""
import pytest

from pvm.bytecode import opcodes as op
from pvm.bytecode.dis import get_instructions
from tests.compiler.support import check_like_host, opnames, pvm_compile, all_code

SNIPPETS = {
    "assign": "x = 1\ny = x + 2\na = b = c\na, b = b, a\na, *b, c = d\n[a, (b, c)] = e\n",
    "augassign": "x += 1\nx.y -= 2\nx[y] *= 3\nx[1:2] //= 4\n",
    "annassign": "x: int = 1\ny: list\nx.a: int = 3\nx[0]: int\nclass C:\n    z: int = 2\n",
    "delete": "del x, y.z, w[0], w[1:2]\n",
    "if": "if a:\n    b\nelif c:\n    d\nelse:\n    e\n",
    "while": "while a:\n    if b: break\n    if c: continue\nelse:\n    d\n",
    "for": "for i in range(3):\n    if i: break\n    continue\nelse:\n    x\n",
    "boolop": "x = a and b or c and not d\nif a and (b or c): pass\n",
    "compare": "x = a < b < c\ny = a in b\nz = a is not b\nif a < b < c: pass\n",
    "ifexp": "x = a if b else c\n",
    "walrus": "if (n := len(a)) > 10: print(n)\n",
    "calls": ("f()\nf(a, b)\nf(a, k=1)\nf(*a)\nf(*a, *b, c)\nf(**k)\nf(a, *b, k=1, **m)\n"
              "o.m(1)\no.m(k=1)\no.m(*a)\n"),
    "displays": ("x = [1, 2, 3]\ny = {1, 2, 3}\nz = {'a': 1, 'b': 2}\nw = {**a, 'b': 1}\n"
                 "t = (1, 2)\nu = [*a, 1]\nv = {*a, 1}\nq = (*a, b)\n"),
    "fstrings": "x = f'{a}'\ny = f'{a!r:>{w}} and {b!s} {c!a}'\nz = f''\n",
    "slices": "x = a[1:2]\ny = a[::2]\nz = a[1:2, 3]\na[1:2] = b\n",
    "functions": ("def f(a, /, b, c=1, *args, d, e=2, **kw):\n    return a\n"
                  "async def g(x):\n    await x\n"
                  "def h():\n    yield 1\n    yield from x\n"
                  "async def ag():\n    yield 1\n"),
    "annotations": "def f(a: int, *b: str, c: 'x' = 1, **d: float) -> None: pass\n",
    "decorators": "@d1\n@d2(x)\ndef f(): pass\n@d\nclass C: pass\n",
    "lambda": "f = lambda a, b=1, *c, d, **e: a + b\ng = lambda: (yield)\n",
    "closures": ("def f():\n    x = 1\n    def g():\n        nonlocal x\n        x += 1\n"
                 "        return x\n    return g\n"),
    "arg_cells": "def f(a, b):\n    def g():\n        return a\n    return g\n",
    "class": ("class C(B, metaclass=M):\n    '''doc'''\n    x = 1\n    def m(self):\n"
              "        return super().m()\n    def n(self):\n        return __class__\n"),
    "class_free": "def f():\n    x = 1\n    class C:\n        y = x\n        def m(self): return x\n",
    "nested_qualnames": ("def f():\n    def g():\n        class C:\n            def m(self):\n"
                         "                return lambda: 0\n        return C\n"),
    "global_qualname": "def f():\n    global g\n    def g(): pass\n",
    "private": "class C:\n    __x = 1\n    def __m(self, __a):\n        return self.__x\n",
    "comprehensions": ("a = [x for x in y if x]\nb = {x for x in y}\nc = {k: v for k, v in y}\n"
                       "d = (x for x in y)\ne = [x + z for x in y for z in x]\n"
                       "f = [z for x in y for z in [x]]\n"),
    "comp_in_function": "def f(y):\n    return [lambda: x for x in y]\n",
    "async_comprehensions": ("async def f():\n    a = [x async for x in y]\n"
                             "    b = [await x for x in y]\n    c = (x async for x in y)\n"),
    "try_except": ("try:\n    a\nexcept E as e:\n    b\nexcept (F, G):\n    c\nexcept:\n    d\n"
                   "else:\n    f\n"),
    "try_finally": "try:\n    a\nfinally:\n    b\n",
    "try_all": "try:\n    a\nexcept E:\n    b\nelse:\n    c\nfinally:\n    d\n",
    "try_star": "try:\n    a\nexcept* E as e:\n    b\nexcept* F:\n    c\n",
    "return_in_finally": ("def f():\n    for x in y:\n        try:\n            return x\n"
                          "        finally:\n            continue\n"),
    "break_in_try": ("for x in y:\n    try:\n        break\n    except E:\n        continue\n"
                     "    finally:\n        pass\n"),
    "with": "with a as b, c as (d, e):\n    f\nwith g:\n    pass\n",
    "with_return": "def f():\n    with a:\n        return 1\n",
    "async_with_for": ("async def f():\n    async with a as b:\n        async for x in y:\n"
                       "            break\n        else:\n            pass\n"),
    "imports": ("import a\nimport a.b.c\nimport a.b as c\nfrom a import b, c as d\n"
                "from . import x\nfrom ..y import *\n"),
    "raise_assert": "raise\nraise E\nraise E from F\nassert x\nassert x, 'msg'\n",
    "global_nonlocal": "def f():\n    global g\n    g = 1\n    del g\n",
    "match_basic": ("match x:\n    case 1:\n        pass\n    case 'a' | 'b':\n        pass\n"
                    "    case None:\n        pass\n    case [a, b, *rest]:\n        pass\n"
                    "    case {'k': v, **kw}:\n        pass\n    case Point(x=0, y=yy):\n"
                    "        pass\n    case (p, q) | [q, p]:\n        pass\n"
                    "    case str() as s if s:\n        pass\n    case _:\n        pass\n"),
    "match_in_function": ("def f(x):\n    match x:\n        case [a, *_, b]:\n            return a\n"
                          "        case {**rest}:\n            return rest\n"),
    "generators": "def g():\n    x = yield\n    y = yield from z\n    return x\n",
    "unbound_locals": ("def f(a):\n    if a:\n        x = 1\n    print(x)\n    del x\n"
                       "    try:\n        y = 1\n    except E:\n        pass\n    return y\n"),
    "except_name_cleanup": "def f():\n    try:\n        pass\n    except E as e:\n        return e\n",
    "star_unpack_big": "x = [" + ", ".join(f"a{i}" for i in range(40)) + "]\n",
    "dict_big": "x = {" + ", ".join(f"k{i}: v{i}" for i in range(40)) + "}\n",
    "call_big": "f(" + ", ".join(f"a{i}" for i in range(40)) + ")\n",
    "extended_arg": "x = [" + ", ".join(f"'s{i}'" for i in range(300)) + "]\n" +
                    "".join(f"v{i} = {i}\n" for i in range(300)) + "while v1:\n    pass\n",
    "docstrings": '"""module doc"""\ndef f():\n    "doc"\n    return 1\n',
    "debug": "if __debug__:\n    x\nassert y\n",
    "future_annotations": "from __future__ import annotations\ndef f(a: int) -> str: pass\n",
}


@pytest.mark.parametrize("name", sorted(SNIPPETS))
def test_snippet_compiles_like_host(name):
    check_like_host(SNIPPETS[name])


@pytest.mark.parametrize("name", ["debug", "raise_assert", "docstrings"])
@pytest.mark.parametrize("optimize", [1, 2])
def test_optimized_snippets(name, optimize):
    check_like_host(SNIPPETS[name], optimize=optimize)


@pytest.mark.parametrize("mode,source", [("eval", "a + b * c"), ("single", "x = 1"),
                                         ("single", "1 + 1"), ("eval", "[x for x in y]")])
def test_modes(mode, source):
    check_like_host(source, mode=mode)


def test_single_mode_prints_expressions():
    assert "PRINT_EXPR" in opnames(pvm_compile("1 + x", mode="single"))


def test_load_fast_only_where_bound():
    code = pvm_compile(SNIPPETS["unbound_locals"]).co_consts[0]
    loads = [(i.opname, i.argval) for i in get_instructions(code)
             if i.opname.startswith("LOAD_FAST")]
    assert ("LOAD_FAST", "a") in loads
    assert ("LOAD_FAST_CHECK", "x") in loads
    assert ("LOAD_FAST_CHECK", "y") in loads


def test_method_calls_use_load_method_only_when_plain():
    names = opnames(pvm_compile("o.m(1)\n"))
    assert "LOAD_METHOD" in names and "CALL_METHOD" in names
    for source in ("o.m(k=1)\n", "o.m(*a)\n"):
        assert "LOAD_METHOD" not in opnames(pvm_compile(source))


def test_jumps_are_absolute_and_extended():
    code = pvm_compile(SNIPPETS["extended_arg"])
    instrs = get_instructions(code)
    assert any(i.opname == "EXTENDED_ARG" for i in instrs)
    starts = {i.offset for i in instrs}
    for instr in instrs:
        if instr.opcode in op.JUMP_OPS:
            assert instr.argval in starts


def test_generator_has_no_prologue_but_cells():
    code = pvm_compile("def g(a):\n    def h(): return a\n    yield h\n").co_consts[0]
    names = opnames(code)
    assert names[0] == "MAKE_CELL"
    assert "RETURN_GENERATOR" not in names and "RESUME" not in names


def test_yield_from_shape():
    """SEND is directly followed by YIELD_VALUE and a jump back to the SEND."""
    code = pvm_compile("def g():\n    yield from x\n").co_consts[0]
    instrs = get_instructions(code)
    for k, instr in enumerate(instrs):
        if instr.opname == "SEND":
            assert instrs[k + 1].opname == "YIELD_VALUE"
            assert instrs[k + 2].opname == "JUMP_BACKWARD"
            assert instrs[k + 2].argval == instr.offset


def test_every_instruction_has_a_line_in_plain_code():
    code = pvm_compile("x = 1\nif x:\n    y = 2\nprint(y)\n")
    for positions in code.co_positions():
        assert positions[0] is not None


def test_co_lines_like_host():
    from tests.compiler.support import host_compile
    source = "x = 1\nif x:\n    y = 2\nelse:\n    y = 3\nprint(y)\n"
    ours = [line for _, _, line in pvm_compile(source).co_lines()]
    theirs = [line for _, _, line in host_compile(source).co_lines()]
    # CPython has a RESUME on line 0 first and splits runs of one line at its caches.
    assert _runs(ours) == _runs(theirs)


def _runs(lines):
    out = []
    for line in lines:
        if line and (not out or out[-1] != line):
            out.append(line)
    return out


def test_class_cell_returned():
    code = pvm_compile(SNIPPETS["class"])
    body = [c for c in code.co_consts if hasattr(c, "co_code")][0]
    assert body.co_cellvars == ("__class__",)
    names = [(i.opname, i.argval) for i in get_instructions(body)]
    assert ("STORE_NAME", "__classcell__") in names


def test_stack_depth_matches_host_roughly():
    from tests.compiler.support import host_compile
    for name in ("calls", "displays", "try_all", "with", "match_basic"):
        ours = pvm_compile(SNIPPETS[name])
        theirs = host_compile(SNIPPETS[name])
        assert abs(ours.co_stacksize - theirs.co_stacksize) <= 2, name


def test_input_tree_is_not_modified():
    import ast
    import pvm.compiler
    tree = ast.parse("x = 1 + 2\nfor i in [1, 2]: pass\n")
    before = ast.dump(tree, include_attributes=True)
    pvm.compiler.compile(tree, "<t>", "exec")
    assert ast.dump(tree, include_attributes=True) == before


def test_only_ast_flag_returns_tree():
    import ast
    import pvm.compiler
    tree = ast.parse("x = 1")
    assert pvm.compiler.compile(tree, "<t>", "exec", flags=pvm.compiler.PyCF_ONLY_AST) is tree


def test_top_level_await_flag():
    import ast
    import pvm.compiler
    from pvm.bytecode.code import CO_COROUTINE
    tree = ast.parse("await x\n")
    code = pvm.compiler.compile(tree, "<t>", "exec",
                                flags=pvm.compiler.PyCF_ALLOW_TOP_LEVEL_AWAIT)
    assert code.co_flags & CO_COROUTINE


def test_all_code_verifies():
    from pvm.compiler.verify import verify
    for source in SNIPPETS.values():
        for code in all_code(pvm_compile(source)):
            verify(code, recursive=False)


def test_code_type_reads_as_cpythons():
    kind = type(pvm_compile("x = 1\n"))
    assert (kind.__name__, kind.__qualname__, kind.__module__) == ("code", "code", "builtins")


def test_name_like_string_constants_are_interned():
    """As CPython's code objects: 'abc' in two functions is one object, names too."""
    code = pvm_compile("def f():\n    return 'abc', 'a b'\ndef g():\n    return 'abc', 'a b'\n")
    f, g = (c for c in code.co_consts if hasattr(c, "co_code"))
    assert f.co_consts[1][0] is g.co_consts[1][0]
    import sys
    assert f.co_consts[1][0] is sys.intern("abc")
    assert f.co_name is sys.intern("f")


@pytest.mark.parametrize("values", [(115, 155, 156, -40, 138, 74, 28, 144, 165),
                                    (126, 98, -38), (101, 19, 48, 133, 16, 154, 77, 34)])
def test_frozenset_constants_in_the_hosts_order(values):
    """compile.c rebuilds a frozenset constant from its own order (merge_consts)."""
    from tests.compiler.support import host_compile
    source = f"x in {{{', '.join(map(str, values))}}}\n"
    ours = [c for c in pvm_compile(source).co_consts if type(c) is frozenset]
    theirs = [c for c in host_compile(source).co_consts if type(c) is frozenset]
    assert [list(s) for s in ours] == [list(s) for s in theirs]
