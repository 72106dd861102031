"""The instruction set of pvm: THE table, one row per opcode.

A leaf of the pipeline: the compiler emits these instructions, the VM runs them,
the disassembler prints them, the JIT lowers them, and the documentation in
docs/opcodes.md is generated from this file (`python -m pvm.bytecode.opcodes`).
Nothing else may list opcodes by hand.

Encoding (`co_code`): CPython's wordcode. Each instruction unit is two bytes,
opcode then argument; an argument above 255 is spread over EXTENDED_ARG prefixes,
most significant byte first. An offset counts bytes, as in CPython, so offsets are
even. Jump arguments are *absolute* targets counted in instruction units
(target offset = 2 * arg); that differs from CPython 3.11's relative jumps and
spares the VM an addition per jump.

Where a row matches a CPython 3.11 opcode of the same name, it means the same thing
(read `Python/ceval.c` for the letter of it). Where pvm differs, the row says so:
  * calls are CALL_FUNCTION, CALL_FUNCTION_KW, CALL_FUNCTION_EX and the pair
    LOAD_METHOD/CALL_METHOD (the Python 3.10 convention), not PRECALL/CALL/KW_NAMES;
  * no CACHE entries, no RESUME, no RETURN_GENERATOR: calling a generator function
    makes the generator in the call path; its first resumption starts at offset 0
    with nothing pushed;
  * jumps are absolute (JUMP_FORWARD and JUMP_BACKWARD only tell the direction);
  * LOAD_FAST_CHECK (from CPython 3.12) loads a local that may be unbound.

Exceptions use a table, as in 3.11: `co_exceptiontable` maps ranges of instructions
to a handler (target, stack depth, push-lasti). When an instruction raises, the VM
finds the innermost entry covering it, cuts the value stack to `depth`, pushes the
offset of the raising instruction if `lasti` is set, pushes the exception and jumps
to the handler. No instruction sets up or pops a block at run time; the compiler's
SETUP_* and POP_BLOCK pseudo-instructions become table entries in the assembler.

Stack effects are written in the Forth style "before -- after", top of stack on the
right. An item `name*` stands for `arg` items unless the row gives `count`, a
function of the argument. A row with `jump` gives the effect when the jump is
taken; `effect` is the effect when it is not.

The NULL of LOAD_METHOD/CALL_METHOD is the VM's own sentinel (`NULL` in the VM),
never a Python value a program can see.
"""

from dataclasses import dataclass, field
import hashlib

# Argument kinds: how the disassembler shows an argument and what it indexes.
NO_ARG = None
CONST = "const"        # index into co_consts
NAME = "name"          # index into co_names
LOCAL = "local"        # index into co_varnames (the first slots of the frame's locals)
DEREF = "deref"        # index into the frame's locals-plus (varnames + cells + frees)
JUMP_TARGET = "jump"   # absolute target, in instruction units (not JUMP: that name is the
                       # pseudo-instruction's number once the table is loaded)
COUNT = "count"        # a number of stack items
COMPARE = "compare"    # index into CMP_OPS
BINOP = "binop"        # index into BINARY_OPS
FLAGS = "flags"        # bit flags (see the row)
RAW = "raw"            # a small number whose meaning the row explains

# Row kinds.
REAL = "real"          # appears in co_code
PSEUDO = "pseudo"      # emitted by the code generator, gone after assembly
DECODED = "decoded"    # made by the VM's decoder (superinstructions); never in co_code

CMP_OPS = ("<", "<=", "==", "!=", ">", ">=")

# BINARY_OP arguments, numbered as CPython 3.11 numbers them (NB_*), so that a
# listing reads the same; the in-place forms follow at +13.
BINARY_OPS = ("+", "&", "//", "<<", "@", "*", "%", "|", "**", ">>", "-", "/", "^")
BINARY_OPS = BINARY_OPS + tuple(symbol + "=" for symbol in BINARY_OPS)
INPLACE = 13

# MAKE_FUNCTION flags, in the order the extras are pushed (bottom first).
MAKE_DEFAULTS = 0x01
MAKE_KWDEFAULTS = 0x02
MAKE_ANNOTATIONS = 0x04
MAKE_CLOSURE = 0x08

# FORMAT_VALUE: the low two bits choose the conversion; bit 4 says a spec is on the stack.
FVC_MASK = 0x03
FVC_NONE, FVC_STR, FVC_REPR, FVC_ASCII = 0, 1, 2, 3
FVS_HAVE_SPEC = 0x04

