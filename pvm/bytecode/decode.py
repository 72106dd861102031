"""Decode a code object once into the arrays the VM runs (and `dis` and the JIT read).

A leaf of the pipeline, like the rest of `bytecode/`. Consumes a `Code` (wordcode
with EXTENDED_ARG prefixes, absolute jumps in instruction units, the varint line
and exception tables) and produces a `Decoded`, cached on `code._decoded`:

* instructions are numbered by *index*: one per opcode, EXTENDED_ARG prefixes
  folded into the argument. Every table below is indexed the same way.
* `plain[i]` is `(op, arg)` with the argument pre-resolved: the constant itself
  for CONST, the name string for NAME, the target *index* for JUMP, the slot for
  LOCAL/DEREF, the operator function for BINARY_OP and COMPARE_OP, the number
  otherwise. YIELD_VALUE's argument is 1 when it is the yield of a `yield from`
  or `await` loop (it follows SEND), which is how `gi_yieldfrom` knows. An
  attribute instruction on a name the VM answers itself becomes its *_SPECIAL
  row, and RETURN_VALUE in generator code RETURN_FROM_GENERATOR (see the
  DECODED rows of opcodes.py).
* `instrs[i]` is `plain` with superinstructions fused in: a DECODED row (see the
  end of opcodes.py) replaces the first instruction of a run, its argument is
  the tuple of the parts' arguments, and the following instructions stay where
  they were, so indices, jump targets and `lasti` mean the same in both arrays.
  A fused run never contains a jump target after its first instruction and
  never crosses the edge of an exception-table range; the VM steps `pc` past
  the earlier parts before a part that can raise, so a traceback names the
  instruction that failed.
* `handlers[i]` is the innermost exception-table entry covering instruction i as
  `(target index, depth, push_lasti)`, or None.
* `lines[i]` is the line number (None where the code has none; computed on first
  use) and `offsets[i]` the byte offset of the opcode itself (what f_lasti and
  tb_lasti report).
* `index_of` maps a byte offset back to an instruction index.
"""

import operator

from pvm.bytecode import opcodes as O
from pvm.bytecode.code import decode_exception_table, decode_linetable

# BINARY_OP's argument -> the operator function it applies (NB_* order, then in-place).
_BINARY_FUNCS = {
    "+": operator.add, "&": operator.and_, "//": operator.floordiv, "<<": operator.lshift,
    "@": operator.matmul, "*": operator.mul, "%": operator.mod, "|": operator.or_,
    "**": operator.pow, ">>": operator.rshift, "-": operator.sub, "/": operator.truediv,
    "^": operator.xor,
    "+=": operator.iadd, "&=": operator.iand, "//=": operator.ifloordiv,
    "<<=": operator.ilshift, "@=": operator.imatmul, "*=": operator.imul,
    "%=": operator.imod, "|=": operator.ior, "**=": operator.ipow, ">>=": operator.irshift,
    "-=": operator.isub, "/=": operator.itruediv, "^=": operator.ixor,
}
BINARY_FUNCS = tuple(_BINARY_FUNCS[symbol] for symbol in O.BINARY_OPS)
COMPARE_FUNCS = (operator.lt, operator.le, operator.eq, operator.ne, operator.gt, operator.ge)


