"""The layout is the pipeline: a stage may import only the stages before it.

source -> lexer -> parser -> compiler -> vm -> cli, with `errors` and `bytecode`
as leaves that every stage may read. The JIT reads the instruction set; the VM
calls it through a hook and never imports it. Every `import` in every module is
checked, including the ones inside functions.
"""
import ast
import pathlib

import pytest

PKG = pathlib.Path(__file__).resolve().parent.parent / "pvm"

# Which pvm stages each stage may import (besides itself).
ALLOWED = {
    "errors": set(),
    "bytecode": {"errors"},
    "source": {"errors"},
    "lexer": {"errors", "source"},
    "parser": {"errors", "source", "lexer"},
    "compiler": {"errors", "source", "lexer", "parser", "bytecode"},
    "vm": {"errors", "source", "lexer", "parser", "compiler", "bytecode"},
    "jit": {"errors", "bytecode"},
    "cli": {"errors", "source", "lexer", "parser", "compiler", "bytecode", "vm", "jit"},
}
# The public API and `python -m pvm` sit above everything.
TOP = {"__init__", "__main__"}


def stage_of(module_path):
    rel = module_path.relative_to(PKG)
    return rel.parts[0].removesuffix(".py")


def imported_stages(path):
    """Yield (lineno, stage) for each pvm stage that the module at `path` imports."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    here = path.relative_to(PKG).parts
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                # Resolve a relative import against the module's package.
                base = list(here[:-1])[: len(here) - node.level]
                names = [".".join(["pvm", *base, *(node.module or "").split(".")]).rstrip(".")]
            else:
                names = [node.module or ""]
        else:
            continue
        for name in names:
            parts = name.split(".")
            if parts[0] == "pvm" and len(parts) > 1:
                yield node.lineno, parts[1]


def modules():
    return sorted(p for p in PKG.rglob("*.py"))


@pytest.mark.parametrize("path", modules(), ids=lambda p: str(p.relative_to(PKG)))
def test_imports_flow_one_way(path):
    stage = stage_of(path)
    if stage in TOP:
        return
    assert stage in ALLOWED, f"{stage} is not a known stage; add it to ALLOWED"
    for lineno, other in imported_stages(path):
        if other == stage:
            continue
        assert other in ALLOWED[stage], (
            f"{path.relative_to(PKG)}:{lineno}: stage '{stage}' imports later stage '{other}'")


def test_checker_catches_a_backward_import(tmp_path, monkeypatch):
    fake = PKG / "lexer" / "_fake_for_test.py"
    assert not fake.exists()
    tree_text = "from pvm.vm import interp\n"
    monkeypatch.setattr(pathlib.Path, "read_text", lambda self, encoding=None: tree_text)
    found = list(imported_stages(fake))
    assert found == [(1, "vm")]
    assert "vm" not in ALLOWED["lexer"]