# Kinds of locals-plus slots, with CPython's values (co_localspluskinds).
CO_FAST_LOCAL = 0x20
CO_FAST_CELL = 0x40
CO_FAST_FREE = 0x80

# Opcodes below this take no argument (their argument byte is 0).
HAVE_ARGUMENT = 90
FIRST_PSEUDO = 256
FIRST_DECODED = 300


@dataclass(frozen=True)
class Op:
    """One row of the instruction set."""
    name: str
    number: int
    arg: str | None
    stack: str                 # "before -- after" when the jump is not taken
    doc: str
    jump_stack: str | None = None   # "before -- after" when the jump is taken
    count: object = None            # arg -> how many items `name*` stands for
    kind: str = REAL
    terminates: bool = False        # control never falls through to the next instruction
    unconditional: bool = False     # a jump that is always taken
    extra: dict = field(default_factory=dict)

    @property
    def jumps(self):
        return self.arg == JUMP_TARGET

    def _items(self, side, arg):
        total = 0
        for item in side.split():
            if item.endswith("*"):
                total += self.count(arg) if self.count is not None else arg
            else:
                total += 1
        return total

    def stack_effect(self, arg=0, jump=False):
        """Net change of the stack depth: the jump's effect if `jump`, else the fall-through's."""
        pops, pushes = self.pops_pushes(arg, jump)
        return pushes - pops

    def pops_pushes(self, arg=0, jump=False):
        """(items popped, items pushed) for this argument."""
        text = self.jump_stack if (jump and self.jump_stack is not None) else self.stack
        before, _, after = text.partition("--")
        return self._items(before, arg), self._items(after, arg)


_ROWS = []


def _op(name, arg, stack, doc, **kw):
    _ROWS.append((name, arg, stack, doc, kw))


def _popcount(value):
    return bin(value).count("1")


# ---------------------------------------------------------------------------
# The table. Order matters only inside each group: numbers are given in order,
# argument-less opcodes from 1, opcodes with an argument from HAVE_ARGUMENT,
# pseudo-instructions from FIRST_PSEUDO.
# ---------------------------------------------------------------------------

# Stack and constants
_op("NOP", NO_ARG, "--", "Do nothing; keeps a line number alive for tracing.")
_op("POP_TOP", NO_ARG, "value --", "Discard the top of the stack.")
_op("COPY", COUNT, "-- copy", "Push a copy of the item `arg` places down (COPY 1 duplicates the top).")
_op("SWAP", COUNT, "--", "Swap the top of the stack with the item `arg` places down (arg >= 2).")
_op("LOAD_CONST", CONST, "-- value", "Push co_consts[arg].")

# Local variables, by slot
_op("LOAD_FAST", LOCAL, "-- value", "Push local `arg`, which the compiler proved is bound.")
_op("LOAD_FAST_CHECK", LOCAL, "-- value",
    "Push local `arg`; raise UnboundLocalError if it is unbound.")
_op("STORE_FAST", LOCAL, "value --", "Pop into local `arg`.")
_op("DELETE_FAST", LOCAL, "--", "Unbind local `arg` (UnboundLocalError if already unbound).")

# Cells: locals-plus slots of kind CELL or FREE hold cell objects
_op("MAKE_CELL", DEREF, "--",
    "Prologue: turn slot `arg` into a new cell holding the slot's value, if it had one.")
_op("COPY_FREE_VARS", COUNT, "--",
    "Prologue: copy the function's closure cells into the last `arg` slots.")
_op("LOAD_CLOSURE", DEREF, "-- cell", "Push the cell object in slot `arg` (to build a closure).")
_op("LOAD_DEREF", DEREF, "-- value",
    "Push the contents of the cell in slot `arg` (NameError/UnboundLocalError if empty).")
_op("LOAD_CLASSDEREF", DEREF, "-- value",
    "Class body: push the name of slot `arg` from the class namespace if there, else from the cell.")
_op("STORE_DEREF", DEREF, "value --", "Pop into the cell in slot `arg`.")
_op("DELETE_DEREF", DEREF, "--", "Empty the cell in slot `arg`.")

# Names in dictionaries
_op("LOAD_NAME", NAME, "-- value", "Push a name from locals, then globals, then builtins.")
_op("STORE_NAME", NAME, "value --", "Pop into the locals mapping.")
_op("DELETE_NAME", NAME, "--", "Delete a name from the locals mapping.")
_op("LOAD_GLOBAL", NAME, "-- value", "Push a name from globals, then builtins.")
_op("STORE_GLOBAL", NAME, "value --", "Pop into globals.")
_op("DELETE_GLOBAL", NAME, "--", "Delete a name from globals.")

