"""The assembler: a unit's control-flow graph -> a pvm `Code` object.

Compiler stage, last step (CPython 3.11's `assemble()`, split out as 3.12's
assemble.c). Consumes the blocks of one code unit as the code generator left them
(pseudo-instructions, block targets, DEREF arguments counted over cells+frees) and
produces a `Code` whose guarantees the verifier checks:

* the MAKE_CELL / COPY_FREE_VARS prologue is in front; DEREF arguments are
  locals-plus slots;
* every jump argument is an absolute target in instruction units, with
  EXTENDED_ARG prefixes where the argument does not fit a byte (sizes are iterated
  to a fixed point since a prefix moves every later target);
* JUMP becomes JUMP_FORWARD or JUMP_BACKWARD by the layout;
* co_stacksize is the maximum depth over all paths (handlers included);
* each instruction unit has a position in co_linetable (None only for
  instructions CPython also leaves without one);
* SETUP_* / POP_BLOCK are gone: they became co_exceptiontable entries.
"""

from pvm.bytecode import opcodes as op
from pvm.bytecode.code import (Code, ExceptionEntry, Position, encode_exception_table,
                               encode_line_runs, CO_OPTIMIZED)
from pvm.bytecode.opcodes import CO_FAST_CELL, CO_FAST_FREE, CO_FAST_LOCAL
from pvm.compiler import flowgraph
from pvm.compiler.flowgraph import Block, Instr

_DEREF_OPS = frozenset(row.number for row in op.OPS.values() if row.arg == op.DEREF)
_NO_POSITION = Position(None, None, None, None)
_JUMPS = frozenset((op.JUMP, op.JUMP_NO_INTERRUPT, op.JUMP_FORWARD, op.JUMP_BACKWARD))


class UnitInfo:
    """What the assembler needs from a code generator unit besides its blocks."""
    __slots__ = ("name", "qualname", "filename", "firstlineno", "flags", "argcount",
                 "posonlyargcount", "kwonlyargcount", "consts", "names", "varnames",
                 "cellvars", "freevars", "nparams", "const_index")


def _locals_plus(varnames, cellvars, freevars):
    """(names, kinds, slot of each cell/free in cells+frees order), as 3.11's compute_localsplus_info."""
    names = list(varnames)
    kinds = [CO_FAST_LOCAL] * len(names)
    index = {name: i for i, name in enumerate(names)}
    fixed = []
    for name in cellvars:
        slot = index.get(name)
        if slot is None:
            slot = len(names)
            names.append(name)
            kinds.append(CO_FAST_CELL)
        else:
            kinds[slot] |= CO_FAST_CELL
        fixed.append(slot)
    for name in freevars:
        fixed.append(len(names))
        names.append(name)
        kinds.append(CO_FAST_FREE)
    return names, kinds, fixed


def _insert_prefix(blocks, fixed, ncells, nfree):
    """MAKE_CELL for each cell in slot order, after COPY_FREE_VARS (3.11 insert_prefix_instructions)."""
    prefix = []
    if nfree:
        prefix.append(Instr(op.COPY_FREE_VARS, nfree))
    for slot in sorted(fixed[:ncells]):
        prefix.append(Instr(op.MAKE_CELL, slot))
    if prefix:
        entry = Block()
        entry.instrs = prefix
        blocks.insert(0, entry)
    return blocks


def _fix_cell_offsets(blocks, fixed):
    """Cell and free indexes (cells + frees order) -> their locals-plus slots."""
    if not fixed:
        return
    for block in blocks:
        for instr in block.instrs:
            if instr.op in _DEREF_OPS and instr.op != op.MAKE_CELL:
                instr.arg = fixed[instr.arg]


def _instr_size(arg):
    if arg < 0x100:
        return 1
    if arg < 0x10000:
        return 2
    if arg < 0x1000000:
        return 3
    return 4


