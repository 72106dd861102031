"""The generated loop is fresh, complete, and runs the same as the readable one."""
import os
import subprocess
import sys

from pvm.bytecode import opcodes as O
from pvm.vm import fastloop, genloop, interp


def test_fastloop_is_generated_from_interp():
    assert fastloop.__file__.endswith("fastloop.py")
    assert genloop.generate() == genloop.OUTPUT.read_text(), \
        "regenerate: python -m pvm.vm.genloop"


def test_fastloop_is_the_loop_that_runs():
    from pvm.vm import generators
    assert interp.execute is fastloop.execute is generators.execute


def test_loop_reads_no_globals():
    # Everything the loop touches is a local or a default argument (fast locals).
    import dis
    for loop in (fastloop.execute, interp.__dict__["execute"]):
        names = [i.argval for i in dis.get_instructions(loop) if i.opname == "LOAD_GLOBAL"]
        assert set(names) <= {"ValueError", "BaseException"}, names  # except clauses only


def test_every_inlined_branch_names_a_row():
    _, branches, else_body, _, _ = genloop.split_template(genloop.TEMPLATE.read_text())
    names = [branch.name for branch in branches]
    assert len(names) == len(set(names))
    assert all(name in O.OPS for name in names)
    assert any("HANDLERS[op]" in line for line in else_body)
    # Every superinstruction the decoder makes is inlined.
    fused = {row.name for row in O.OPS.values() if "parts" in row.extra}
    assert fused <= set(names), fused - set(names)


def test_readable_loop_runs_a_program():
    program = ("import pvm.vm.fastloop as f, pvm.vm.interp as i\n"
               "assert i.execute is not f.execute\n"
               "from tests.vm.support import check\n"
               "check('def f(n):\\n    return n if n < 2 else f(n - 1) + f(n - 2)\\n"
               "print([f(i) for i in range(12)])\\n')\n")
    env = dict(os.environ, PVM_LINEAR_LOOP="1")
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    result = subprocess.run([sys.executable, "-c", program], env=env, cwd=root,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
