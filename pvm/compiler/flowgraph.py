"""The control-flow graph: basic blocks of instructions, and the passes over it.

Compiler stage, between the code generator and the assembler (CPython 3.12 split this
part of compile.c into flowgraph.c; pvm follows the split). The code generator emits
`Instr`s into `Block`s, with pseudo-instructions (JUMP, SETUP_*, POP_BLOCK) and
jump targets that are blocks. The passes here, in the order `optimize_cfg` runs them:

* peepholes per block as CPython 3.11's `optimize_basic_block`: constant conditions
  become unconditional jumps or nothing, constant tuples are folded, `x is None`
  tests jump with POP_JUMP_IF_(NOT_)NONE, jumps to jumps are threaded;
* small exit blocks (return/raise without a line of their own) are copied into the
  blocks that jump to them (`extend_block`);
* unreachable blocks are dropped, jumps to the next block removed;
* every instruction gets a line (`propagate_line_numbers`), exits without one are
  duplicated so each keeps its predecessor's line, and a return still without one
  takes the line before it (`guarantee_lineno_for_exits`);
* loads of locals that may be unbound become LOAD_FAST_CHECK (as CPython 3.12's
  `add_checks_for_loads_of_uninitialized_variables`).

Guarantees after `optimize_cfg`: every block is reachable, no block is empty, and
every jump target is a block in `blocks`.
"""

from pvm.bytecode import opcodes as op
from pvm.bytecode.code import Position
from pvm.bytecode.opcodes import OPS

_JUMP_OPS = op.JUMP_OPS
_BLOCK_PUSH = frozenset((op.SETUP_FINALLY, op.SETUP_CLEANUP, op.SETUP_WITH))
_UNCONDITIONAL = frozenset((op.JUMP, op.JUMP_NO_INTERRUPT, op.JUMP_FORWARD, op.JUMP_BACKWARD))
_SCOPE_EXIT = frozenset((op.RETURN_VALUE, op.RAISE_VARARGS, op.RERAISE))
_ENDS_FLOW = _UNCONDITIONAL | _SCOPE_EXIT
_CONDITIONAL = frozenset((op.POP_JUMP_IF_FALSE, op.POP_JUMP_IF_TRUE, op.POP_JUMP_IF_NONE,
                          op.POP_JUMP_IF_NOT_NONE, op.JUMP_IF_FALSE_OR_POP,
                          op.JUMP_IF_TRUE_OR_POP))

# Jumps that jump threading follows, and the opcodes optimize_basic_block looks at.
_THREADED_JUMPS = frozenset(_JUMP_OPS - _BLOCK_PUSH - {op.FOR_ITER, op.SEND})
_PEEPHOLE_OPS = _THREADED_JUMPS | {op.LOAD_CONST, op.BUILD_TUPLE}

# A block this short that ends the code object is copied rather than jumped to.
MAX_COPY_SIZE = 4
# Constant tuples folded by the peephole are capped, as CPython's STACK_USE_GUARD.
STACK_USE_GUARD = 30


class Instr:
    """One instruction: opcode, integer argument, jump target (a Block) and position."""
    __slots__ = ("op", "arg", "target", "loc", "handler")

    def __init__(self, opcode, arg=0, target=None, loc=None):
        self.op = opcode
        self.arg = arg
        self.target = target
        self.loc = loc          # (lineno, end_lineno, col, end_col) or None
        self.handler = None     # the innermost exception handler block, after labelling

    def copy(self):
        return Instr(self.op, self.arg, self.target, self.loc)

    def __repr__(self):
        name = op.BY_NUMBER[self.op].name
        return f"Instr({name}, {self.arg}{', ->' + str(id(self.target)) if self.target else ''})"


