"""The disassembler: pvm code objects -> listings in the style of `python3 -m dis`.

A leaf of the pipeline (bytecode layer): reads co_code with the instruction table of
opcodes.py and prints, per instruction, the source line where one starts, a `>>`
marker on jump and handler targets, the byte offset, the opcode name, the argument
and its meaning in parentheses (the name, the constant's repr, `to N` for jumps, the
operator), then the exception table, then every nested code object after its parent,
as Lib/dis.py of CPython 3.11 does. `get_instructions()` gives the same rows as data.
"""

import sys
from typing import NamedTuple

from pvm.bytecode import opcodes as op
from pvm.bytecode.opcodes import BY_NUMBER

_OPNAME_WIDTH = 20
_OPARG_WIDTH = 5
_FORMAT_NAMES = ("", "str", "repr", "ascii")
_MAKE_FUNCTION_FLAGS = ("defaults", "kwdefaults", "annotations", "closure")


class Instruction(NamedTuple):
    """One instruction of a listing (fields as CPython's dis.Instruction)."""
    opname: str
    opcode: int
    arg: int | None
    argval: object
    argrepr: str
    offset: int
    starts_line: int | None
    is_jump_target: bool
    positions: tuple | None = None

    def _disassemble(self, lineno_width=3, mark_as_current=False, offset_width=4):
        fields = []
        if lineno_width:
            if self.starts_line is not None:
                fields.append(f"{self.starts_line:{lineno_width}d}")
            else:
                fields.append(" " * lineno_width)
        fields.append("-->" if mark_as_current else "   ")
        fields.append(">>" if self.is_jump_target else "  ")
        fields.append(repr(self.offset).rjust(offset_width))
        fields.append(self.opname.ljust(_OPNAME_WIDTH))
        if self.arg is not None:
            fields.append(repr(self.arg).rjust(_OPARG_WIDTH))
            if self.argrepr:
                fields.append("(" + self.argrepr + ")")
        return " ".join(fields).rstrip()


def findlinestarts(code):
    """Yield (offset, lineno) where a new source line starts (as dis.findlinestarts)."""
    lastline = None
    for start, _end, line in code.co_lines():
        if line is not None and line != lastline:
            lastline = line
            yield start, line


def _decode(code):
    """Yield (offset, opcode, full argument or None) for each unit, EXTENDED_ARG included."""
    raw = code.co_code
    extended = 0
    for offset in range(0, len(raw), 2):
        opcode, byte = raw[offset], raw[offset + 1]
        row = BY_NUMBER.get(opcode)
        if row is None or row.arg is op.NO_ARG:
            arg = None
            extended = 0
        else:
            arg = byte | extended
            extended = (arg << 8) if opcode == op.EXTENDED_ARG else 0
        yield offset, opcode, arg


def _labels(code):
    labels = set()
    for offset, opcode, arg in _decode(code):
        if opcode in op.JUMP_OPS and arg is not None:
            labels.add(2 * arg)
    for entry in code.exception_entries():
        labels.add(2 * entry.target)
    return labels


def _argval_argrepr(code, opcode, arg):
    row = BY_NUMBER[opcode]
    kind = row.arg
    if kind == op.CONST:
        value = code.co_consts[arg]
        return value, repr(value)
    if kind == op.NAME:
        name = code.co_names[arg]
        return name, name
    if kind in (op.LOCAL, op.DEREF):
        name = code.co_localsplusnames[arg]
        return name, name
    if kind == op.JUMP_TARGET:
        target = 2 * arg
        return target, f"to {target}"
    if kind == op.COMPARE:
        symbol = op.CMP_OPS[arg]
        return symbol, symbol
    if kind == op.BINOP:
        symbol = op.BINARY_OPS[arg]
        return symbol, symbol
    if opcode == op.FORMAT_VALUE:
        text = _FORMAT_NAMES[arg & op.FVC_MASK]
        if arg & op.FVS_HAVE_SPEC:
            text = (text + ", " if text else "") + "with format"
        return (_FORMAT_NAMES[arg & op.FVC_MASK] or None, bool(arg & op.FVS_HAVE_SPEC)), text
    if opcode == op.MAKE_FUNCTION:
        names = [n for i, n in enumerate(_MAKE_FUNCTION_FLAGS) if arg & (1 << i)]
        return arg, ", ".join(names)
    return arg, ""


