"""Positions of the instructions that can raise, against the host's code objects.

CPython 3.11 prints `^^^^` under the failing part of a line from co_positions();
pvm's runtime does the same with pvm's code objects, so every instruction that can
raise must carry the host's (line, end line, column, end column). The instruction
sets differ (CALL_FUNCTION/CALL_METHOD for PRECALL+CALL, LOAD_ATTR where 3.11 has a
LOAD_METHOD with keywords, ...), so instructions are grouped into kinds and each
code object's multiset of (kind, position) is compared with the host's code object
compiled from the same tree (code objects pair up in co_consts order).

Trees are parsed by the host here, so that this measures the compiler alone.
`compare` is also run over the standard library by test_compile_stdlib.py.
"""
import collections
import dis as host_dis
import types

import pytest

from pvm.bytecode.dis import get_instructions
from tests.compiler.support import host_compile, pvm_compile

# pvm's and the host's opcode names -> the kind compared. Every instruction that
# can raise is here (loads of names and locals too: NameError, UnboundLocalError).
KINDS = {name: "call" for name in ("CALL", "CALL_FUNCTION", "CALL_FUNCTION_KW",
                                   "CALL_METHOD", "CALL_FUNCTION_EX")}
KINDS.update({"LOAD_ATTR": "load_attr", "LOAD_METHOD": "load_attr",
              "LOAD_FAST": "load_fast", "LOAD_FAST_CHECK": "load_fast"})
KINDS.update({name: name for name in """
    STORE_ATTR DELETE_ATTR BINARY_SUBSCR STORE_SUBSCR DELETE_SUBSCR BINARY_OP
    UNARY_POSITIVE UNARY_NEGATIVE UNARY_NOT UNARY_INVERT COMPARE_OP IS_OP CONTAINS_OP
    IMPORT_NAME IMPORT_FROM IMPORT_STAR RAISE_VARARGS UNPACK_SEQUENCE UNPACK_EX
    GET_ITER FOR_ITER GET_AITER GET_ANEXT GET_AWAITABLE GET_YIELD_FROM_ITER SEND
    BEFORE_WITH BEFORE_ASYNC_WITH WITH_EXCEPT_START END_ASYNC_FOR
    LOAD_GLOBAL LOAD_NAME LOAD_DEREF LOAD_CLASSDEREF LOAD_BUILD_CLASS
    DELETE_NAME DELETE_GLOBAL DELETE_FAST DELETE_DEREF
    FORMAT_VALUE LIST_EXTEND SET_UPDATE DICT_UPDATE DICT_MERGE
    BUILD_MAP BUILD_SET SET_ADD MAP_ADD BUILD_CONST_KEY_MAP
    CHECK_EXC_MATCH CHECK_EG_MATCH MATCH_CLASS MATCH_KEYS GET_LEN
    """.split()})


def raising_positions(instructions):
    """Counter of (kind, (line, end line, column, end column))."""
    found = collections.Counter()
    for instr in instructions:
        kind = KINDS.get(instr.opname)
        if kind is not None:
            found[kind, tuple(instr.positions) if instr.positions else None] += 1
    return found


def compare(ours, host, counts, problems):
    """Add (instructions alike, instructions in all) to `counts`, recursively."""
    mine = raising_positions(get_instructions(ours))
    theirs = raising_positions(host_dis.get_instructions(host))
    counts[0] += sum((mine & theirs).values())
    counts[1] += max(sum(mine.values()), sum(theirs.values()))
    if mine != theirs:
        problems.append(f"{host.co_qualname} (line {host.co_firstlineno}): "
                        f"pvm only {sorted((mine - theirs).items(), key=str)[:4]}, "
                        f"host only {sorted((theirs - mine).items(), key=str)[:4]}")
    nested = [c for c in ours.co_consts if hasattr(c, "co_code")]
    host_nested = [c for c in host.co_consts if isinstance(c, types.CodeType)]
    for a, b in zip(nested, host_nested):
        compare(a, b, counts, problems)


def check(source, filename="<test>"):
    counts, problems = [0, 0], []
    compare(pvm_compile(source, filename), host_compile(source, filename), counts, problems)
    return counts, problems


# The standard library sweep runs compare() in tests/compiler/test_compile_stdlib.py, on
# the code objects that sweep has compiled (from pvm's tree, which the same test finds
# equal to the host's: still the compiler alone).


SNIPPETS = {
    "method_calls": "x = obj.meth(arg)\ny = (obj\n   .meth(1,\n     2))\nz = a.b.c(d, k=1)\n",
    "multiline_method_kw": "Frame(a, b=1,\n      c=2).grid(row=8, column=0,\n"
                           "              columnspan=3)\n",
    "compare_jumps": "if a < b < c:\n    pass\nif x is None and y:\n    pass\n"
                     "while a < b < c:\n    pass\nassert g is None, 'msg'\n",
    "not_in": "if not x in y:\n    z()\n",
    "comprehension_body": "x = [a for a in b if a]\ny = (c for c in d for e in f)\n",
    "finally_handler": "def f():\n    try:\n        return g()\n    finally:\n        h()\n",
    "except_star": "def f():\n    try:\n        2\n    except* Exception as e:\n        exc = e\n"
                   "    else:\n        6\n    finally:\n        8\n",
    "handler_exits": "def f():\n    try:\n        t()\n    except E as exc:\n        if a:\n"
                     "            if v:\n                p()\n        else:\n            print(2)\n",
    "big_kwargs": "y = dict(" + ", ".join(f"k{i}=v{i}" for i in range(17)) + ")\n",
    "paren_annotation": "(pars): bool = True\nclass C:\n    (z): g()\n",
    "attributes": "a.b = c.d\ndel e.f\nx = (g\n  .h)\n",
    "with_exits": "with a as b:\n    with c as d:\n        while 1:\n            if x:\n"
                  "                break\n            y()\n    z()\n",
}


@pytest.mark.parametrize("name", sorted(SNIPPETS))
def test_snippet_positions(name):
    counts, problems = check(SNIPPETS[name])
    assert not problems, "\n".join(problems)
