"""The canonical handler of every instruction, by family, in one table built once.

VM stage. A handler is named after its opcode and has the signature

    handler(ts, frame, stack, arg, pc) -> pc

`ts` is the thread state, `frame` the running frame, `stack` its value stack,
`arg` the argument as bytecode/decode.py resolved it and `pc` the index of the
next instruction; it returns the index to continue at (a jump returns its
target). RETURN_VALUE and YIELD_VALUE return RETURNED / YIELDED.

The evaluation loop (interp.py) inlines the hot instructions and sends the rest
here through HANDLERS[op]; the traced loop and the tests use the table for all.
Superinstructions (DECODED rows with `parts`) get a handler composed from their
parts' handlers. `check_table()` runs at import: every REAL and DECODED row
must have a handler.
"""

from pvm.bytecode import opcodes as O
from pvm.vm.ops import control, coroutines, names, objects, special

FAMILIES = (names, objects, control, coroutines, special)


def compose(parts):
    """The canonical handler of a superinstruction: run each part's handler in turn.

    The i-th part is the instruction at index (fused index + i), so it sees
    `pc + i`; a part that jumps (or returns) ends the run with its result.
    """
    def handler(ts, frame, stack, args, pc):
        for offset, (part, arg) in enumerate(zip(parts, args)):
            result = part(ts, frame, stack, arg, pc + offset)
            if result != pc + offset:
                return result
        return result
    handler.__name__ = "+".join(part.__name__ for part in parts)
    return handler


def _build():
    table = [None] * (max(O.BY_NUMBER) + 1)
    by_name = {}
    for family in FAMILIES:
        for name in dir(family):
            if name in O.OPS and name.isupper():
                by_name[name] = getattr(family, name)
    for row in O.OPS.values():
        if row.kind == O.PSEUDO:
            continue
        handler = by_name.get(row.name)
        if handler is None and "parts" in row.extra:
            handler = compose([by_name[part] for part in row.extra["parts"]])
        table[row.number] = handler
    return table


HANDLERS = _build()


def check_table():
    """Every instruction the VM can meet has a handler (a start-up check)."""
    missing = [row.name for row in O.OPS.values()
               if row.kind != O.PSEUDO and HANDLERS[row.number] is None]
    if missing:
        raise SystemError(f"pvm VM: no handler for {', '.join(sorted(missing))}")


check_table()