# Attributes, items and slices
_op("LOAD_ATTR", NAME, "obj -- value", "Replace the top with getattr(top, co_names[arg]).")
_op("STORE_ATTR", NAME, "value obj --", "setattr(obj, co_names[arg], value).")
_op("DELETE_ATTR", NAME, "obj --", "delattr(obj, co_names[arg]).")
_op("LOAD_METHOD", NAME, "obj -- method self_or_null",
    "Look up co_names[arg] for a call. If the type has it as a plain function (or method "
    "descriptor) and nothing on the instance shadows it, push that function and `obj`; "
    "otherwise push the attribute's value and NULL. Pairs with CALL_METHOD.")
_op("BINARY_SUBSCR", NO_ARG, "container key -- value", "container[key].")
_op("STORE_SUBSCR", NO_ARG, "value container key --", "container[key] = value.")
_op("DELETE_SUBSCR", NO_ARG, "container key --", "del container[key].")
_op("BUILD_SLICE", COUNT, "parts* -- slice", "slice(start, stop[, step]) from 2 or 3 items.")

# Operators
_op("UNARY_POSITIVE", NO_ARG, "value -- result", "+value.")
_op("UNARY_NEGATIVE", NO_ARG, "value -- result", "-value.")
_op("UNARY_NOT", NO_ARG, "value -- result", "not value.")
_op("UNARY_INVERT", NO_ARG, "value -- result", "~value.")
_op("BINARY_OP", BINOP, "left right -- result",
    "Apply BINARY_OPS[arg] (an in-place form from INPLACE on, e.g. `+=`).")
_op("COMPARE_OP", COMPARE, "left right -- result", "Rich comparison CMP_OPS[arg].")
_op("IS_OP", RAW, "left right -- result", "`left is right`, or `is not` when arg is 1.")
_op("CONTAINS_OP", RAW, "left right -- result", "`left in right`, or `not in` when arg is 1.")

# Building values
_op("BUILD_TUPLE", COUNT, "items* -- tuple", "A tuple of the top `arg` items.")
_op("BUILD_LIST", COUNT, "items* -- list", "A list of the top `arg` items.")
_op("BUILD_SET", COUNT, "items* -- set", "A set of the top `arg` items.")
_op("BUILD_MAP", COUNT, "pairs* -- dict", "A dict of `arg` key, value pairs.",
    count=lambda arg: 2 * arg)
_op("BUILD_CONST_KEY_MAP", COUNT, "values* keys -- dict",
    "A dict of `arg` values keyed by the tuple `keys` on top.")
_op("BUILD_STRING", COUNT, "parts* -- str", "Concatenate `arg` strings (f-strings).")
_op("LIST_APPEND", COUNT, "value --", "stack[-arg].append(value), after popping value.")
_op("SET_ADD", COUNT, "value --", "stack[-arg].add(value), after popping value.")
_op("MAP_ADD", COUNT, "key value --", "stack[-arg][key] = value, after popping both.")
_op("LIST_EXTEND", COUNT, "iterable --", "stack[-arg].extend(iterable).")
_op("SET_UPDATE", COUNT, "iterable --", "stack[-arg].update(iterable).")
_op("DICT_UPDATE", COUNT, "mapping --", "stack[-arg].update(mapping) (a `{**m}` display).")
_op("DICT_MERGE", COUNT, "mapping --",
    "stack[-arg].update(mapping) for `f(**m)`: TypeError on a repeated keyword, as CPython.")
_op("LIST_TO_TUPLE", NO_ARG, "list -- tuple", "tuple(list).")
_op("UNPACK_SEQUENCE", COUNT, "seq -- items*",
    "Push the `arg` items of seq, the first on top (ValueError if the count differs).")
_op("UNPACK_EX", RAW, "seq -- items*",
    "Starred unpacking: low byte = items before the star, high byte = items after; "
    "the starred part is a list. The first item ends on top.",
    count=lambda arg: (arg & 0xFF) + (arg >> 8) + 1)
_op("FORMAT_VALUE", FLAGS, "value spec* -- str",
    "format(value, spec) after the conversion in the low two bits (FVC_*); bit FVS_HAVE_SPEC "
    "says a spec string is on the stack.",
    count=lambda arg: 1 if arg & FVS_HAVE_SPEC else 0)

# Jumps (absolute targets)
_op("JUMP_FORWARD", JUMP_TARGET, "--", "Jump forward to `arg`.", jump_stack="--",
    terminates=True, unconditional=True)