class Block:
    """A basic block: straight-line instructions ending at a jump, exit or fall-through.

    The passes' fields start as these class defaults: the code generator makes a
    block for every branch, and only `instrs` needs to be its own from the start.
    """
    next = None
    startdepth = -1
    visited = False
    predecessors = 0
    preserve_lasti = False
    except_stack = None
    offset = 0
    index = 0
    unsafe = None

    def __init__(self):
        self.instrs = []

    def last(self):
        return self.instrs[-1] if self.instrs else None

    def falls_through(self):
        """Whether control can run off the end into `next` (CPython's !b_nofallthrough)."""
        instrs = self.instrs
        return not instrs or instrs[-1].op not in _ENDS_FLOW

    def exits_scope(self):
        last = self.last()
        return last is not None and last.op in _SCOPE_EXIT


def is_jump(instr):
    return instr.op in _JUMP_OPS


def is_block_push(instr):
    return instr.op in _BLOCK_PUSH


def link_blocks(blocks):
    """Set each block's `next` and `index` from the layout order."""
    for i, block in enumerate(blocks):
        block.index = i
        block.next = blocks[i + 1] if i + 1 < len(blocks) else None


# ---------------------------------------------------------------------------
# Peepholes (CPython 3.11 optimize_basic_block)
# ---------------------------------------------------------------------------

def _truth(value):
    try:
        return bool(value)
    except Exception:   # a constant whose truth fails is left for run time
        return None


def _next_nonempty(block):
    while block is not None and not block.instrs:
        block = block.next
    return block


def _line(instr):
    loc = instr.loc
    return loc[0] if loc is not None else None


def _thread_target(instr):
    """Jump threading: follow a jump whose target starts with an unconditional jump."""
    seen = 0
    while seen < 16:
        target = _next_nonempty(instr.target)
        if target is None:
            return
        first = target.instrs[0]
        # As 3.11's jump_thread: only between jumps of one line, so line events stay.
        if _line(first) != _line(instr) or first.target is instr.target:
            return
        if first.op in (op.JUMP, op.JUMP_NO_INTERRUPT) and first.target is not target:
            if instr.op in (op.JUMP_IF_FALSE_OR_POP, op.JUMP_IF_TRUE_OR_POP) or \
                    instr.op in _CONDITIONAL or instr.op in (op.JUMP, op.JUMP_NO_INTERRUPT):
                instr.target = first.target
                seen += 1
                continue
        if instr.op in (op.JUMP_IF_FALSE_OR_POP, op.JUMP_IF_TRUE_OR_POP):
            if first.op == instr.op:
                # x or (x or y): the second test of the same value is taken too.
                instr.target = first.target
                seen += 1
                continue
            if first.op in (op.JUMP_IF_FALSE_OR_POP, op.JUMP_IF_TRUE_OR_POP):
                # The opposite test fails for sure: land after it, popping.
                if len(target.instrs) == 1:
                    instr.op = (op.POP_JUMP_IF_FALSE if instr.op == op.JUMP_IF_FALSE_OR_POP
                                else op.POP_JUMP_IF_TRUE)
                    instr.target = _next_nonempty(target.next)
                return
        return


def _fold_tuple(instrs, i, consts, add_const):
    """LOAD_CONST x n; BUILD_TUPLE n -> LOAD_CONST (tuple) (CPython fold_tuple_on_constants)."""
    build = instrs[i]
    n = build.arg
    if n > i or n > STACK_USE_GUARD:
        return False
    items = []
    for j in range(i - n, i):
        if instrs[j].op != op.LOAD_CONST:
            return False
        items.append(consts[instrs[j].arg])
    for j in range(i - n, i):
        instrs[j].op, instrs[j].arg = op.NOP, 0
    build.op, build.arg = op.LOAD_CONST, add_const(tuple(items))
    return True


