"""pvm's code object: what the compiler produces, the .pyc cache stores and the VM runs.

A leaf of the pipeline. `Code` has the attributes tools expect of CPython 3.11's
code objects (co_name, co_varnames, co_lines(), co_positions(), replace(), ...),
with pvm's own instruction set in `co_code` (see opcodes.py) and pvm's own
encodings for the two tables:

* `co_linetable`: runs of instruction units that share a source position. Each run
  is varint(units), signed varint(lineno - previous run's lineno), then
  varint(end_lineno - lineno + 1), varint(col + 1), varint(end_col + 1), with 0
  meaning "unknown" in the last three. An unknown lineno is the sentinel delta
  NO_LINE; the next run's delta is then taken from the last known lineno.
* `co_exceptiontable`: entries of five varints: start, end (exclusive) and target in
  instruction units, the stack depth, and 1 if lasti is pushed. Entries are sorted
  by start; the innermost handler of an instruction is the first entry covering it.

Locals-plus layout (as CPython 3.11): `co_localsplusnames` lists every slot of a
frame: the variables (arguments first), then cells that are not arguments, then free
variables; `co_localspluskinds` holds CO_FAST_LOCAL/CELL/FREE bits per slot.
"""

from sys import intern
from typing import NamedTuple

from pvm.bytecode.opcodes import CO_FAST_CELL, CO_FAST_FREE, CO_FAST_LOCAL

# co_flags, with CPython's values (Include/cpython/code.h).
CO_OPTIMIZED = 0x0001
CO_NEWLOCALS = 0x0002
CO_VARARGS = 0x0004
CO_VARKEYWORDS = 0x0008
CO_NESTED = 0x0010
CO_GENERATOR = 0x0020
CO_NOFREE = 0x0040
CO_COROUTINE = 0x0080
CO_ITERABLE_COROUTINE = 0x0100
CO_ASYNC_GENERATOR = 0x0200
CO_FUTURE_DIVISION = 0x20000
CO_FUTURE_ABSOLUTE_IMPORT = 0x40000
CO_FUTURE_WITH_STATEMENT = 0x80000
CO_FUTURE_PRINT_FUNCTION = 0x100000
CO_FUTURE_UNICODE_LITERALS = 0x200000
CO_FUTURE_BARRY_AS_BDFL = 0x400000
CO_FUTURE_GENERATOR_STOP = 0x800000
CO_FUTURE_ANNOTATIONS = 0x1000000

NO_LINE = -(1 << 30)

# False under `-X no_debug_ranges` / PYTHONNODEBUGRANGES (the runtime sets it with
# set_debug_ranges): co_positions() then gives no columns, as CPython's code objects
# built without them. The tables themselves keep the columns, so the cache is shared.
debug_ranges = True


def set_debug_ranges(enabled):
    """Switch column information of every code object on or off (config.code_debug_ranges)."""
    global debug_ranges
    debug_ranges = bool(enabled)


# ---------------------------------------------------------------------------
# Varints: 7 bits a byte, low bits first, high bit set on all but the last byte.
# ---------------------------------------------------------------------------

def write_varint(out, value):
    """Append unsigned `value` to bytearray `out`."""
    while value >= 0x80:
        out.append((value & 0x7F) | 0x80)
        value >>= 7
    out.append(value)


def write_signed_varint(out, value):
    """Append signed `value` (zigzag: sign in the low bit)."""
    write_varint(out, (-value << 1) | 1 if value < 0 else value << 1)


def read_varint(data, pos):
    """Return (value, next position) of the unsigned varint at data[pos]."""
    value = shift = 0
    while True:
        byte = data[pos]
        pos += 1
        value |= (byte & 0x7F) << shift
        if byte < 0x80:
            return value, pos
        shift += 7


def read_signed_varint(data, pos):
    value, pos = read_varint(data, pos)
    return (-(value >> 1) if value & 1 else value >> 1), pos


# ---------------------------------------------------------------------------
# The line table
# ---------------------------------------------------------------------------

class Position(NamedTuple):
    lineno: int | None
    end_lineno: int | None
    col: int | None
    end_col: int | None


def _plus_one(value):
    return 0 if value is None else value + 1


def _minus_one(value):
    return None if value == 0 else value - 1


def encode_linetable(positions, firstlineno):
    """Encode one Position per instruction unit into co_linetable bytes."""
    runs = []
    for pos in positions:
        if runs and runs[-1][1] == pos:
            runs[-1][0] += 1
        else:
            runs.append([1, pos])
    return encode_line_runs(runs, firstlineno)