_op("JUMP_BACKWARD", JUMP_TARGET, "--", "Jump back to `arg` (a loop: the place to count hotness).",
    jump_stack="--", terminates=True, unconditional=True)
_op("POP_JUMP_IF_FALSE", JUMP_TARGET, "cond --", "Pop; jump if it is false.", jump_stack="cond --")
_op("POP_JUMP_IF_TRUE", JUMP_TARGET, "cond --", "Pop; jump if it is true.", jump_stack="cond --")
_op("POP_JUMP_IF_NONE", JUMP_TARGET, "value --", "Pop; jump if it is None.", jump_stack="value --")
_op("POP_JUMP_IF_NOT_NONE", JUMP_TARGET, "value --", "Pop; jump if it is not None.",
    jump_stack="value --")
_op("JUMP_IF_FALSE_OR_POP", JUMP_TARGET, "cond --", "Jump keeping the top if it is false; else pop it.",
    jump_stack="cond -- cond")
_op("JUMP_IF_TRUE_OR_POP", JUMP_TARGET, "cond --", "Jump keeping the top if it is true; else pop it.",
    jump_stack="cond -- cond")

# Iteration and generators
_op("GET_ITER", NO_ARG, "iterable -- iter", "iter(iterable).")
_op("FOR_ITER", JUMP_TARGET, "iter -- iter next",
    "Push next(iter); when it is exhausted, pop the iterator and jump to `arg`.",
    jump_stack="iter --")
_op("GET_YIELD_FROM_ITER", NO_ARG, "iterable -- iter",
    "iter() for `yield from`, leaving generators and (in a coroutine) coroutines as they are.")
_op("SEND", JUMP_TARGET, "receiver value -- receiver yielded",
    "receiver.send(value) (next() when value is None); if it returns instead of yielding, "
    "replace both with the return value and jump to `arg`.",
    jump_stack="receiver value -- result")
_op("YIELD_VALUE", NO_ARG, "value -- sent",
    "Suspend the frame giving `value` to the caller; resume with the value sent in.")
_op("RETURN_VALUE", NO_ARG, "value --", "Return from the frame.", terminates=True)
_op("GET_AWAITABLE", RAW, "obj -- awaitable",
    "The awaitable for `await obj`; arg says where it is (0 await, 1 after __aenter__, "
    "2 after __aexit__) for error messages.")
_op("GET_AITER", NO_ARG, "obj -- aiter", "obj.__aiter__().")
_op("GET_ANEXT", NO_ARG, "aiter -- aiter awaitable", "The awaitable of aiter.__anext__().")
_op("END_ASYNC_FOR", NO_ARG, "aiter exc --",
    "Handler of `async for`: StopAsyncIteration ends the loop; any other exception is re-raised.")
_op("ASYNC_GEN_WRAP", NO_ARG, "value -- wrapped",
    "Mark a value yielded by an async generator (so that `await` inside it passes through).")

# Context managers
_op("BEFORE_WITH", NO_ARG, "mgr -- exit entered",
    "Push the bound __exit__ and the result of calling __enter__.")
_op("BEFORE_ASYNC_WITH", NO_ARG, "mgr -- exit awaitable",
    "Push the bound __aexit__ and the awaitable of __aenter__().")
_op("WITH_EXCEPT_START", NO_ARG, "exit lasti prev exc -- exit lasti prev exc result",
    "Call exit(type(exc), exc, exc.__traceback__) and push its result.")

# Exceptions
_op("RAISE_VARARGS", COUNT, "args* --",
    "arg 0: re-raise the exception being handled; 1: raise top; 2: raise exc from cause.",
    terminates=True)
_op("RERAISE", RAW, "exc --",
    "Re-raise exc. A nonzero arg names the stack item holding the lasti to restore, so the "
    "traceback points at the original instruction.", terminates=True)
_op("PUSH_EXC_INFO", NO_ARG, "exc -- prev exc",
    "Handler entry: push the exception being handled before (or None), then make exc current.")
_op("POP_EXCEPT", NO_ARG, "prev --", "Handler exit: make prev the exception being handled.")
_op("CHECK_EXC_MATCH", NO_ARG, "exc type -- exc match",
    "Push whether exc is an instance of type (TypeError for a type that is not an exception).")
_op("CHECK_EG_MATCH", NO_ARG, "eg type -- rest match",
    "except*: split exception group eg by type into rest and match (None when no match).")
_op("PREP_RERAISE_STAR", NO_ARG, "orig list -- exc",
    "except*: combine the raised and unhandled parts of orig into what to re-raise (or None).")
_op("LOAD_ASSERTION_ERROR", NO_ARG, "-- AssertionError", "Push AssertionError.")