def _fold_is_none(instrs, i):
    """LOAD_CONST None; IS_OP; POP_JUMP_IF_FALSE/TRUE -> POP_JUMP_IF_(NOT_)NONE (3.11)."""
    jump = instrs[i + 2] if i + 2 < len(instrs) else None
    if jump is None or jump.op not in (op.POP_JUMP_IF_FALSE, op.POP_JUMP_IF_TRUE):
        return
    is_op = instrs[i + 1]
    # `x is None` jumping when false, or `x is not None` jumping when true.
    if (jump.op == op.POP_JUMP_IF_FALSE) == (is_op.arg == 0):
        jump.op = op.POP_JUMP_IF_NOT_NONE
    else:
        jump.op = op.POP_JUMP_IF_NONE
    instrs[i].op, instrs[i].arg = op.NOP, 0
    is_op.op, is_op.arg = op.NOP, 0


def optimize_basic_block(block, consts, add_const):
    instrs = block.instrs
    n = len(instrs)
    peephole = _PEEPHOLE_OPS
    for i in range(n):
        instr = instrs[i]
        code = instr.op
        if code not in peephole:
            continue
        nxt = instrs[i + 1] if i + 1 < n else None
        if code == op.LOAD_CONST and nxt is not None:
            if nxt.op in (op.POP_JUMP_IF_FALSE, op.POP_JUMP_IF_TRUE):
                truth = _truth(consts[instr.arg])
                if truth is not None:
                    instr.op, instr.arg = op.NOP, 0
                    if truth == (nxt.op == op.POP_JUMP_IF_TRUE):
                        nxt.op = op.JUMP
                    else:
                        nxt.op, nxt.target = op.NOP, None
            elif nxt.op == op.IS_OP and consts[instr.arg] is None:
                _fold_is_none(instrs, i)
            elif nxt.op in (op.JUMP_IF_FALSE_OR_POP, op.JUMP_IF_TRUE_OR_POP):
                truth = _truth(consts[instr.arg])
                if truth is not None:
                    if truth == (nxt.op == op.JUMP_IF_TRUE_OR_POP):
                        nxt.op = op.JUMP
                    else:
                        instr.op, instr.arg = op.NOP, 0
                        nxt.op, nxt.target = op.NOP, None
        elif code == op.BUILD_TUPLE:
            if nxt is not None and nxt.op == op.UNPACK_SEQUENCE and nxt.arg == instr.arg:
                if instr.arg == 1:
                    instr.op = nxt.op = op.NOP
                elif instr.arg == 2:
                    instr.op, nxt.op, nxt.arg = op.NOP, op.SWAP, 2
                elif instr.arg == 3:
                    instr.op, instr.arg, nxt.op, nxt.arg = op.SWAP, 3, op.NOP, 0
                else:
                    _fold_tuple(instrs, i, consts, add_const)
            else:
                _fold_tuple(instrs, i, consts, add_const)
        elif code in _THREADED_JUMPS:
            _thread_target(instr)


def clean_basic_block(block):
    """Remove NOPs, keeping one where it alone carries a line number (CPython's rule)."""
    instrs = block.instrs
    nop = op.NOP
    for instr in instrs:
        if instr.op == nop:
            break
    else:
        return
    out = []
    n = len(instrs)
    for k, instr in enumerate(instrs):
        if instr.op == op.NOP:
            line = instr.loc[0] if instr.loc else None
            if line is None:
                continue
            if out and out[-1].loc and out[-1].loc[0] == line:
                continue
            if k + 1 < n:
                following = instrs[k + 1]
                if following.loc is None or following.loc[0] == line:
                    if following.loc is None:
                        following.loc = instr.loc
                    continue
            elif block.next is not None and block.next.instrs and k + 1 == n:
                first = block.next.instrs[0]
                if first.loc is not None and first.loc[0] == line:
                    continue
        out.append(instr)
    block.instrs = out


# ---------------------------------------------------------------------------
# The whole-graph passes
# ---------------------------------------------------------------------------

