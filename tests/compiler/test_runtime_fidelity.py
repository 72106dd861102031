"""Compiler and code-object behaviour seen by running programs: pvm against the host.

Each case runs a small program with `python3` and with `pvm` (the same command-line
options) and requires the same standard output. They pin fixes of
tests/cpython/TRIAGE.md's compiler section: `__class__` in a nested class body,
line events around removed dead code, `-X no_debug_ranges`, code objects refusing
pickling.
"""
import os
import subprocess
import sys
import textwrap

import pytest

TIMEOUT = 120


def run(argv, path, env=None):
    full_env = dict(os.environ)
    full_env.update(env or {})
    done = subprocess.run(argv + [str(path)], capture_output=True, text=True,
                          timeout=TIMEOUT, env=full_env)
    return done.stdout.replace(str(path), "PROGRAM"), done.returncode


def check_like_host(source, tmp_path, options=(), env=None):
    """Run `source` from a file (tracebacks show its lines) under both; same output."""
    path = tmp_path / "program.py"
    path.write_text(textwrap.dedent(source))
    host = run([sys.executable, *options], path, env)
    mine = run([sys.executable, "-m", "pvm", *options], path, env)
    assert mine == host
    return mine[0]


CLASS_CELL = """
class T:
    def m(self):
        class X:
            x = __class__
            def f():
                __class__
        return X.x
    def n(self):
        class Y:
            def g(self):
                return __class__
        return Y().g()
print(T().m() is T, T().n().__name__)
"""


def test_nested_class_body_reads_the_enclosing_class_cell(tmp_path):
    """symtable.c's drop_class_free: X's body loads T's cell (LOAD_CLASSDEREF of the
    free variable), X's methods X's own cell."""
    assert check_like_host(CLASS_CELL, tmp_path) == "True Y\n"


TRACE_MATCH = """
import sys
def f(command):               # 0
    match command:            # 1
        case 1:               # 2
            if False:         # 3
                return 1      # 4
        case _:               # 5
            if False:         # 6
                return 0      # 7
def g(x):
    match x:
        case 1:
            if x:
                y = 1
        case _:
            pass
def run(func, arg):
    events = []
    def tracer(frame, event, _):
        if frame.f_code is func.__code__:
            if event == "line":
                events.append(frame.f_lineno - func.__code__.co_firstlineno)
            return tracer
    sys.settrace(tracer)
    func(arg)
    sys.settrace(None)
    print(events)
for arg in (1, 2):
    run(f, arg)
    run(g, arg)
"""


def test_no_line_event_for_removed_dead_code(tmp_path):
    """The jump closing a case body has no line: the implicit return copied over it
    takes the line it falls from, not the dead `return`'s (test_patma
    TestTracing.test_unreachable_code)."""
    check_like_host(TRACE_MATCH, tmp_path)


POSITIONS = """
def f(a):
    return (a +
       1)
positions = list(f.__code__.co_positions())
print({p[2:] == (None, None) for p in positions}, all(p[0] == p[1] for p in positions))
import traceback
def g():
    return 1/0
try:
    g()
except ZeroDivisionError:
    print(traceback.format_exc())
"""


@pytest.mark.parametrize("options,env", [(["-X", "no_debug_ranges"], None),
                                         ([], {"PYTHONNODEBUGRANGES": "1"})])
def test_no_debug_ranges(options, env, tmp_path):
    out = check_like_host(POSITIONS, tmp_path, options, env)
    assert out.startswith("{True} True") and "~^~" not in out


def test_debug_ranges_by_default(tmp_path):
    assert "~^~" in check_like_host(POSITIONS, tmp_path)


PICKLING = """
import copy, pickle
code = compile("1", "", "eval")
print(copy.copy(code) is code, copy.deepcopy(code) is code, hasattr(code, "__copy__"))
for protocol in range(pickle.HIGHEST_PROTOCOL + 1):
    try:
        pickle.dumps(code, protocol)
    except Exception as exc:
        print(protocol, type(exc).__name__, exc)
try:
    code.__reduce__()
except TypeError as exc:
    print(exc)
"""


def test_code_objects_do_not_pickle(tmp_path):
    out = check_like_host(PICKLING, tmp_path)
    assert "TypeError cannot pickle code objects" in out


AST_OPTIONS = """
import ast
print(ast.dump(ast.parse("def f(a,  # type: int\\n  b):  # type: (...) -> None\\n  x = 1"
                         "  # type: ignore[z]\\n", type_comments=True)))
print(ast.dump(compile("x = 1  # type: int\\n", "s", "exec",
                       ast.PyCF_ONLY_AST | ast.PyCF_TYPE_COMMENTS)))
print(ast.dump(ast.parse("(int, *str) -> None", mode="func_type")))
print(ast.dump(ast.parse("async = await", feature_version=(3, 6))))
try:
    ast.parse("(x := 1)", feature_version=(3, 7))
except SyntaxError as exc:
    print(exc)
"""


def test_ast_parse_options_reach_the_parser(tmp_path):
    """The program's ast.parse passes type_comments and feature_version through
    compile() (builtins_module.compile_source -> pvm.compiler.compile -> pvm.parse)."""
    out = check_like_host(AST_OPTIONS, tmp_path)
    assert "type_comment='int'" in out and "TypeIgnore" in out


BARRY = """
from __future__ import barry_as_FLUFL
print(eval("1 <> 2"))
exec("print(3 <> 4)")
try:
    eval("1 != 2")
except SyntaxError as exc:
    print(exc)
try:
    compile("5 <> 6", "", "eval", dont_inherit=True)
except SyntaxError as exc:
    print(exc)
def f():
    return eval("7 <> 8")
print(f(), f.__code__.co_flags & 0x400000)
"""


def test_barry_as_flufl_is_inherited_by_exec_and_eval(tmp_path):
    assert check_like_host(BARRY, tmp_path).startswith("True\nTrue\nwith Barry")
