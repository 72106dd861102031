"""pvm's code object: what the compiler produces, the .pyc cache stores and the VM runs.

A leaf of the pipeline. `Code` has the attributes tools expect of CPython 3.11's
code objects (co_name, co_varnames, co_lines(), co_positions(), replace(), ...),
with pvm's own instruction set in `co_code` (see opcodes.py), in 2-byte code units
as CPython's (an opcode byte and an argument byte, EXTENDED_ARG prefixes; pvm has no
inline caches), and CPython 3.11's encodings of the two tables over those units:

* `co_linetable`: CPython 3.11's location table (Objects/locations.md). Each entry
  covers 1 to 8 code units: a first byte 1kkkklll (kind k, l = units - 1), then by
  kind: 0-9 the short form (one byte: column = k*8 + high 3 bits, end column =
  column + low 4 bits, same line), 10-12 the one-line form (line += k - 10, then
  column and end column bytes), 13 no columns (signed varint line delta), 14 the long
  form (signed line delta, end line - line, column + 1, end column + 1 as varints),
  15 no location. Varints are 6 bits a byte, low bits first, 0x40 = more follow.
  Lines are deltas from the previous entry that had one, from co_firstlineno.
  `encode_line_runs`/`decode_linetable` are the only readers and writers.
* `co_exceptiontable`: CPython 3.11's exception table (Objects/exception_handling_notes.txt):
  per entry start, length and target in code units, then depth << 1 | lasti, each a
  varint of 6-bit groups, high groups first, 0x40 = more follow, 0x80 marking an
  entry's first byte. Entries are sorted by start; the innermost handler of an
  instruction is the first entry covering it.

Locals-plus layout (as CPython 3.11): `co_localsplusnames` lists every slot of a
frame: the variables (arguments first), then cells that are not arguments, then free
variables; `co_localspluskinds` holds CO_FAST_LOCAL/CELL/FREE bits per slot.

`Code(...)` is CPython's constructor (`types.CodeType`, 16 to 18 positional
arguments with code_new's checks); the compiler and the cache build code objects from
the locals-plus layout with `Code.from_localsplus`.
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

# False under `-X no_debug_ranges` / PYTHONNODEBUGRANGES (the runtime sets it with
# set_debug_ranges): co_positions() then gives no columns, as CPython's code objects
# built without them. The tables themselves keep the columns, so the cache is shared.
debug_ranges = True


def set_debug_ranges(enabled):
    """Switch column information of every code object on or off (config.code_debug_ranges)."""
    global debug_ranges
    debug_ranges = bool(enabled)


# ---------------------------------------------------------------------------
# The .pyc body's varints (pyc.py): 7 bits a byte, low bits first, high bit set on all
# but the last byte.
# ---------------------------------------------------------------------------

def write_varint(out, value):
    """Append unsigned `value` to bytearray `out`."""
    while value >= 0x80:
        out.append((value & 0x7F) | 0x80)
        value >>= 7
    out.append(value)


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


# ---------------------------------------------------------------------------
# The line table
# ---------------------------------------------------------------------------

class Position(NamedTuple):
    lineno: int | None
    end_lineno: int | None
    col: int | None
    end_col: int | None


# Kinds of location entries (PY_CODE_LOCATION_INFO_*, Include/internal/pycore_code.h).
LOCATION_ONE_LINE0 = 10
LOCATION_NO_COLUMNS = 13
LOCATION_LONG = 14
LOCATION_NONE = 15


def _write_location_varint(out, value):
    """write_location_varint: 6 bits a byte, low bits first, 0x40 when more follow."""
    while value >= 0x40:
        out.append(0x40 | (value & 0x3F))
        value >>= 6
    out.append(value)


def _write_location_signed_varint(out, value):
    _write_location_varint(out, (-value << 1) | 1 if value < 0 else value << 1)


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
    """Encode (units, Position) runs into co_linetable bytes, as the assembler's
    write_location_info_entry chooses each entry's form; equal neighbours may come as
    separate runs. A Position's None means unknown; a known line with an unknown end
    line gets the line as its end, as CPython's tables cannot say otherwise."""
    out = bytearray()
    append = out.append
    previous = firstlineno
    for units, (lineno, end_lineno, col, end_col) in runs:
        while units > 0:
            size = 8 if units > 8 else units
            units -= size
            if lineno is None:
                append(0x80 | LOCATION_NONE << 3 | (size - 1))
                continue
            delta = lineno - previous
            previous = lineno
            if end_lineno is None or end_lineno < lineno:
                end_lineno = lineno
            if col is None or end_col is None or col < 0 or end_col < 0:
                if end_lineno == lineno:
                    append(0x80 | LOCATION_NO_COLUMNS << 3 | (size - 1))
                    _write_location_signed_varint(out, delta)
                    continue
            elif end_lineno == lineno:
                if delta == 0 and col < 80 and 0 <= end_col - col < 16:
                    append(0x80 | (col >> 3) << 3 | (size - 1))
                    append((col & 7) << 4 | (end_col - col))
                    continue
                if 0 <= delta < 3 and col < 128 and end_col < 128:
                    append(0x80 | (LOCATION_ONE_LINE0 + delta) << 3 | (size - 1))
                    append(col)
                    append(end_col)
                    continue
            append(0x80 | LOCATION_LONG << 3 | (size - 1))
            _write_location_signed_varint(out, delta)
            _write_location_varint(out, end_lineno - lineno)
            _write_location_varint(out, 0 if col is None or col < 0 else col + 1)
            _write_location_varint(out, 0 if end_col is None or end_col < 0 else end_col + 1)
    return bytes(out)