def _extend_block(block):
    """Copy a small exit block over an unconditional jump to it (CPython extend_block)."""
    last = block.last()
    if last is None or last.op not in (op.JUMP, op.JUMP_NO_INTERRUPT, op.JUMP_FORWARD,
                                       op.JUMP_BACKWARD):
        return False
    target = _next_nonempty(last.target)
    if target is None or not target.exits_scope() or len(target.instrs) > MAX_COPY_SIZE:
        return False
    if target is block:
        return False
    if any(i.loc is not None for i in target.instrs):
        # 3.11 copies only exits without a line (implicit `return None`s), so that
        # line events stay where the source puts them.
        return False
    copies = [i.copy() for i in target.instrs]
    # The jump's own position goes to the first copied instruction without one.
    block.instrs[-1:] = copies
    if copies[0].loc is None or copies[0].op == op.NOP:
        copies[0].loc = last.loc or copies[0].loc
    return True


def mark_reachable(blocks):
    for block in blocks:
        block.predecessors = 0
    entry = blocks[0]
    entry.predecessors = 1
    stack = [entry]
    ends = _ENDS_FLOW
    while stack:
        block = stack.pop()
        instrs = block.instrs
        nxt = block.next
        if nxt is not None and (not instrs or instrs[-1].op not in ends):
            nxt.predecessors += 1
            if nxt.predecessors == 1:
                stack.append(nxt)
        for instr in instrs:
            target = instr.target
            if target is not None:
                target.predecessors += 1
                if target.predecessors == 1:
                    stack.append(target)


def _eliminate_empty_blocks(blocks):
    """Drop empty blocks; retarget jumps at them to the next non-empty block."""
    for block in blocks:
        for instr in block.instrs:
            if instr.target is not None and not instr.target.instrs:
                instr.target = _next_nonempty(instr.target)
    kept = [b for b in blocks if b.instrs]
    link_blocks(kept)
    return kept


def optimize_cfg(blocks, consts, add_const):
    """Run the passes in CPython 3.11's order; return the new block list."""
    link_blocks(blocks)
    for block in list(blocks):
        optimize_basic_block(block, consts, add_const)
        clean_basic_block(block)
    for block in blocks:
        if _extend_block(block):
            clean_basic_block(block)
    mark_reachable(blocks)
    for block in blocks:
        if block.predecessors == 0:
            block.instrs = []
    blocks = _eliminate_empty_blocks(blocks)
    for block in blocks:
        clean_basic_block(block)
    changed = False
    for block in blocks:
        last = block.last()
        if last is not None and last.op in (op.JUMP, op.JUMP_NO_INTERRUPT) \
                and last.target is _next_nonempty(block.next):
            last.op, last.target = op.NOP, None
            clean_basic_block(block)
            changed = True
    if changed:
        blocks = _eliminate_empty_blocks(blocks)
    # Predecessor counts as the later passes need them, on the final blocks.
    mark_reachable(blocks)
    return blocks


# ---------------------------------------------------------------------------
# Line numbers (CPython 3.11 propagate_line_numbers, duplicate_exits_without_lineno)
# ---------------------------------------------------------------------------

def _exit_without_lineno(block):
    """An exit block none of whose instructions has a position (is_exit_without_lineno)."""
    return block.exits_scope() and all(instr.loc is None for instr in block.instrs)


def duplicate_exits_without_lineno(blocks):
    """An exit block without a line reached by a jump gets its own copy per jumper.

    Only the first instruction of a copy takes the jumper's position;
    propagate_line_numbers gives it to the rest.
    """
    extra = []
    for block in blocks:
        last = block.last()
        if last is None or last.target is None or last.op in _BLOCK_PUSH:
            continue
        target = last.target
        if target.predecessors > 1 and _exit_without_lineno(target):
            copy = Block()
            copy.instrs = [i.copy() for i in target.instrs]
            copy.instrs[0].loc = last.loc
            copy.predecessors = 1
            target.predecessors -= 1
            last.target = copy
            extra.append((target, copy))
    if extra:
        # Copies go right after the originals so the layout stays close to the source.
        after = {}
        for target, copy in extra:
            after.setdefault(id(target), []).append(copy)
        order = []
        for block in blocks:
            order.append(block)
            order.extend(after.get(id(block), ()))
        blocks = order
        link_blocks(blocks)
    # A fall-through exit with no line takes the line of the block before it.
    for block in blocks:
        nxt = block.next
        if nxt is not None and block.falls_through() and block.instrs and \
                nxt.predecessors == 1 and _exit_without_lineno(nxt):
            nxt.instrs[0].loc = block.instrs[-1].loc
    return blocks


