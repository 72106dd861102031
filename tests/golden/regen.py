"""Rewrite the golden disassembly listings: `python -m tests.golden.regen`.

Each NAME.py here is compiled by pvm and disassembled into NAME.dis (code object
addresses replaced by 0x...). test_golden.py diffs the listings against these files;
read the diff in review when the compiler changes.
"""
import ast
import io
import pathlib
import re

HERE = pathlib.Path(__file__).resolve().parent
ADDRESS = re.compile(r" at 0x[0-9a-f]+")


def listing(path):
    from pvm.bytecode.dis import dis
    import pvm.compiler
    source = path.read_text()
    code = pvm.compiler.compile_tree(ast.parse(source), path.name, "exec", 0, 0,
                                     source.splitlines(keepends=True))
    out = io.StringIO()
    dis(code, file=out)
    return ADDRESS.sub(" at 0x...", out.getvalue())


def sources():
    return sorted(p for p in HERE.glob("*.py") if p.name not in ("regen.py", "__init__.py")
                  and not p.name.startswith("test_"))


def main():
    for path in sources():
        path.with_suffix(".dis").write_text(listing(path))
        print(f"wrote {path.with_suffix('.dis').name}")


if __name__ == "__main__":
    main()
