"""The code object's CPython-facing surface: `types.CodeType(...)` and `replace()` with
CPython 3.11's arguments and checks (run on pvm against the host), and co_linetable /
co_exceptiontable in CPython 3.11's formats, read back by the host's own decoders
(a host code object given pvm's table, `dis._parse_exception_table`)."""
import dis
import random
import subprocess
import sys
import types

import pytest

from pvm.bytecode.code import (Code, ExceptionEntry, Position, decode_exception_table,
                               decode_linetable, encode_exception_table, encode_line_runs)
from tests.compiler.support import pvm_compile
from tests.conftest import stdlib_sample

CONSTRUCTOR_SCRIPT = r'''
def f(a, b=1, *c, d, **e):
    x = 1
    return lambda: a + x
co = f.__code__
C = type(co)
args = [co.co_argcount, co.co_posonlyargcount, co.co_kwonlyargcount, co.co_nlocals,
        co.co_stacksize, co.co_flags, co.co_code, co.co_consts, co.co_names, co.co_varnames,
        co.co_filename, co.co_name, co.co_qualname, co.co_firstlineno, co.co_linetable,
        co.co_exceptiontable, co.co_freevars, co.co_cellvars]
def t(label, fn):
    try:
        r = fn()
        if isinstance(r, C):
            r = (r.co_varnames, r.co_cellvars, r.co_freevars, r.co_nlocals, r.co_argcount,
                 r.co_name, r == co)
        print(label, "->", r)
    except Exception as e:
        print(label, "!!", type(e).__name__, e)
t("all", lambda: C(*args))
t("16", lambda: C(*args[:16]))
t("17", lambda: C(*args[:17]))
t("3", lambda: C(*args[:3]))
t("19", lambda: C(*args, ()))
t("kw", lambda: C(*args[:16], freevars=()))
for i, bad in [(0, "x"), (0, -1), (1, -1), (2, -1), (3, -1), (4, -1), (5, -1), (6, "s"),
               (7, []), (8, ["a"]), (8, (1,)), (9, (1,)), (10, b"f"), (11, 1), (12, None),
               (13, "1"), (14, "x"), (15, None), (16, [1]), (16, (1,)), (17, (2,)), (3, 99),
               (0, 99), (1, 5), (6, b"abc"), (13, -5), (0, 2**40), (0, True)]:
    a = list(args); a[i] = bad
    t(f"arg{i}={bad!r}", lambda: C(*a))
for kw in [dict(co_nlocals=1), dict(co_nlocals=5), dict(co_freevars=("fv",)),
           dict(co_cellvars=("cv",)), dict(co_varnames=("p", "q", "r", "s", "t")),
           dict(co_argcount=-1), dict(co_flags=-1), dict(co_code="x"), dict(co_consts=[1]),
           dict(co_names=(1,)), dict(co_firstlineno=-3), dict(co_qualname=b"x"),
           dict(co_linetable=None), dict(co_bogus=1), dict(co_name="n"),
           dict(co_cellvars=(), co_freevars=()), dict(co_argcount=9), dict(co_stacksize=-2),
           dict(co_varnames=("a", "b", "c", "d", "e", "x"), co_nlocals=6),
           dict(co_posonlyargcount=3), dict(co_code=b"\x00")]:
    t(f"replace {kw}", lambda: co.replace(**kw))
t("replace positional", lambda: co.replace(1))
t("replace nothing", lambda: co.replace())
def g():
    return 1
g.__code__ = g.__code__.replace(co_varnames=(), co_nlocals=0)
print("g()", g())
'''


def test_constructor_and_replace_as_host():
    host = subprocess.run([sys.executable, "-c", CONSTRUCTOR_SCRIPT], capture_output=True,
                          text=True, timeout=60)
    run = subprocess.run([sys.executable, "-m", "pvm", "-c", CONSTRUCTOR_SCRIPT],
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    assert run.stdout.splitlines() == host.stdout.splitlines()


def host_reading(linetable, firstlineno, units):
    """co_positions() and co_lines() of a host code object holding `linetable`."""
    template = (lambda: None).__code__
    host = template.replace(co_code=b"\x09\x00" * units, co_linetable=linetable,
                            co_firstlineno=firstlineno, co_exceptiontable=b"")
    return list(host.co_positions()), list(host.co_lines())


def all_codes(code):
    yield code
    for const in code.co_consts:
        if isinstance(const, Code):
            yield from all_codes(const)


FILES = stdlib_sample(every=150)


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_stdlib_tables_read_by_the_host(path):
    module = pvm_compile(path.read_text(encoding="utf-8"), str(path))
    for code in all_codes(module):
        units = len(code.co_code) // 2
        positions, lines = host_reading(code.co_linetable, code.co_firstlineno, units)
        assert list(code.co_positions()) == positions, code.co_qualname
        assert list(code.co_lines()) == lines, code.co_qualname
        entries = [ExceptionEntry(e.start // 2, e.end // 2, e.target // 2, e.depth, e.lasti)
                   for e in dis._parse_exception_table(code)]
        assert entries == code.exception_entries()


def random_position(rng, line):
    kind = rng.random()
    if kind < 0.1:
        return Position(None, None, None, None)
    lineno = max(1, line + rng.choice((0, 0, 0, 1, 2, 3, -1, -40, 200, 70000)))
    if kind < 0.2:
        return Position(lineno, lineno, None, None)
    end = lineno + rng.choice((0, 0, 0, 1, 5, 1000))
    col = rng.choice((0, 4, 79, 80, 127, 128, 5000))
    end_col = col + rng.choice((0, 1, 15, 16, 200)) if end == lineno else rng.choice((0, 3, 300))
    return Position(lineno, end, col, end_col)


def test_random_line_tables_read_by_the_host():
    rng = random.Random(1311)
    for _ in range(300):
        firstlineno = rng.choice((1, 5, 1000))
        runs, line = [], firstlineno
        for _ in range(rng.randrange(1, 30)):
            pos = random_position(rng, line)
            line = pos.lineno or line
            runs.append((rng.choice((1, 1, 2, 3, 8, 9, 17, 100)), pos))
        table = encode_line_runs(runs, firstlineno)
        units = sum(n for n, _ in runs)
        expected = [tuple(p) for n, p in runs for _ in range(n)]
        ours = [tuple(p) for n, p in decode_linetable(table, firstlineno) for _ in range(n)]
        assert ours == expected
        assert host_reading(table, firstlineno, units)[0] == expected


def test_exception_table_round_trip_and_host_reading():
    entries = [ExceptionEntry(0, 3, 10, 0, False), ExceptionEntry(5, 70, 4000, 3, True),
               ExceptionEntry(300000, 300001, 2 ** 25, 63, False)]
    table = encode_exception_table(entries)
    assert decode_exception_table(table) == entries
    host = [ExceptionEntry(e.start // 2, e.end // 2, e.target // 2, e.depth, e.lasti)
            for e in dis._parse_exception_table(types.SimpleNamespace(co_exceptiontable=table))]
    assert host == entries


def test_crafted_no_location_table():
    # test_exceptions' PEP626Tests.test_missing_lineno_shows_as_none writes these bytes.
    code = pvm_compile("def f():\n    1/0\n").co_consts[0]
    code = code.replace(co_linetable=b"\xf8\xf8\xf8\xf9\xf8\xf8\xf8")
    assert set(code.co_positions()) == {(None, None, None, None)}
    assert [line for _, _, line in code.co_lines()] == [None] * 7
    assert list(code.replace(co_linetable=b"").co_lines()) == []