# Calls and functions
_op("CALL_FUNCTION", COUNT, "callable args* -- result", "callable(*args) with `arg` positionals.")
_op("CALL_FUNCTION_KW", COUNT, "callable args* names -- result",
    "A call with `arg` arguments, the last len(names) of them keywords named by the tuple on top.")
_op("CALL_FUNCTION_EX", FLAGS, "callable args kwargs* -- result",
    "callable(*args, **kwargs): args is a tuple; bit 1 of arg says a kwargs dict is on top.",
    count=lambda arg: arg & 1)
_op("CALL_METHOD", COUNT, "method self_or_null args* -- result",
    "After LOAD_METHOD: method(self, *args), or method(*args) when NULL.")
_op("MAKE_FUNCTION", FLAGS, "extras* code -- function",
    "A function of the code object on top; the flags MAKE_* say which extras lie below it "
    "(defaults tuple, kwdefaults dict, annotations tuple of name/value pairs, closure tuple).",
    count=lambda arg: _popcount(arg & 0x0F))
_op("LOAD_BUILD_CLASS", NO_ARG, "-- build_class", "Push builtins.__build_class__.")
_op("SETUP_ANNOTATIONS", NO_ARG, "--", "Create __annotations__ in the locals if missing.")

# Imports
_op("IMPORT_NAME", NAME, "level fromlist -- module", "__import__(co_names[arg], ..., fromlist, level).")
_op("IMPORT_FROM", NAME, "module -- module value",
    "Push module.<name>, falling back to sys.modules for a submodule (ImportError if neither).")
_op("IMPORT_STAR", NO_ARG, "module --", "`from module import *` into the locals mapping.")

# Pattern matching
_op("GET_LEN", NO_ARG, "obj -- obj length", "Push len(obj).")
_op("MATCH_MAPPING", NO_ARG, "subject -- subject is_mapping", "Push whether subject is a mapping.")
_op("MATCH_SEQUENCE", NO_ARG, "subject -- subject is_sequence",
    "Push whether subject is a sequence (str, bytes and bytearray are not).")
_op("MATCH_KEYS", NO_ARG, "subject keys -- subject keys values",
    "Push a tuple of subject[key] for the keys, or None if one is missing.")
_op("MATCH_CLASS", COUNT, "subject cls names -- attrs",
    "Class pattern with `arg` positional sub-patterns and keyword `names`: a tuple of the "
    "attributes, or None when the subject does not match.")
_op("COPY_DICT_WITHOUT_KEYS", NO_ARG, "subject keys -- subject rest",
    "For `**rest` in a mapping pattern: a dict copy of subject without keys.")

# The interactive prompt
_op("PRINT_EXPR", NO_ARG, "value --", "REPL: show a non-None value through sys.displayhook.")

# Argument prefix
_op("EXTENDED_ARG", RAW, "--", "Prefix: shift its byte into the next instruction's argument.")

# Pseudo-instructions: the code generator's, replaced or removed by the assembler.
_op("SETUP_FINALLY", JUMP_TARGET, "--",
    "Until POP_BLOCK, an exception jumps to `arg` with the stack as here plus the exception.",
    jump_stack="-- exc", kind=PSEUDO)
_op("SETUP_CLEANUP", JUMP_TARGET, "--",
    "As SETUP_FINALLY, pushing lasti below the exception.",
    jump_stack="-- lasti exc", kind=PSEUDO)
_op("SETUP_WITH", JUMP_TARGET, "--",
    "As SETUP_CLEANUP, for a with block, emitted after BEFORE_WITH: the handler's stack "
    "drops the value __enter__ returned (keeping the bound exit) before lasti and the "
    "exception are pushed.",
    jump_stack="entered -- lasti exc", kind=PSEUDO)
_op("POP_BLOCK", NO_ARG, "--", "Ends the innermost SETUP_*.", kind=PSEUDO)
_op("JUMP", JUMP_TARGET, "--", "A jump whose direction the assembler picks.", jump_stack="--",
    kind=PSEUDO, terminates=True, unconditional=True)
_op("JUMP_NO_INTERRUPT", JUMP_TARGET, "--", "As JUMP; a backward jump that is not a loop's.",
    jump_stack="--", kind=PSEUDO, terminates=True, unconditional=True)

# ---------------------------------------------------------------------------
# DECODED rows: made by the VM's decoder (bytecode/decode.py), never in co_code.
# Owned by the VM. Two sorts:
#  * `replaces` + `names`: an attribute instruction on a name the VM answers
#    itself (pvm tracebacks live beside the host exception, see vm/frame.py);
#  * `parts`: a superinstruction, the fusion of consecutive instructions. Its
#    argument is the tuple of the parts' (decoded) arguments; the stack effect is
#    the parts' in sequence.
# ---------------------------------------------------------------------------

