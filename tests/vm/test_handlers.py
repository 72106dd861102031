"""The inlined instructions of the fast loop agree with their canonical handlers.

The fast loop inlines the hot instructions and fuses superinstructions; the traced
loop runs every unfused instruction through its canonical handler in ops/. Every
differential snippet of the VM's tests runs through the traced loop here and
must give the host's result too, so each inlined copy and its handler agree on
the whole corpus. The table itself is checked for completeness.
"""
import pytest

from pvm.bytecode import opcodes as O
from pvm.vm.ops import HANDLERS, check_table
from tests.vm import test_basics, test_calls, test_classes, test_exceptions, test_generators
from tests.vm.support import check

CORPUS = {}
for module in (test_basics, test_classes, test_exceptions, test_generators):
    for name, source in module.SNIPPETS.items():
        CORPUS[f"{module.__name__.rsplit('.', 1)[1]}.{name}"] = source
for name in ("BINDING", "CALL_EX_ERRORS", "FUNCTION_ATTRS", "CLOSURES"):
    CORPUS[f"test_calls.{name}"] = getattr(test_calls, name)


@pytest.mark.parametrize("name", sorted(CORPUS))
def test_traced_loop_agrees(name):
    check(CORPUS[name], traced=True)


def test_every_instruction_has_a_handler():
    check_table()
    for row in O.OPS.values():
        if row.kind != O.PSEUDO:
            handler = HANDLERS[row.number]
            assert handler is not None, row.name
            if row.kind == O.REAL:
                assert handler.__name__ == row.name


def test_inlined_instructions_name_their_handler():
    """Each inlined branch of the loop names its canonical handler, which exists."""
    import inspect
    import re
    from pvm.vm import interp, ops
    source = inspect.getsource(interp.execute)
    named = re.findall(r"# canonical: ops\.(\w+)\.(\w+)", source)
    assert len(named) > 20
    for family, name in named:
        assert getattr(getattr(ops, family), name) is HANDLERS[O.OPS[name].number]
