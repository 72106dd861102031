"""compile()'s PyCF_ALLOW_INCOMPLETE_INPUT and PyCF_DONT_IMPLY_DEDENT, what `codeop` and
`code.InteractiveConsole` use to tell input that needs more lines from invalid input:
pvm.parse against the host's compile() on complete, incomplete and invalid snippets,
then `codeop.compile_command` run on pvm against the host's."""
import ast
import codeop
import json
import subprocess
import sys
import warnings

import pytest

import pvm.parser

PyCF_ONLY_AST = 0x400
PyCF_DONT_IMPLY_DEDENT = 0x200
PyCF_ALLOW_INCOMPLETE_INPUT = 0x4000

SOURCES = [
    "", "\n", "# c", "a = 1", "a = 1\n", "(a **", "(a **\n", "if x:", "if x:\n",
    "if x:\n  pass", "if x:\n  pass\n", "if x:\n  pass\n\n", '"""abc', '"""abc\n', "'abc",
    "'abc\n", "x = \\", "x = \\\n", "\\", "a b", "a b\n", "a b # c", "1 +", "1 +\n", "a = 1 +",
    "a = 1 +\n", "a = 1 +  # c", "for x in y", "for x in y\n", ")", "a)", "(]", "def f():",
    "def f():\n    return 1", "def f():\n    return 1\n", "class A:\n  def f(self):",
    "try:\n  pass", "try:\n  pass\n", "try:\n  pass\nexcept:", "x = [1,\n2,", "x = {", "f(",
    "f(a,", "f(a=", "lambda", "lambda x:", "@dec", "@dec\n", "@a\ndef f(): pass",
    "if x:\n  y\n else:", "if x:\n    y\n  z", "  a", "a\n  b", "x = 1; y", "x = 1;", "a;;",
    "print 1", "1 1", "def", "def f", "def f(", "import", "from x import (a,", "with a as b:",
    "match x:", "match x:\n  case 1:", "async def f():", "f'{", "f'{x", 'f"""{x', "0x", "1e",
    "a = 'x' 'y", "x if y", "x if y else", "[x for x in", "yield", "return", "del", "not",
    "a.", "a[", "a @", "a +=", "$", "a = 1\nb = 2", "if 1:\n  x\nb", "9 = 1", "(\n", "(\n\n",
    "x = (1,\n", "'''\n", "'''a\\", "if True:\n  if True:\n    pass", "elif", "else:",
    "x = 08", "x = 1_", "'\\N{", "u'x' b'y'", "a :=", "(a := 1", "a = 'a\\", "a = 'a\\\n",
    "a = 'a\\\\", "'a\\\nb", "'a\\\nb\n", "(a,\n'b", "while 1:\n\tpass\n        pass",
]
MODES = ("single", "exec", "eval")


def outcome(run):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            result = run()
        except SyntaxError as err:
            return [type(err).__name__, err.msg, err.lineno, err.offset, err.end_lineno,
                    err.end_offset]
        except (ValueError, OverflowError) as err:
            return [type(err).__name__, str(err)]
    return "None" if result is None else "ok"


@pytest.mark.parametrize("flags", [PyCF_ALLOW_INCOMPLETE_INPUT, PyCF_DONT_IMPLY_DEDENT,
                                   PyCF_ALLOW_INCOMPLETE_INPUT | PyCF_DONT_IMPLY_DEDENT])
@pytest.mark.parametrize("mode", MODES)
def test_parse_with_flags_as_host(mode, flags):
    for source in SOURCES:
        expected = outcome(lambda: compile(source, "<i>", mode, flags | PyCF_ONLY_AST))
        got = outcome(lambda: pvm.parser.parse(source, "<i>", mode, flags=flags))
        assert got == expected, (source, mode)


def test_incomplete_input_tree_is_the_host_tree():
    for source in ("a = 1", "if x:\n  pass\n", "f(a,\nb)"):
        expected = ast.dump(compile(source, "<i>", "single", PyCF_ONLY_AST | 0x4200))
        assert ast.dump(pvm.parser.parse(source, "<i>", "single", flags=0x4200)) == expected


CODEOP_SCRIPT = """
import codeop, json, sys, warnings
def outcome(run):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            result = run()
        except SyntaxError as err:
            return [type(err).__name__, err.msg, err.lineno, err.offset, err.end_lineno,
                    err.end_offset]
        except (ValueError, OverflowError) as err:
            return [type(err).__name__, str(err)]
    return "None" if result is None else "ok"
print(json.dumps([[outcome(lambda: codeop.compile_command(s, "<i>", m)) for m in %r]
                  for s in json.loads(sys.stdin.read())]))
"""


def test_codeop_compile_command_on_pvm():
    script = CODEOP_SCRIPT % (MODES,)
    run = subprocess.run([sys.executable, "-m", "pvm", "-c", script],
                         input=json.dumps(SOURCES), capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr
    got = json.loads(run.stdout)
    for source, row in zip(SOURCES, got):
        for mode, result in zip(MODES, row):
            expected = outcome(lambda: codeop.compile_command(source, "<i>", mode))
            assert result == expected, (source, mode)