_VM_ATTRIBUTES = ("__traceback__", "with_traceback", "split", "subgroup")
for _name, _stack in (("LOAD_ATTR", "obj -- value"), ("LOAD_METHOD", "obj -- method self_or_null"),
                      ("STORE_ATTR", "value obj --"), ("DELETE_ATTR", "obj --")):
    _op(_name + "_SPECIAL", NAME, _stack,
        f"{_name} of a name the VM resolves itself on exceptions (`__traceback__`, "
        f"`with_traceback`: pvm's traceback; an exception group's `split` and `subgroup`, "
        f"which take a pvm function as predicate); elsewhere the same as {_name}.",
        kind=DECODED, extra={"replaces": _name, "names": _VM_ATTRIBUTES})
del _name, _stack

_op("RETURN_FROM_GENERATOR", NO_ARG, "value --",
    "RETURN_VALUE in the code of a generator, coroutine or async generator: the frame "
    "ends its generator. Decoded apart so that the loop tells it from a function's return "
    "without a test.", kind=DECODED, terminates=True,
    extra={"replaces": "RETURN_VALUE", "code_flags": 0x20 | 0x80 | 0x200})

_op("INIT_RETURN", NO_ARG, "value --",
    "RETURN_VALUE of an __init__ that a class call runs in place: TypeError unless the "
    "value is None; the call's result is the new object, which the caller's stack holds. "
    "In the instruction list decode.init_instrs makes for such frames.",
    kind=DECODED, terminates=True)