class Decoded:
    """The decoded form of one code object (see the module docstring)."""

    __slots__ = ("code", "instrs", "plain", "raw", "handlers", "_lines", "offsets",
                 "_index_of", "jump_targets", "nlocalsplus", "cell_slots", "free_start",
                 "extra")

    @property
    def lines(self):
        """Line number per instruction, computed on first use: only tracebacks, tracing
        and f_lineno read it, and the line table is the slowest table to decode."""
        lines = self._lines
        if lines is None:
            lines = self._lines = _lines_by_index(self.code, [o // 2 for o in self.offsets])
        return lines

    @property
    def index_of(self):
        """{byte offset of an opcode: its index}, made on first use."""
        if self._index_of is None:
            self._index_of = {offset: index for index, offset in enumerate(self.offsets)}
        return self._index_of

    def line_of(self, index):
        """Line number of instruction `index`, or None."""
        if 0 <= index < len(self.lines):
            return self.lines[index]
        return None


def decode(code):
    """Return the `Decoded` of `code`, decoding it on first use."""
    decoded = code._decoded
    if decoded is None:
        decoded = code._decoded = _decode(code)
    return decoded


def read_instructions(co_code):
    """Yield (unit of the opcode, opcode, full argument) folding EXTENDED_ARG prefixes.

    Also yields the unit where each instruction starts (prefixes included) as the
    first element of a pair: ((start_unit, unit), op, arg).
    """
    extended = 0
    start = None
    for unit in range(len(co_code) // 2):
        opcode, byte = co_code[2 * unit], co_code[2 * unit + 1]
        if start is None:
            start = unit
        if opcode == O.EXTENDED_ARG:
            extended = (extended | byte) << 8
            continue
        yield (start, unit), opcode, extended | byte
        extended = 0
        start = None


def _decode(code):
    co_code = code.co_code
    nunits = len(co_code) // 2
    raw, units = [], []
    # A jump or a handler names the first unit of an instruction (its first prefix): every
    # unit maps to the index of the instruction it belongs to.
    index_of_unit = [0] * (nunits + 1)
    extended = 0
    index = 0
    extended_arg = O.EXTENDED_ARG
    for unit, opcode, byte in zip(range(nunits), co_code[0::2], co_code[1::2]):
        index_of_unit[unit] = index
        if opcode == extended_arg:
            extended = (extended | byte) << 8
            continue
        raw.append((opcode, extended | byte))
        units.append(unit)
        extended = 0
        index += 1
    index_of_unit[nunits] = index

    d = Decoded()
    d.code = code
    d.raw = raw
    d.offsets = [2 * unit for unit in units]
    d._index_of = None
    d._lines = None
    d.handlers = handlers = _handlers_by_index(code, index_of_unit, index)
    d.plain = plain = _resolve_all(code, raw, index_of_unit)
    _replace_by_flags(plain, code.co_flags)
    # Where control can arrive other than by falling through: jumps and handlers.
    jump_ops = O.JUMP_OPS
    d.jump_targets = frozenset([arg for opcode, arg in plain if opcode in jump_ops]
                               + [h[0] for h in handlers if h is not None])
    _mark_delegating_yields(plain)
    d.nlocalsplus = len(code.co_localsplusnames)
    kinds = code.co_localspluskinds
    d.cell_slots = tuple(i for i, k in enumerate(kinds) if k & O.CO_FAST_CELL)
    d.free_start = d.nlocalsplus - len(code.co_freevars)
    d.extra = {}
    d.instrs = fuse(d)
    return d


def _lines_by_index(code, units):
    per_unit = []
    try:
        for count, position in decode_linetable(code.co_linetable, code.co_firstlineno):
            per_unit.extend([position.lineno] * count)
    except IndexError:
        # A table cut short (code.replace(co_linetable=...) by a program): the
        # instructions it does not reach have no line, as CPython reports them.
        pass
    return [per_unit[unit] if unit < len(per_unit) else None for unit in units]


def _handlers_by_index(code, index_of_unit, count):
    handlers = [None] * count
    # The first entry covering an instruction is its innermost handler: fill in order,
    # never overwriting.
    for entry in decode_exception_table(code.co_exceptiontable):
        handler = (index_of_unit[entry.target], entry.depth, entry.lasti)
        for index in range(index_of_unit[entry.start], index_of_unit[entry.end]):
            if handlers[index] is None:
                handlers[index] = handler
    return handlers


_ARG_KINDS = {number: row.arg for number, row in O.BY_NUMBER.items()}
CONST, NAME, JUMP_TARGET, BINOP, COMPARE = O.CONST, O.NAME, O.JUMP_TARGET, O.BINOP, O.COMPARE


def _resolve_all(code, raw, index_of_unit):
    """`plain` from `raw`: arguments resolved (see the module docstring), *_SPECIAL rows in."""
    consts, names = code.co_consts, code.co_names
    kinds, special, special_ops = _ARG_KINDS, _SPECIAL, _SPECIAL_OPS
    plain = []
    append = plain.append
    for opcode, arg in raw:
        kind = kinds.get(opcode, _UNKNOWN)
        if kind is None:
            append((opcode, None))
        elif kind == CONST:
            append((opcode, consts[arg]))
        elif kind == NAME:
            if opcode in special_ops:
                opcode = special.get((opcode, names[arg]), opcode)
            append((opcode, names[arg]))
        elif kind == JUMP_TARGET:
            append((opcode, index_of_unit[arg]))
        elif kind == BINOP:
            append((opcode, BINARY_FUNCS[arg]))
        elif kind == COMPARE:
            append((opcode, COMPARE_FUNCS[arg]))
        elif kind is _UNKNOWN:
            raise SystemError(f"unknown opcode {opcode} in {code.co_name!r}")
        else:
            append((opcode, arg))
    return plain


_UNKNOWN = object()


def _flag_table():
    """[(code flags, opcode replaced, DECODED opcode)] from rows with `code_flags`."""
    return [(row.extra["code_flags"], O.OPS[row.extra["replaces"]].number, row.number)
            for row in O.OPS.values() if row.kind == O.DECODED and "code_flags" in row.extra]


_BY_FLAGS = _flag_table()


def _replace_by_flags(plain, flags):
    """Opcodes decoded apart in some kinds of code (RETURN_FROM_GENERATOR)."""
    for mask, replaced, replacement in _BY_FLAGS:
        if flags & mask:
            for index, (opcode, arg) in enumerate(plain):
                if opcode == replaced:
                    plain[index] = (replacement, arg)


def _special_table():
    """{(opcode, name): DECODED opcode} from the rows with `replaces` and `names`."""
    table = {}
    for row in O.OPS.values():
        if row.kind == O.DECODED and "names" in row.extra:
            for name in row.extra["names"]:
                table[O.OPS[row.extra["replaces"]].number, name] = row.number
    return table


_SPECIAL = _special_table()
_SPECIAL_OPS = frozenset(opcode for opcode, name in _SPECIAL)


def _mark_delegating_yields(plain):
    send, yield_value = O.SEND, O.YIELD_VALUE
    for index, (opcode, arg) in enumerate(plain):
        if opcode == send and index + 1 < len(plain) and plain[index + 1][0] == yield_value:
            plain[index + 1] = (yield_value, 1)


# ---------------------------------------------------------------------------
# Superinstructions: fused at decode time, declared as DECODED rows in opcodes.py.
# ---------------------------------------------------------------------------

def _fusion_table():
    """{tuple of part opcodes: DECODED opcode}, read from the rows' `extra['parts']`."""
    table = {}
    for row in O.OPS.values():
        if row.kind == O.DECODED and "parts" in row.extra:
            parts = tuple(O.OPS[name].number for name in row.extra["parts"])
            table[parts] = row.number
    return table


FUSIONS = _fusion_table()
# first part -> [(parts as a list, DECODED opcode)], longest first
_FUSIONS_BY_FIRST = {}
for _parts, _number in sorted(FUSIONS.items(), key=lambda item: -len(item[0])):
    _FUSIONS_BY_FIRST.setdefault(_parts[0], []).append((list(_parts), _number))


def fuse(d):
    """`plain` with superinstructions fused in (the rules are in the module docstring)."""
    plain = d.plain
    instrs = list(plain)
    ops = [opcode for opcode, arg in plain]
    targets = d.jump_targets
    handlers = d.handlers
    by_first = _FUSIONS_BY_FIRST
    count = len(plain)
    index = 0
    while index < count:
        candidates = by_first.get(ops[index])
        if candidates is not None:
            handler = handlers[index]
            for parts, number in candidates:
                end = index + len(parts)
                if end > count or ops[index:end] != parts:
                    continue
                if any(k in targets or handlers[k] != handler for k in range(index + 1, end)):
                    continue
                instrs[index] = (number, tuple([arg for opcode, arg in plain[index:end]]))
                index = end - 1
                break
        index += 1
    _jump_into_targets(instrs)
    return instrs


def _jumps_into_table():
    """{jump opcode: [(target opcode, DECODED opcode)]} from the rows with `jumps_into`."""
    table = {}
    for row in O.OPS.values():
        if row.kind == O.DECODED and "jumps_into" in row.extra:
            jump, target_op = (O.OPS[name].number for name in row.extra["jumps_into"])
            table.setdefault(jump, []).append((target_op, row.number))
    return table


_JUMPS_INTO = _jumps_into_table()


def _jump_into_targets(instrs):
    """A jump whose target is a given instruction does that instruction's work itself
    (the DECODED rows with `jumps_into`): a loop's back edge takes its next item."""
    table = _JUMPS_INTO
    for index, (opcode, arg) in enumerate(instrs):
        rows = table.get(opcode)
        if rows is not None:
            target = arg[-1] if type(arg) is tuple else arg
            for target_op, number in rows:
                if instrs[target][0] == target_op:
                    instrs[index] = (number, (target, *instrs[target][1]))
                    break


def init_instrs(code):
    """`instrs` for an __init__ run in place by a class call: returns are INIT_RETURN.

    A superinstruction that ends in RETURN_VALUE is unfused (its parts stay in
    place after it), and every RETURN_VALUE becomes INIT_RETURN.
    """
    d = decode(code)
    variant = d.extra.get("init")
    if variant is None:
        returns = frozenset(number for number, row in O.BY_NUMBER.items()
                            if "RETURN_VALUE" in row.extra.get("parts", ()))
        variant = []
        for index, (opcode, arg) in enumerate(d.instrs):
            if opcode in returns:
                opcode, arg = d.plain[index]
            if opcode == O.RETURN_VALUE:
                opcode = O.INIT_RETURN
            variant.append((opcode, arg))
        d.extra["init"] = variant
    return variant


# ---------------------------------------------------------------------------
# What the value stack holds before each instruction (for frame.f_lineno jumps)
# ---------------------------------------------------------------------------

OBJECT, ITERATOR, EXCEPT, LASTI, NULL_KIND = "object", "iterator", "except", "lasti", "null"

_ITERATOR_MAKERS = frozenset((O.GET_ITER, O.GET_AITER))


def stack_kinds(code):
    """For each instruction, the kinds of the items on the stack before it (a tuple,
    bottom first), or None where no path reaches it (CPython's mark_stacks).

    Kinds: ITERATOR (a for loop's), EXCEPT (an exception or the one handled before,
    as a handler holds them), LASTI (a handler's saved instruction), NULL_KIND (the
    LOAD_METHOD placeholder) and OBJECT for anything else.
    """
    d = decode(code)
    found = d.extra.get("stack_kinds")
    if found is not None:
        return found
    count = len(d.plain)
    kinds = [None] * count
    kinds[0:1] = [()] if count else []
    pending = [0] if count else []

    def reach(index, stack):
        if 0 <= index < count and kinds[index] is None:
            kinds[index] = stack
            pending.append(index)

    while pending:
        index = pending.pop()
        stack = kinds[index]
        opcode, raw = d.raw[index]
        handler = d.handlers[index]
        if handler is not None:
            target, depth, lasti = handler
            reach(target, stack[:depth] + ((LASTI,) if lasti else ()) + (EXCEPT,))
        row = O.BY_NUMBER[d.plain[index][0]]
        if row.kind != O.REAL:
            row = O.BY_NUMBER[opcode]
        after, jumped = _effect(row, raw, stack)
        if row.jumps:
            reach(d.plain[index][1], jumped)
        if not row.terminates:
            reach(index + 1, after)
    d.extra["stack_kinds"] = kinds
    return kinds


def _effect(row, raw, stack):
    """(stack after falling through, stack after jumping) as kinds."""
    opcode = row.number
    if opcode == O.COPY:
        return stack + (stack[-raw],), stack
    if opcode == O.SWAP:
        changed = list(stack)
        changed[-1], changed[-raw] = changed[-raw], changed[-1]
        return tuple(changed), stack
    if opcode == O.PUSH_EXC_INFO:
        return stack[:-1] + (EXCEPT, EXCEPT), stack
    if opcode == O.FOR_ITER:
        return stack + (OBJECT,), stack[:-1]
    if opcode == O.LOAD_METHOD:
        return stack[:-1] + (OBJECT, NULL_KIND), stack
    pops, pushes = row.pops_pushes(raw)
    base = stack[:len(stack) - pops] if pops else stack
    kept = _kept_items(row) if pops else 0
    if kept:
        # "exc type -- exc match": the items an instruction leaves in place keep their kind.
        base = stack[:len(stack) - pops + kept]
        pushes -= kept
    after = base + (ITERATOR if opcode in _ITERATOR_MAKERS else OBJECT,) * pushes
    if row.jump_stack is not None:
        jpops, jpushes = row.pops_pushes(raw, jump=True)
        jumped = (stack[:len(stack) - jpops] if jpops else stack) + (OBJECT,) * jpushes
    else:
        jumped = after
    return after, jumped


def _kept_items(row):
    """How many of the items a row pops it pushes back unchanged (a common prefix of names)."""
    before, _, after = row.stack.partition("--")
    before, after = before.split(), after.split()
    if any(name.endswith("*") for name in before + after):
        return 0
    kept = 0
    for old, new in zip(before, after):
        if old != new:
            break
        kept += 1
    return kept


def line_starts(d):
    """[(index, line)] for each instruction that starts a line: its line differs from the
    last line seen before it (CPython's marklines; instructions without a line skipped)."""
    starts = []
    last = None
    for index, line in enumerate(d.lines):
        if line is not None and line != last:
            starts.append((index, line))
            last = line
    return starts


def jump_check(code, from_index, target_line, suspended=False):
    """Where `frame.f_lineno = target_line` jumps from instruction `from_index`:
    (target index, kinds to pop), or raise ValueError with CPython's message
    (frame_setlineno in Objects/frameobject.c).

    The target is the start of the first line at or after `target_line` whose stack
    the current one can be cut down to (the deepest such start, if several); `suspended`
    is a generator stopped at the yield `from_index`, whose yielded value is gone.
    """
    d = decode(code)
    if target_line < code.co_firstlineno:
        raise ValueError(f"line {target_line} comes before the current code block")
    starts = line_starts(d)
    candidates = [line for index, line in starts if line >= target_line]
    if not candidates:
        raise ValueError(f"line {target_line} comes after the current code block")
    target_line = min(candidates)
    kinds = stack_kinds(code)
    start = kinds[from_index] if 0 <= from_index < len(kinds) else ()
    best = None
    message = None
    for index, line in starts:
        if line != target_line:
            continue
        target = kinds[index]
        if _compatible(start, target):
            if best is None or len(target) > len(kinds[best]):
                best = index
        elif message is None:
            message = ("can't jump from unreachable code" if start is None
                       else _incompatible(target))
    if best is None:
        raise ValueError(message or "cannot find bytecode for specified line")
    if suspended:
        start = start[:-1]
    return best, start[len(kinds[best]):]


def _compatible(start, target):
    """Whether a stack of kinds `start` can be cut down to `target` (compatible_stack)."""
    if start is None or target is None or len(start) < len(target):
        return False
    for have, want in zip(start, target):
        # An object may stand where any object is expected, not the NULL placeholder;
        # where NULL is expected anything goes; the other kinds must match exactly.
        if want == OBJECT:
            if have == NULL_KIND:
                return False
        elif want != NULL_KIND and have != want:
            return False
    return True


def _incompatible(target):
    """CPython's explain_incompatible_stack for the stack of the refused target."""
    if target is None:
        return "can't jump into an exception handler, or code may be unreachable"
    top = target[-1]
    if top == EXCEPT:
        return "can't jump into an 'except' block as there's no exception"
    if top == LASTI:
        return "can't jump into a re-raising block as there's no location"
    if top == ITERATOR:
        return "can't jump into the body of a for loop"
    return "incompatible stacks"