def _layout(blocks):
    """Give each block its offset (in units), resolving jumps to a fixed point."""
    jumps = []          # (block, instr) of every jump, in layout order
    for block in blocks:
        for instr in block.instrs:
            if instr.target is not None:
                instr.arg = 0
                jumps.append((block, instr))
    unconditional = _JUMPS
    while True:
        offset = 0
        for block in blocks:
            block.offset = offset
            for instr in block.instrs:
                arg = instr.arg
                offset += 1 if arg < 0x100 else _instr_size(arg)
        changed = False
        for block, instr in jumps:
            target = instr.target
            if instr.op in unconditional:
                instr.op = (op.JUMP_FORWARD if target.index > block.index
                            else op.JUMP_BACKWARD)
            if instr.arg != target.offset:
                if _instr_size(instr.arg) != _instr_size(target.offset):
                    changed = True
                instr.arg = target.offset
        if not changed:
            return offset


def _emit(blocks, total):
    code = bytearray()
    append = code.append
    EXTENDED_ARG = op.EXTENDED_ARG
    LOAD_CONST = op.LOAD_CONST
    highest_const = 0
    runs = []           # [units, position] of instructions with one position
    run = last_loc = None
    entries = []
    current = None      # (handler block, start unit)
    unit = 0

    def close(end):
        if current is not None and current[0] is not None and end > current[1]:
            handler = current[0]
            depth = handler.startdepth - 1 - (1 if handler.preserve_lasti else 0)
            entries.append(ExceptionEntry(current[1], end, handler.offset, depth,
                                          handler.preserve_lasti))

    for block in blocks:
        for instr in block.instrs:
            handler = instr.handler
            if current is None or handler is not current[0]:
                close(unit)
                current = (handler, unit)
            arg = instr.arg
            if instr.op == LOAD_CONST and arg > highest_const:
                highest_const = arg
            if arg < 0x100:
                size = 1
            else:
                size = _instr_size(arg)
                for shift in range(8 * (size - 1), 0, -8):
                    append(EXTENDED_ARG)
                    append((arg >> shift) & 0xFF)
            append(instr.op)
            append(arg & 0xFF)
            loc = instr.loc or _NO_POSITION
            if loc is last_loc or loc == last_loc:
                run[0] += size
            else:
                run = [size, loc]
                runs.append(run)
                last_loc = loc
            unit += size
    close(unit)
    assert unit == total
    return code, runs, entries, highest_const


def assemble(blocks, info):
    """Turn the unit's blocks into a Code object (see the module docstring)."""
    varnames = list(info.varnames)
    names, kinds, fixed = _locals_plus(varnames, info.cellvars, info.freevars)
    _fix_cell_offsets(blocks, fixed)
    blocks = _insert_prefix(blocks, fixed, len(info.cellvars), len(info.freevars))
    consts = info.consts
    blocks = flowgraph.optimize_cfg(blocks, consts, info.const_index)
    blocks = flowgraph.duplicate_exits_without_lineno(blocks)
    flowgraph.propagate_line_numbers(blocks)
    flowgraph.guarantee_lineno_for_exits(blocks, info.firstlineno)
    maxdepth = flowgraph.stackdepth(blocks)
    flowgraph.label_exception_targets(blocks)
    if info.flags & CO_OPTIMIZED:
        flowgraph.add_checks_for_unbound_locals(blocks, info.nparams, len(varnames))
    for block in blocks:
        flowgraph.clean_basic_block(block)
    flowgraph.link_blocks(blocks)
    total = _layout(blocks)
    code, runs, entries, highest_const = _emit(blocks, total)
    # Constants after the last one used go (the first stays: a docstring's slot).
    del consts[highest_const + 1:]
    return Code.from_localsplus(info.argcount, info.posonlyargcount, info.kwonlyargcount,
                                maxdepth, info.flags, code, consts, info.names, names, kinds,
                                info.filename, info.name, info.qualname, info.firstlineno,
                                encode_line_runs(runs, info.firstlineno),
                                encode_exception_table(entries))