# Superinstructions, chosen from the opcode pairs and triples the benchmark programs
# execute most. The decoder fuses the longest run that matches. Only the last part
# may return, call, or jump to its target (a first-part FOR_ITER that is exhausted
# jumps out and skips the rest); the parts before the last are loads and stores
# that cannot fail, except FOR_ITER, whose errors are its own.
SUPERINSTRUCTIONS = (
    ("LOAD_FAST", "LOAD_FAST"),
    ("LOAD_FAST", "LOAD_CONST"),
    ("LOAD_CONST", "LOAD_FAST"),
    ("STORE_FAST", "LOAD_FAST"),
    ("STORE_FAST", "STORE_FAST"),
    ("LOAD_FAST", "LOAD_ATTR"),
    ("LOAD_FAST", "LOAD_METHOD"),
    ("LOAD_FAST", "BINARY_OP"),
    ("LOAD_CONST", "BINARY_OP"),
    ("LOAD_FAST", "LOAD_FAST", "BINARY_OP"),
    ("LOAD_FAST", "LOAD_CONST", "BINARY_OP"),
    ("BINARY_OP", "STORE_FAST"),
    ("LOAD_FAST", "LOAD_FAST", "BINARY_OP", "STORE_FAST"),
    ("LOAD_FAST", "LOAD_CONST", "BINARY_OP", "STORE_FAST"),
    ("LOAD_FAST", "LOAD_FAST", "BINARY_SUBSCR"),
    ("LOAD_FAST", "LOAD_CONST", "BINARY_SUBSCR"),
    ("COMPARE_OP", "POP_JUMP_IF_FALSE"),
    ("COMPARE_OP", "POP_JUMP_IF_TRUE"),
    ("LOAD_CONST", "COMPARE_OP", "POP_JUMP_IF_FALSE"),
    ("LOAD_FAST", "LOAD_CONST", "COMPARE_OP", "POP_JUMP_IF_FALSE"),
    ("LOAD_FAST", "LOAD_FAST", "COMPARE_OP", "POP_JUMP_IF_FALSE"),
    ("FOR_ITER", "STORE_FAST"),
    ("FOR_ITER", "UNPACK_SEQUENCE"),
    ("LOAD_FAST", "RETURN_VALUE"),
    ("LOAD_CONST", "RETURN_VALUE"),
    ("LOAD_FAST", "LOAD_FAST", "STORE_ATTR"),
    ("LOAD_FAST", "STORE_ATTR"),
    ("COPY", "COPY"),
    ("SWAP", "SWAP"),
    ("POP_TOP", "JUMP_BACKWARD"),
    ("LOAD_CONST", "IS_OP", "POP_JUMP_IF_FALSE"),
    ("LOAD_CONST", "IS_OP", "POP_JUMP_IF_TRUE"),
    ("LOAD_FAST", "LOAD_METHOD", "CALL_METHOD"),
    ("LOAD_FAST", "LOAD_METHOD", "LOAD_FAST", "CALL_METHOD"),
    ("LOAD_GLOBAL", "LOAD_FAST", "CALL_FUNCTION"),
    ("COPY", "COPY", "BINARY_SUBSCR"),
    ("SWAP", "SWAP", "STORE_SUBSCR"),
    ("UNPACK_SEQUENCE", "STORE_FAST", "STORE_FAST"),
    ("COPY", "LOAD_ATTR"),
    ("SWAP", "STORE_ATTR"),
    # Added from the pair counts of the benchmarks (2026-11-21): tests of a local or of
    # an attribute of a local, `self.x = constant`, getters, calls whose arguments are
    # locals, augmented subscript assignments, closures' cell reads, `for a, b in`.
    ("LOAD_FAST", "POP_JUMP_IF_FALSE"),
    ("LOAD_FAST", "POP_JUMP_IF_TRUE"),
    ("LOAD_FAST", "POP_JUMP_IF_NONE"),
    ("LOAD_FAST", "POP_JUMP_IF_NOT_NONE"),
    ("LOAD_FAST", "LOAD_ATTR", "POP_JUMP_IF_FALSE"),
    ("LOAD_FAST", "LOAD_ATTR", "POP_JUMP_IF_TRUE"),
    ("LOAD_FAST", "LOAD_ATTR", "POP_JUMP_IF_NONE"),
    ("LOAD_FAST", "LOAD_ATTR", "POP_JUMP_IF_NOT_NONE"),
    ("LOAD_FAST", "LOAD_ATTR", "RETURN_VALUE"),
    ("LOAD_FAST", "LOAD_ATTR", "STORE_FAST"),
    ("LOAD_CONST", "LOAD_FAST", "STORE_ATTR"),
    ("LOAD_FAST", "CALL_FUNCTION"),
    ("LOAD_CONST", "CALL_FUNCTION"),
    ("LOAD_FAST", "LOAD_FAST", "CALL_FUNCTION"),
    ("LOAD_FAST", "LOAD_CONST", "BINARY_OP", "CALL_FUNCTION"),
    ("LOAD_FAST", "LOAD_FAST", "BINARY_OP", "BINARY_OP"),
    ("BINARY_OP", "SWAP", "SWAP", "STORE_SUBSCR"),
    ("LOAD_FAST", "LOAD_CONST", "COPY", "COPY", "BINARY_SUBSCR"),
    ("LOAD_FAST", "LOAD_FAST", "COPY", "COPY", "BINARY_SUBSCR"),
    ("LOAD_DEREF", "BINARY_OP"),
    ("LOAD_DEREF", "LOAD_FAST", "BINARY_OP"),
    ("FOR_ITER", "UNPACK_SEQUENCE", "STORE_FAST", "STORE_FAST"),
    ("LOAD_FAST", "LOAD_ATTR", "JUMP_IF_FALSE_OR_POP"),
    ("LOAD_FAST", "LOAD_ATTR", "JUMP_IF_TRUE_OR_POP"),
    ("LOAD_GLOBAL", "LOAD_FAST", "LOAD_FAST", "CALL_FUNCTION"),
    ("LOAD_GLOBAL", "LOAD_FAST", "LOAD_CONST", "BINARY_OP", "CALL_FUNCTION"),
    ("LOAD_FAST", "LOAD_ATTR", "LOAD_FAST", "LOAD_ATTR", "BINARY_OP"),
    ("LOAD_FAST", "LOAD_ATTR", "LOAD_FAST", "LOAD_ATTR"),
    ("LOAD_FAST", "LOAD_ATTR", "BINARY_OP"),
    ("LOAD_DEREF", "LOAD_FAST", "CALL_FUNCTION"),
    ("UNPACK_SEQUENCE", "STORE_FAST", "STORE_FAST", "STORE_FAST"),
    ("LOAD_FAST", "BINARY_SUBSCR"),
    ("LOAD_CONST", "BINARY_SUBSCR"),
    ("BUILD_SLICE", "BINARY_SUBSCR"),
    ("BINARY_OP", "RETURN_VALUE"),
)
_op("JUMP_BACKWARD__FOR_ITER__STORE_FAST", RAW, "-- ; iter -- iter next ; value --",
    "A loop's JUMP_BACKWARD whose target is FOR_ITER__STORE_FAST: takes the next item at "
    "once instead of dispatching the target (argument: the target index, then the "
    "target's arguments).", kind=DECODED,
    extra={"jumps_into": ("JUMP_BACKWARD", "FOR_ITER__STORE_FAST")})