def encode_line_runs(runs, firstlineno):
    """Encode (units, Position) runs into co_linetable bytes; equal neighbours may
    come as separate runs."""
    out = bytearray()
    extend = out.extend
    previous = firstlineno
    for units, (lineno, end_lineno, col, end_col) in runs:
        if lineno is None:
            delta = (-NO_LINE << 1) | 1
            span = 0
        else:
            delta = lineno - previous
            delta = (-delta << 1) | 1 if delta < 0 else delta << 1
            previous = lineno
            span = 0 if end_lineno is None or end_lineno < lineno else end_lineno - lineno + 1
        col = 0 if col is None or col < 0 else col + 1
        end_col = 0 if end_col is None or end_col < 0 else end_col + 1
        values = (units, delta, span, col, end_col)
        if units < 0x80 and delta < 0x80 and span < 0x80 and col < 0x80 and end_col < 0x80:
            extend(values)      # each value is one byte
        else:
            for value in values:
                write_varint(out, value)
    return bytes(out)


def decode_linetable(data, firstlineno):
    """Yield (units, Position) runs from co_linetable bytes."""
    pos, previous = 0, firstlineno
    while pos < len(data):
        units, pos = read_varint(data, pos)
        delta, pos = read_signed_varint(data, pos)
        span, pos = read_varint(data, pos)
        col, pos = read_varint(data, pos)
        end_col, pos = read_varint(data, pos)
        if delta == NO_LINE:
            lineno = end_lineno = None
        else:
            lineno = previous = previous + delta
            end_lineno = None if span == 0 else lineno + span - 1
        yield units, Position(lineno, end_lineno, _minus_one(col), _minus_one(end_col))


# ---------------------------------------------------------------------------
# The exception table
# ---------------------------------------------------------------------------

class ExceptionEntry(NamedTuple):
    start: int      # first instruction unit covered
    end: int        # first unit not covered
    target: int     # handler, in instruction units
    depth: int      # stack depth to cut to before pushing
    lasti: bool     # push the raising instruction's offset below the exception


def encode_exception_table(entries):
    out = bytearray()
    for entry in entries:
        for value in (entry.start, entry.end, entry.target, entry.depth, int(entry.lasti)):
            write_varint(out, value)
    return bytes(out)


def decode_exception_table(data):
    entries, pos = [], 0
    while pos < len(data):
        values = []
        for _ in range(5):
            value, pos = read_varint(data, pos)
            values.append(value)
        values[4] = bool(values[4])
        entries.append(ExceptionEntry(*values))
    return entries


# ---------------------------------------------------------------------------
# The code object
# ---------------------------------------------------------------------------

_FIELDS = ("co_argcount", "co_posonlyargcount", "co_kwonlyargcount", "co_stacksize",
           "co_flags", "co_code", "co_consts", "co_names", "co_localsplusnames",
           "co_localspluskinds", "co_filename", "co_name", "co_qualname", "co_firstlineno",
           "co_linetable", "co_exceptiontable")


