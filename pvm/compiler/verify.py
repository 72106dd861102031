"""The verifier: checks a Code object is well formed before anyone runs it.

Compiler stage tool (used by the tests on every code object of every compiled
stdlib file, and available to the VM for code from untrusted .pyc files). Consumes
a Code; raises VerifyError naming the first problem, else returns None. It checks:

* every opcode is a real instruction; EXTENDED_ARG only prefixes an instruction;
* arguments index inside co_consts, co_names and the locals-plus slots; jumps and
  exception handlers land on instruction boundaries inside the code;
* along every path (exception edges included) the stack depth is never negative,
  never above co_stacksize, and equal wherever paths join;
* an exception entry's depth is at most the depth of each instruction it covers;
* control never runs off the end of the code.
"""

from pvm.bytecode import opcodes as op
from pvm.bytecode.opcodes import BY_NUMBER


class VerifyError(Exception):
    """A malformed code object."""


def decode(code):
    """(unit index, opcode, full argument, size in units) for each instruction."""
    raw = code.co_code
    if len(raw) % 2:
        raise VerifyError("co_code has an odd length")
    out = []
    extended = 0
    start = None
    for unit in range(len(raw) // 2):
        opcode, byte = raw[2 * unit], raw[2 * unit + 1]
        row = BY_NUMBER.get(opcode)
        if row is None or row.kind != op.REAL:
            raise VerifyError(f"unit {unit}: unknown opcode {opcode}")
        if start is None:
            start = unit
        arg = byte | extended
        if opcode == op.EXTENDED_ARG:
            extended = arg << 8
            continue
        extended = 0
        out.append((start, opcode, arg, unit - start + 1))
        start = None
    if start is not None:
        raise VerifyError("EXTENDED_ARG at the end of the code")
    return out


def _check_args(code, instrs, starts):
    nconsts, nnames = len(code.co_consts), len(code.co_names)
    nlocals, nplus = code.co_nlocals, len(code.co_localsplusnames)
    for unit, opcode, arg, _ in instrs:
        kind = BY_NUMBER[opcode].arg
        limit = {op.CONST: nconsts, op.NAME: nnames, op.LOCAL: nlocals,
                 op.DEREF: nplus}.get(kind)
        if limit is not None and not 0 <= arg < limit:
            raise VerifyError(f"unit {unit}: {BY_NUMBER[opcode].name} argument {arg} "
                              f"out of range ({limit})")
        if kind == op.JUMP_TARGET and arg not in starts:
            raise VerifyError(f"unit {unit}: {BY_NUMBER[opcode].name} to {arg}, "
                              "not an instruction")
        if kind == op.COMPARE and arg >= len(op.CMP_OPS):
            raise VerifyError(f"unit {unit}: bad comparison {arg}")
        if kind == op.BINOP and arg >= len(op.BINARY_OPS):
            raise VerifyError(f"unit {unit}: bad binary operator {arg}")


def _handler_for(entries, unit):
    for entry in entries:
        if entry.start <= unit < entry.end:
            return entry
    return None


def verify(code, recursive=True):
    """Check `code` (and the code objects among its constants when `recursive`)."""
    instrs = decode(code)
    if not instrs:
        raise VerifyError("empty code")
    index = {unit: i for i, (unit, _, _, _) in enumerate(instrs)}
    _check_args(code, instrs, index)
    entries = code.exception_entries()
    for entry in entries:
        if entry.target not in index:
            raise VerifyError(f"handler target {entry.target} is not an instruction")
        if not (entry.start in index and entry.start < entry.end):
            raise VerifyError(f"bad exception range {entry.start}..{entry.end}")
    depths = [None] * len(instrs)
    work = []
    maxdepth = code.co_stacksize
    name = code.co_qualname

    def reach(i, depth, why):
        if depth < 0:
            raise VerifyError(f"{name}: stack underflow reaching unit {instrs[i][0]} ({why})")
        if depth > maxdepth:
            raise VerifyError(f"{name}: depth {depth} above co_stacksize {maxdepth} "
                              f"at unit {instrs[i][0]}")
        old = depths[i]
        if old is None:
            depths[i] = depth
            work.append(i)
        elif old != depth:
            raise VerifyError(f"{name}: stack depth {old} != {depth} where paths join at "
                              f"unit {instrs[i][0]} ({why})")

    reach(0, 0, "entry")
    while work:
        i = work.pop()
        unit, opcode, arg, size = instrs[i]
        depth = depths[i]
        row = BY_NUMBER[opcode]
        handler = _handler_for(entries, unit)
        if handler is not None:
            if handler.depth > depth:
                raise VerifyError(f"{name}: handler depth {handler.depth} above stack depth "
                                  f"{depth} at unit {unit}")
            reach(index[handler.target], handler.depth + 1 + int(handler.lasti), "handler")
        pops, pushes = row.pops_pushes(arg)
        if depth - pops < 0:
            raise VerifyError(f"{name}: {row.name} at unit {unit} pops {pops} of {depth}")
        if row.jumps:
            jpops, jpushes = row.pops_pushes(arg, True)
            reach(index[arg], depth - jpops + jpushes, f"jump from {unit}")
        if row.terminates:
            continue
        after = i + 1
        if after >= len(instrs):
            raise VerifyError(f"{name}: control runs off the end after unit {unit}")
        reach(after, depth - pops + pushes, f"after {unit}")
    if recursive:
        for const in code.co_consts:
            if hasattr(const, "co_code"):
                verify(const, True)