def _read_location_varint(data, pos):
    """(value, next position) of a location-table varint; IndexError when cut short."""
    byte = data[pos]
    pos += 1
    value = byte & 0x3F
    shift = 0
    while byte & 0x40:
        byte = data[pos]
        pos += 1
        shift += 6
        value |= (byte & 0x3F) << shift
    return value, pos


def _read_location_signed_varint(data, pos):
    value, pos = _read_location_varint(data, pos)
    return (-(value >> 1) if value & 1 else value >> 1), pos


_NO_POSITION = Position(None, None, None, None)


def decode_linetable(data, firstlineno):
    """Yield (units, Position) runs from co_linetable bytes, as CPython's
    advance_with_locations reads them (a column of -1 is None). A table cut short
    in the middle of an entry raises IndexError once the whole entries are out."""
    pos, line, end = 0, firstlineno, len(data)
    read_varint, read_signed = _read_location_varint, _read_location_signed_varint
    while pos < end:
        first = data[pos]
        pos += 1
        kind = (first >> 3) & 15
        units = (first & 7) + 1
        if kind == LOCATION_NONE:
            yield units, _NO_POSITION
        elif kind < LOCATION_ONE_LINE0:
            second = data[pos]
            pos += 1
            col = kind << 3 | (second >> 4)
            yield units, Position(line, line, col, col + (second & 15))
        elif kind < LOCATION_NO_COLUMNS:
            line += kind - LOCATION_ONE_LINE0
            col, end_col = data[pos], data[pos + 1]
            pos += 2
            yield units, Position(line, line, col, end_col)
        elif kind == LOCATION_NO_COLUMNS:
            delta, pos = read_signed(data, pos)
            line += delta
            yield units, Position(line, line, None, None)
        else:
            delta, pos = read_signed(data, pos)
            line += delta
            span, pos = read_varint(data, pos)
            col, pos = read_varint(data, pos)
            end_col, pos = read_varint(data, pos)
            yield units, Position(line, line + span, None if col == 0 else col - 1,
                                  None if end_col == 0 else end_col - 1)


# ---------------------------------------------------------------------------
# The exception table
# ---------------------------------------------------------------------------

class ExceptionEntry(NamedTuple):
    start: int      # first instruction unit covered
    end: int        # first unit not covered
    target: int     # handler, in instruction units
    depth: int      # stack depth to cut to before pushing
    lasti: bool     # push the raising instruction's offset below the exception


def _write_exception_varint(out, value, first):
    """assemble_emit_exception_table_item: 6-bit groups, high first, 0x40 when more
    follow; `first` (0x80) marks the first byte of an entry."""
    shift = 24
    while shift:
        if value >= 1 << shift:
            out.append(((value >> shift) & 0x3F) | 0x40 | first)
            first = 0
        shift -= 6
    out.append((value & 0x3F) | first)


def encode_exception_table(entries):
    out = bytearray()
    for entry in entries:
        _write_exception_varint(out, entry.start, 0x80)
        _write_exception_varint(out, entry.end - entry.start, 0)
        _write_exception_varint(out, entry.target, 0)
        _write_exception_varint(out, entry.depth << 1 | int(entry.lasti), 0)
    return bytes(out)