class Code:
    """A compiled block of pvm bytecode: a module, class body, function or comprehension.

    Immutable by convention, like CPython's; `replace()` makes a changed copy. The VM
    may attach its decoded form in `_decoded` (see bytecode/decode.py); it is not part
    of the value and is never saved.
    """

    __slots__ = _FIELDS + ("co_varnames", "co_cellvars", "co_freevars", "co_nlocals",
                           "_decoded", "__weakref__")

    def __init__(self, argcount, posonlyargcount, kwonlyargcount, stacksize, flags, code,
                 consts, names, localsplusnames, localspluskinds, filename, name, qualname,
                 firstlineno, linetable, exceptiontable):
        self.co_argcount = argcount
        self.co_posonlyargcount = posonlyargcount
        self.co_kwonlyargcount = kwonlyargcount
        self.co_stacksize = stacksize
        self.co_flags = flags
        self.co_code = bytes(code)
        self.co_consts = _intern_constants(tuple(consts))[0]
        self.co_names = tuple(map(intern, names))
        self.co_localsplusnames = tuple(map(intern, localsplusnames))
        self.co_localspluskinds = bytes(localspluskinds)
        self.co_filename = filename
        self.co_name = name
        self.co_qualname = qualname
        self.co_firstlineno = firstlineno
        self.co_linetable = bytes(linetable)
        self.co_exceptiontable = bytes(exceptiontable)
        kinds = self.co_localspluskinds
        names = self.co_localsplusnames
        self.co_varnames = tuple(n for n, k in zip(names, kinds) if k & CO_FAST_LOCAL)
        self.co_cellvars = tuple(n for n, k in zip(names, kinds) if k & CO_FAST_CELL)
        self.co_freevars = tuple(n for n, k in zip(names, kinds) if k & CO_FAST_FREE)
        self.co_nlocals = len(self.co_varnames)
        self._decoded = None

    # -- what tools read ---------------------------------------------------

    def co_positions(self):
        """Yield (lineno, end_lineno, col, end_col) for each instruction unit, as CPython.

        Without debug ranges, (lineno, lineno, None, None): CPython's
        remove_column_info keeps only the line of each entry."""
        strip = not debug_ranges
        for units, pos in decode_linetable(self.co_linetable, self.co_firstlineno):
            pos = (pos[0], pos[0], None, None) if strip else tuple(pos)
            for _ in range(units):
                yield pos

    def co_lines(self):
        """Yield (start, end, lineno) byte ranges, merging runs on one line, as CPython."""
        start = 0
        current = object()
        offset = 0
        for units, pos in decode_linetable(self.co_linetable, self.co_firstlineno):
            if pos.lineno != current:
                if offset > start:
                    yield start, offset, current
                start, current = offset, pos.lineno
            offset += 2 * units
        if offset > start:
            yield start, offset, current

    def exception_entries(self):
        return decode_exception_table(self.co_exceptiontable)

    def replace(self, **changes):
        """A copy with some co_* fields changed, like CodeType.replace()."""
        values = {name: getattr(self, name) for name in _FIELDS}
        for key, value in changes.items():
            if key == "co_varnames":
                values.update(_replace_varnames(self, value))
            elif key in ("co_cellvars", "co_freevars", "co_nlocals"):
                raise ValueError(f"pvm code objects cannot replace {key} on its own")
            elif key not in values:
                raise TypeError(f"replace() got an unexpected keyword argument '{key}'")
            else:
                values[key] = value
        return Code(*(values[name] for name in _FIELDS))

    # Not picklable, with CPython's errors: copyreg._reduce_ex's below protocol 2,
    # object_getstate's "cannot pickle code objects" (a variable-size type) above.
    def __reduce_ex__(self, protocol):
        if protocol < 2:
            raise TypeError("cannot pickle 'code' object")
        raise TypeError("cannot pickle code objects")

    def __reduce__(self):
        raise TypeError("cannot pickle 'code' object")

    def _key(self):
        values = [getattr(self, name) for name in _FIELDS]
        values[_FIELDS.index("co_consts")] = _const_key(self.co_consts)
        return tuple(values)

    def __eq__(self, other):
        if not isinstance(other, Code):
            return NotImplemented
        return self._key() == other._key()

    def __hash__(self):
        return hash((self.co_name, self.co_code, self.co_firstlineno))

    def __repr__(self):
        return (f'<code object {self.co_name} at {id(self):#x}, '
                f'file "{self.co_filename}", line {self.co_firstlineno}>')


# Programs see CPython's type: type(c).__name__ == "code", in builtins (the class
# keeps its readable name in this file).
Code.__name__ = Code.__qualname__ = "code"
Code.__module__ = "builtins"


def _const_key(value):
    """A key under which constants compare as the compiler keeps them apart: 0, 0.0,
    -0.0 and False differ, and a NaN equals itself (CPython's _PyCode_ConstantKey)."""
    kind = type(value)
    if kind is float or kind is complex:
        return (kind, repr(value))
    if kind is tuple:
        return (kind, tuple(_const_key(v) for v in value))
    if kind is frozenset:
        return (kind, frozenset(_const_key(v) for v in value))
    return (kind, value)


def _name_like(text):
    """ASCII letters, digits and underscores only (CPython's all_name_chars)."""
    return text.isascii() and (not text or text.replace("_", "a").isalnum())


def _intern_constants(consts, in_frozenset=False):
    """(consts, modified): name-like strings interned, as CPython's code objects do
    (intern_string_constants), so that `'abc'` in two functions is one object.

    `modified` says that a string or frozenset item itself was replaced; CPython
    rebuilds a frozenset (from its own iteration order, which is how frozenset
    constants get their order) only then. It changes tuples nested in a frozenset in
    place, which pvm cannot do, so those are left alone.
    """
    modified = False
    out = None
    for i, value in enumerate(consts):
        kind = type(value)
        if kind is str:
            if not _name_like(value):
                continue
            new = intern(value)
            if new is value:
                continue
            modified = True
        elif kind is tuple:
            if in_frozenset:
                continue
            new = _intern_constants(value)[0]
        elif kind is frozenset:
            items, inner = _intern_constants(tuple(value), True)
            if not inner:
                continue
            new = frozenset(items)
            modified = True
        else:
            continue
        if new is not value:
            if out is None:
                out = list(consts)
            out[i] = new
    return (tuple(out) if out is not None else consts), modified


def _replace_varnames(code, varnames):
    """New locals-plus names when co_varnames is renamed (same count and kinds)."""
    varnames = tuple(varnames)
    if len(varnames) != code.co_nlocals:
        raise ValueError("co_varnames must keep the number of local variables")
    names = list(code.co_localsplusnames)
    local_slots = [i for i, k in enumerate(code.co_localspluskinds) if k & CO_FAST_LOCAL]
    for slot, name in zip(local_slots, varnames):
        names[slot] = name
    return {"co_localsplusnames": tuple(names)}
