"""docs/opcodes.md is generated from the instruction table and must not go stale."""
import pathlib

from pvm.bytecode import opcodes

DOC = pathlib.Path(__file__).resolve().parents[2] / "docs" / "opcodes.md"


def test_opcodes_doc_is_fresh():
    assert DOC.read_text() == opcodes.markdown() + "\n", \
        "regenerate: python -m pvm.bytecode.opcodes > docs/opcodes.md"


def test_every_real_opcode_has_a_dis_row():
    from pvm.bytecode.dis import _argval_argrepr   # noqa: F401  (imports cleanly)
    for row in opcodes.REAL_OPS:
        assert row.number < 256 and row.doc