def propagate_line_numbers(blocks):
    for block in blocks:
        prev = None
        for instr in block.instrs:
            if instr.loc is None:
                instr.loc = prev
            else:
                prev = instr.loc
        if prev is None:
            continue
        if block.falls_through() and block.next is not None and block.next.predecessors == 1:
            first = block.next.instrs[0] if block.next.instrs else None
            if first is not None and first.loc is None:
                first.loc = prev
        last = block.last()
        if last is not None and last.target is not None and last.op not in _BLOCK_PUSH:
            target = last.target
            if target.predecessors == 1 and target.instrs and target.instrs[0].loc is None:
                target.instrs[0].loc = prev


def guarantee_lineno_for_exits(blocks, firstlineno):
    """A return still without a position takes the line (no columns) of the last
    instruction before it that has one, its whole block with it, as 3.11's
    guarantee_lineno_for_exits."""
    lineno = firstlineno
    for block in blocks:
        last = block.last()
        if last is None:
            continue
        if last.loc is None:
            if last.op == op.RETURN_VALUE:
                loc = Position(lineno, lineno, None, None)
                for instr in block.instrs:
                    instr.loc = loc
        else:
            lineno = last.loc[0]


# ---------------------------------------------------------------------------
# Unbound locals (CPython 3.12 add_checks_for_loads_of_uninitialized_variables)
# ---------------------------------------------------------------------------

def add_checks_for_unbound_locals(blocks, nparams, nlocals):
    """Turn LOAD_FAST of a local that may be unbound here into LOAD_FAST_CHECK.

    A forward data-flow pass over bit masks: bit i set means local i may be unbound.
    Parameters start bound; an exception handler starts with the union of the states
    inside the range it protects.
    """
    if nlocals == 0:
        return
    start_mask = ((1 << nlocals) - 1) & ~((1 << nparams) - 1)
    for block in blocks:
        block.unsafe = None
    entry = blocks[0]
    entry.unsafe = start_mask
    work = [entry]
    queued = {id(entry)}

    def merge(target, mask):
        old = target.unsafe
        new = mask if old is None else old | mask
        if new != old:
            target.unsafe = new
            if id(target) not in queued:
                queued.add(id(target))
                work.append(target)

    LOAD_FAST, LOAD_FAST_CHECK = op.LOAD_FAST, op.LOAD_FAST_CHECK
    STORE_FAST, DELETE_FAST = op.STORE_FAST, op.DELETE_FAST
    binds = {LOAD_FAST, LOAD_FAST_CHECK, STORE_FAST}
    while work:
        block = work.pop()
        queued.discard(id(block))
        mask = block.unsafe
        for instr in block.instrs:
            if instr.handler is not None:
                merge(instr.handler, mask)
            code = instr.op
            if code in binds:
                mask &= ~(1 << instr.arg)
            elif code == DELETE_FAST:
                mask |= 1 << instr.arg
            if instr.target is not None:
                merge(instr.target, mask)
        if block.next is not None and block.falls_through():
            merge(block.next, mask)
    for block in blocks:
        mask = block.unsafe
        if mask is None:
            continue
        for instr in block.instrs:
            code = instr.op
            if code == LOAD_FAST:
                if mask >> instr.arg & 1:
                    instr.op = LOAD_FAST_CHECK
                mask &= ~(1 << instr.arg)
            elif code == LOAD_FAST_CHECK or code == STORE_FAST:
                mask &= ~(1 << instr.arg)
            elif code == DELETE_FAST:
                mask |= 1 << instr.arg