def get_instructions(code):
    """The instructions of `code` as Instruction rows (EXTENDED_ARG prefixes included)."""
    linestarts = dict(findlinestarts(code))
    labels = _labels(code)
    positions = list(code.co_positions())
    out = []
    for offset, opcode, arg in _decode(code):
        row = BY_NUMBER.get(opcode)
        name = row.name if row is not None else f"<{opcode}>"
        if arg is None or row is None:
            argval, argrepr = None, ""
        else:
            try:
                argval, argrepr = _argval_argrepr(code, opcode, arg)
            except IndexError:
                argval, argrepr = arg, "<out of range>"
        unit = offset // 2
        out.append(Instruction(name, opcode, arg, argval, argrepr, offset,
                               linestarts.get(offset), offset in labels,
                               positions[unit] if unit < len(positions) else None))
    return out


def disassemble(code, lasti=-1, *, file=None):
    """Print one code object's listing and exception table (no nested code)."""
    file = file if file is not None else sys.stdout
    linestarts = dict(findlinestarts(code))
    if linestarts:
        maxlineno = max(linestarts.values())
        lineno_width = len(str(maxlineno)) if maxlineno >= 1000 else 3
    else:
        lineno_width = 0
    maxoffset = len(code.co_code) - 2
    offset_width = len(str(maxoffset)) if maxoffset >= 10000 else 4
    for instr in get_instructions(code):
        if linestarts and instr.starts_line is not None and instr.offset > 0:
            print(file=file)
        print(instr._disassemble(lineno_width, instr.offset == lasti, offset_width), file=file)
    entries = code.exception_entries()
    if entries:
        print("ExceptionTable:", file=file)
        for entry in entries:
            lasti_text = " lasti" if entry.lasti else ""
            end = 2 * entry.end - 2
            print(f"  {2 * entry.start} to {end} -> {2 * entry.target} [{entry.depth}]"
                  f"{lasti_text}", file=file)


def dis(code, file=None, *, depth=None):
    """Print `code` and, after it, every code object nested in its constants."""
    file = file if file is not None else sys.stdout
    disassemble(code, file=file)
    if depth is None or depth > 0:
        for const in code.co_consts:
            if hasattr(const, "co_code"):
                print(file=file)
                print(f"Disassembly of {const!r}:", file=file)
                dis(const, file=file, depth=None if depth is None else depth - 1)


def code_info(code):
    """A summary of a code object's attributes, like dis.code_info()."""
    lines = [f"Name:              {code.co_name}",
             f"Filename:          {code.co_filename}",
             f"Argument count:    {code.co_argcount}",
             f"Positional-only arguments: {code.co_posonlyargcount}",
             f"Kw-only arguments: {code.co_kwonlyargcount}",
             f"Number of locals:  {code.co_nlocals}",
             f"Stack size:        {code.co_stacksize}",
             f"Flags:             {pretty_flags(code.co_flags)}"]
    for title, items in (("Constants", code.co_consts), ("Names", code.co_names),
                         ("Variable names", code.co_varnames),
                         ("Free variables", code.co_freevars),
                         ("Cell variables", code.co_cellvars)):
        if items:
            lines.append(f"{title}:")
            lines.extend(f"{i:4}: {item!r}" if title == "Constants" else f"{i:4}: {item}"
                         for i, item in enumerate(items))
    return "\n".join(lines)


_FLAG_NAMES = {0x1: "OPTIMIZED", 0x2: "NEWLOCALS", 0x4: "VARARGS", 0x8: "VARKEYWORDS",
               0x10: "NESTED", 0x20: "GENERATOR", 0x40: "NOFREE", 0x80: "COROUTINE",
               0x100: "ITERABLE_COROUTINE", 0x200: "ASYNC_GENERATOR"}


def pretty_flags(flags):
    names = []
    for i in range(32):
        bit = 1 << i
        if flags & bit:
            names.append(_FLAG_NAMES.get(bit, hex(bit)))
            flags ^= bit
            if not flags:
                break
    return ", ".join(names) or "0x0"