def decode_exception_table(data):
    """The ExceptionEntry list of co_exceptiontable bytes (IndexError when cut short)."""
    entries, pos, end = [], 0, len(data)
    while pos < end:
        values = []
        for _ in range(4):
            byte = data[pos]
            pos += 1
            value = byte & 0x3F
            while byte & 0x40:
                byte = data[pos]
                pos += 1
                value = value << 6 | (byte & 0x3F)
            values.append(value)
        start, size, target, depth_lasti = values
        entries.append(ExceptionEntry(start, start + size, target, depth_lasti >> 1,
                                      bool(depth_lasti & 1)))
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

    def __init__(self, *args, **kwargs):
        """code(argcount, posonlyargcount, kwonlyargcount, nlocals, stacksize, flags,
        codestring, constants, names, varnames, filename, name, qualname, firstlineno,
        linetable, exceptiontable, freevars=(), cellvars=(), /): CPython 3.11's
        constructor, its argument conversions and checks (code_new_impl,
        PyCode_NewWithPosOnlyArgs, _PyCode_Validate). `codestring` is taken as pvm
        bytecode and the tables in CPython's formats (see the module docstring)."""
        if kwargs:
            raise TypeError("code() takes no keyword arguments")
        if not 16 <= len(args) <= 18:
            raise TypeError(f"code expected at {'least 16' if len(args) < 16 else 'most 18'} "
                            f"arguments, got {len(args)}")
        args = list(args) + [()] * (18 - len(args))
        for i, kind in _CONSTRUCTOR_KINDS:
            args[i] = _converted(args[i], kind, f"code() argument {i + 1}")
        (argcount, posonlyargcount, kwonlyargcount, nlocals, stacksize, flags, codestring,
         constants, names, varnames, filename, name, qualname, firstlineno, linetable,
         exceptiontable, freevars, cellvars) = args
        for value, what in ((argcount, "argcount"), (posonlyargcount, "posonlyargcount"),
                            (kwonlyargcount, "kwonlyargcount"), (nlocals, "nlocals")):
            if value < 0:
                raise ValueError(f"code: {what} must not be negative")
        for names_tuple in (names, varnames, freevars, cellvars):
            for item in names_tuple:
                if not isinstance(item, str):
                    raise TypeError("name tuples must contain only strings, not "
                                    f"'{type(item).__name__}'")
        _new_with_posonlyargs(self, argcount, posonlyargcount, kwonlyargcount, nlocals,
                              stacksize, flags, codestring, constants, names, varnames,
                              freevars, cellvars, filename, name, qualname, firstlineno,
                              linetable, exceptiontable)

    @classmethod
    def from_localsplus(cls, argcount, posonlyargcount, kwonlyargcount, stacksize, flags,
                        code, consts, names, localsplusnames, localspluskinds, filename,
                        name, qualname, firstlineno, linetable, exceptiontable):
        """A code object from the locals-plus layout (_PyCode_New's constructor record):
        how the compiler and the cache make them. No checks."""
        self = object.__new__(cls)
        self._set_fields(argcount, posonlyargcount, kwonlyargcount, stacksize, flags, code,
                         consts, names, localsplusnames, localspluskinds, filename, name,
                         qualname, firstlineno, linetable, exceptiontable)
        return self

    def _set_fields(self, argcount, posonlyargcount, kwonlyargcount, stacksize, flags, code,
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
        """Yield (start, end, lineno) byte ranges, one per location entry, as CPython
        3.11's lineiter_next (which does not merge entries on one line)."""
        offset = 0
        for units, pos in decode_linetable(self.co_linetable, self.co_firstlineno):
            yield offset, offset + 2 * units, pos.lineno
            offset += 2 * units

    def exception_entries(self):
        return decode_exception_table(self.co_exceptiontable)

    def replace(self, *args, **changes):
        """A copy with some co_* fields changed, as CodeType.replace() (code_replace_impl):
        the new object is built by the constructor's rules, so co_varnames, co_cellvars,
        co_freevars and co_nlocals may change alone, checked as CPython checks them."""
        if args:
            raise TypeError("replace() takes no positional arguments")
        for key in changes:
            if key not in _REPLACE_KINDS:
                raise TypeError(f"'{key}' is an invalid keyword argument for replace()")
        values = {}
        for key in _REPLACE_KINDS:
            if key in changes:
                value = _converted(changes[key], _REPLACE_KINDS[key],
                                   f"replace() argument '{key}'")
                if _REPLACE_KINDS[key] is int and key in _REPLACE_POSITIVE and value < 0:
                    raise ValueError(f"{key} must be a positive integer")
                values[key] = value
            else:
                values[key] = getattr(self, key)
        for key in ("co_names", "co_varnames", "co_freevars", "co_cellvars"):
            for item in values[key]:
                if not isinstance(item, str):
                    raise SystemError("non-string found in code slot")
        if not any(key in changes for key in _LAYOUT_FIELDS):
            # The locals-plus layout stays: no need to rebuild it from the three tuples.
            fields = {name: values.get(name) for name in _FIELDS}
            fields["co_localsplusnames"] = self.co_localsplusnames
            fields["co_localspluskinds"] = self.co_localspluskinds
            _validate(values["co_argcount"], values["co_posonlyargcount"],
                      values["co_kwonlyargcount"], values["co_stacksize"], values["co_flags"],
                      values["co_code"], self.co_localspluskinds)
            return Code.from_localsplus(*(fields[name] for name in _FIELDS))
        new = object.__new__(Code)
        _new_with_posonlyargs(
            new, values["co_argcount"], values["co_posonlyargcount"],
            values["co_kwonlyargcount"], values["co_nlocals"], values["co_stacksize"],
            values["co_flags"], values["co_code"], values["co_consts"], values["co_names"],
            values["co_varnames"], values["co_freevars"], values["co_cellvars"],
            values["co_filename"], values["co_name"], values["co_qualname"],
            values["co_firstlineno"], values["co_linetable"], values["co_exceptiontable"])
        return new

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


# -- the constructor's rules ---------------------------------------------------

# code()'s argument kinds (Argument Clinic's converters in Objects/clinic/codeobject.c.h),
# by position.
_CONSTRUCTOR_KINDS = tuple(enumerate((int, int, int, int, int, int, bytes, tuple, tuple,
                                      tuple, str, str, str, int, bytes, bytes, tuple, tuple)))
_REPLACE_KINDS = {
    "co_argcount": int, "co_posonlyargcount": int, "co_kwonlyargcount": int,
    "co_nlocals": int, "co_stacksize": int, "co_flags": int, "co_firstlineno": int,
    "co_code": bytes, "co_consts": tuple, "co_names": tuple, "co_varnames": tuple,
    "co_freevars": tuple, "co_cellvars": tuple, "co_filename": str, "co_name": str,
    "co_qualname": str, "co_linetable": bytes, "co_exceptiontable": bytes,
}
_REPLACE_POSITIVE = frozenset(("co_argcount", "co_posonlyargcount", "co_kwonlyargcount",
                               "co_nlocals", "co_stacksize", "co_flags", "co_firstlineno"))
_LAYOUT_FIELDS = ("co_varnames", "co_cellvars", "co_freevars", "co_nlocals")
_INT_MAX = (1 << 31) - 1


def _converted(value, kind, where):
    """An argument as Argument Clinic converts it: a C int from __index__, or an
    instance of bytes, tuple or str (subclasses accepted)."""
    if kind is int:
        try:
            value = value.__index__()
        except AttributeError:
            raise TypeError(f"'{type(value).__name__}' object cannot be interpreted as an "
                            "integer") from None
        if not -_INT_MAX - 1 <= value <= _INT_MAX:
            raise OverflowError("Python int too large to convert to C int")
        return value
    if not isinstance(value, kind):
        found = "None" if value is None else type(value).__name__
        raise TypeError(f"{where} must be {kind.__name__}, not {found}")
    return value


def _bad_internal_call():
    return SystemError("Objects/codeobject.c:250: bad argument to internal function")


def _validate(argcount, posonlyargcount, kwonlyargcount, stacksize, flags, code, kinds):
    """_PyCode_Validate's checks of the numbers and co_code."""
    if argcount < posonlyargcount or posonlyargcount < 0 or kwonlyargcount < 0 or \
            stacksize < 0 or flags < 0:
        raise _bad_internal_call()
    if len(code) % 2:
        raise ValueError("code: co_code is malformed")
    nlocals = sum(1 for kind in kinds if kind & CO_FAST_LOCAL)
    if nlocals - argcount - kwonlyargcount - bool(flags & CO_VARARGS) \
            - bool(flags & CO_VARKEYWORDS) < 0:
        raise ValueError("code: co_varnames is too small")


def _new_with_posonlyargs(self, argcount, posonlyargcount, kwonlyargcount, nlocals, stacksize,
                          flags, code, consts, names, varnames, freevars, cellvars, filename,
                          name, qualname, firstlineno, linetable, exceptiontable):
    """PyCode_NewWithPosOnlyArgs: the locals-plus layout from the three name tuples (a
    cell that is also a variable shares its slot), checked, into `self`."""
    localsplusnames = list(varnames)
    kinds = [CO_FAST_LOCAL] * len(localsplusnames)
    for cell in cellvars:
        if cell in varnames:
            slot = varnames.index(cell)
            kinds[slot] |= CO_FAST_CELL
        else:
            localsplusnames.append(cell)
            kinds.append(CO_FAST_CELL)
    localsplusnames.extend(freevars)
    kinds.extend([CO_FAST_FREE] * len(freevars))
    _validate(argcount, posonlyargcount, kwonlyargcount, stacksize, flags, code, kinds)
    if nlocals != len(varnames):
        raise ValueError("code: co_nlocals != len(co_varnames)")
    self._set_fields(argcount, posonlyargcount, kwonlyargcount, stacksize, flags, code,
                     consts, names, localsplusnames, bytes(kinds), filename, name, qualname,
                     firstlineno, linetable, exceptiontable)