_op("POP_TOP__JUMP_BACKWARD__FOR_ITER__STORE_FAST", RAW,
    "value -- ; -- ; iter -- iter next ; value --",
    "POP_TOP__JUMP_BACKWARD whose target is FOR_ITER__STORE_FAST, as the row above "
    "(argument: the target index, then the target's arguments).", kind=DECODED,
    extra={"jumps_into": ("POP_TOP__JUMP_BACKWARD", "FOR_ITER__STORE_FAST")})

_STACK_OF = {row[0]: row[2] for row in _ROWS}
for _parts in SUPERINSTRUCTIONS:
    # The stack column lists the parts' effects in order (read it, do not parse it).
    _op("__".join(_parts), RAW, " ; ".join(_STACK_OF[part] for part in _parts),
        "Superinstruction: " + ", then ".join(_parts) + " (argument: the tuple of their "
        "arguments).", kind=DECODED, extra={"parts": _parts})
del _parts, _STACK_OF


def _number_rows():
    by_name = {}
    next_plain, next_arg, next_pseudo, next_decoded = 1, HAVE_ARGUMENT, FIRST_PSEUDO, FIRST_DECODED
    for name, arg, stack, doc, kw in _ROWS:
        kind = kw.get("kind", REAL)
        if kind == PSEUDO:
            number, next_pseudo = next_pseudo, next_pseudo + 1
        elif kind == DECODED:
            number, next_decoded = next_decoded, next_decoded + 1
        elif arg is NO_ARG:
            number, next_plain = next_plain, next_plain + 1
        else:
            number, next_arg = next_arg, next_arg + 1
        assert name not in by_name, name
        assert number < HAVE_ARGUMENT or arg is not NO_ARG or kind != REAL, name
        by_name[name] = Op(name, number, arg, stack, doc, **kw)
    return by_name


OPS = _number_rows()
"""Every row by name."""

BY_NUMBER = {op.number: op for op in OPS.values()}
"""Every row by number."""

REAL_OPS = tuple(op for op in OPS.values() if op.kind == REAL)

# One module-level constant per opcode (LOAD_FAST = 95, ...), for the compiler and the VM.
globals().update({name: op.number for name, op in OPS.items()})

JUMP_OPS = frozenset(op.number for op in OPS.values() if op.jumps)
UNCONDITIONAL_JUMPS = frozenset(op.number for op in OPS.values() if op.unconditional)
TERMINATORS = frozenset(op.number for op in OPS.values() if op.terminates)


def stack_effect(number, arg=0, jump=False):
    """Net stack effect of opcode `number`: the taken jump's effect if `jump`."""
    return BY_NUMBER[number].stack_effect(arg, jump)


def table_fingerprint():
    """A digest of everything in the table that the encoding depends on (for the .pyc magic).
    DECODED rows are left out: they never appear in co_code, and adding a
    superinstruction must not invalidate every cached .pyc."""
    text = "\n".join(f"{op.name} {op.number} {op.arg} {op.stack} {op.jump_stack}"
                     for op in sorted(OPS.values(), key=lambda op: op.number)
                     if op.kind != DECODED)
    return hashlib.sha256(text.encode()).digest()


def markdown():
    """The instruction set as a Markdown document (docs/opcodes.md is this, regenerated)."""
    lines = [
        "<!-- Generated by `python -m pvm.bytecode.opcodes`; do not edit by hand. -->",
        "# pvm's instruction set",
        "",
        "Generated from `pvm/bytecode/opcodes.py`, the one table that declares the "
        "instruction set. Stack effects read `before -- after`, top of stack on the right; "
        "`name*` stands for a number of items given by the argument.",
        "",
    ]
    for title, kind in (("Instructions", REAL), ("Pseudo-instructions (compiler only)", PSEUDO),
                        ("Decoded-only instructions (the VM's superinstructions)", DECODED)):
        rows = [op for op in OPS.values() if op.kind == kind]
        if not rows:
            continue
        lines += [f"## {title}", "", "| number | name | argument | stack | meaning |",
                  "|---:|---|---|---|---|"]
        for op in sorted(rows, key=lambda op: op.number):
            stack = f"`{op.stack}`"
            if op.jump_stack and op.jump_stack != op.stack:
                stack += f"; jump: `{op.jump_stack}`"
            lines.append(f"| {op.number} | {op.name} | {op.arg or ''} | {stack} | {op.doc} |")
        lines.append("")
    return "\n".join(lines)


if __name__ == "__main__":
    print(markdown())