# ---------------------------------------------------------------------------
# Stack depth and exception targets (CPython 3.11 stackdepth, label_exception_targets)
# ---------------------------------------------------------------------------

def _effect(opcode, arg):
    """(pops, net effect, net effect when jumping, terminates) of one instruction."""
    row = op.BY_NUMBER[opcode]
    pops, pushes = row.pops_pushes(arg)
    jpops, jpushes = row.pops_pushes(arg, True)
    return pops, pushes - pops, jpushes - jpops, row.terminates


def _arg_free(row):
    """Whether a row's stack effect is the same whatever its argument."""
    return "*" not in row.stack and "*" not in (row.jump_stack or "")


# Effects by opcode where the argument does not matter, else by (opcode, argument).
_FIXED_EFFECTS = {number: _effect(number, 0) for number, row in op.BY_NUMBER.items()
                  if _arg_free(row)}
_EFFECTS = {}


def stackdepth(blocks):
    """Each block's depth at entry; returns the maximum depth. Raises on inconsistency."""
    for block in blocks:
        block.startdepth = -1
    maxdepth = 0
    work = []

    def push(target, depth):
        if target.startdepth < 0:
            target.startdepth = depth
            work.append(target)
        elif target.startdepth != depth:
            raise SystemError(f"inconsistent stack depth {target.startdepth} != {depth}")

    push(blocks[0], 0)
    fixed, effects = _FIXED_EFFECTS, _EFFECTS
    while work:
        block = work.pop()
        depth = block.startdepth
        falls = True
        for instr in block.instrs:
            effect = fixed.get(instr.op)
            if effect is None:
                key = (instr.op, instr.arg)
                effect = effects.get(key)
                if effect is None:
                    effect = effects[key] = _effect(instr.op, instr.arg)
            pops, net, jump_net, terminates = effect
            if depth - pops < 0:
                raise SystemError(f"stack underflow at {op.BY_NUMBER[instr.op].name}")
            if instr.target is not None:
                target_depth = depth + jump_net
                if target_depth > maxdepth:
                    maxdepth = target_depth
                push(instr.target, target_depth)
            depth += net
            if depth > maxdepth:
                maxdepth = depth
            if terminates:
                falls = False
                break
        if falls and block.next is not None:
            push(block.next, depth)
    return maxdepth


def label_exception_targets(blocks):
    """Give every instruction its innermost handler block (`instr.handler`); the
    SETUP_* and POP_BLOCK pseudo-instructions, read here, become NOPs."""
    for block in blocks:
        block.visited = False
        block.except_stack = None
    entry = blocks[0]
    entry.except_stack = []
    entry.visited = True
    todo = [entry]
    NOP, POP_BLOCK = op.NOP, op.POP_BLOCK
    while todo:
        block = todo.pop()
        stack = block.except_stack
        block.except_stack = None
        handler = stack[-1] if stack else None
        for instr in block.instrs:
            code = instr.op
            if code in _BLOCK_PUSH:
                target = instr.target
                if not target.visited:
                    target.except_stack = list(stack)
                    target.visited = True
                    todo.append(target)
                if code != op.SETUP_FINALLY:
                    target.preserve_lasti = True
                stack.append(target)
                handler = target
                instr.op, instr.arg, instr.target = NOP, 0, None
            elif code == POP_BLOCK:
                stack.pop()
                handler = stack[-1] if stack else None
                instr.op = NOP
            else:
                instr.handler = handler
                if instr.target is not None and not instr.target.visited:
                    instr.target.except_stack = list(stack)
                    instr.target.visited = True
                    todo.append(instr.target)
        if block.falls_through() and block.next is not None and not block.next.visited:
            block.next.except_stack = stack
            block.next.visited = True
            todo.append(block.next)
