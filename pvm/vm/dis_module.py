"""pvm's `dis` module: the disassembler a program imports, over pvm's own bytecode.

VM stage (runtime). CPython's Lib/dis.py reads CPython's instruction set (Lib/opcode.py);
on pvm a program's code objects hold pvm's instructions, so `import dis` gives this module
instead, served like a built-in module (imports.py, `_OVERLAYS`). It is made from the
bytecode layer's disassembler (pvm.bytecode.dis) and instruction table
(pvm.bytecode.opcodes), with the names and signatures of Lib/dis.py of CPython 3.11:
dis, disassemble, disco, distb, get_instructions, Bytecode, code_info, show_code,
findlinestarts, findlabels, stack_effect, Instruction, Positions, COMPILER_FLAG_NAMES,
opname, opmap, cmp_op, has*, EXTENDED_ARG, HAVE_ARGUMENT, and the private helpers other
standard modules call (modulefinder: _find_imports, _find_store_names, _unpack_opargs).

What it accepts is what Lib/dis.py accepts: functions, methods, generators, coroutines,
async generators, classes, modules, code objects, source text (compiled by pvm), raw
bytecode and tracebacks. Instructions are pvm's (docs/opcodes.md), so listings differ from
CPython's where the instruction sets differ.
"""

import collections
import io
import sys as _host_sys

from pvm.bytecode import dis as _pvm_dis
from pvm.bytecode import opcodes as _op

# The co_flags names, as Lib/dis.py (pvm's co_flags are CPython's).
COMPILER_FLAG_NAMES = {
    1: "OPTIMIZED", 2: "NEWLOCALS", 4: "VARARGS", 8: "VARKEYWORDS", 16: "NESTED",
    32: "GENERATOR", 64: "NOFREE", 128: "COROUTINE", 256: "ITERABLE_COROUTINE",
    512: "ASYNC_GENERATOR",
}

Positions = collections.namedtuple(
    "Positions", ["lineno", "end_lineno", "col_offset", "end_col_offset"], defaults=[None] * 4)
Positions.__module__ = "dis"


def _opcode_tables():
    """opname, opmap and the has* lists of pvm's real instructions (Lib/opcode.py's names)."""
    opname = [f"<{number}>" for number in range(256)]
    opmap = {}
    kinds = collections.defaultdict(list)
    for row in _op.REAL_OPS:
        opname[row.number] = row.name
        opmap[row.name] = row.number
        kinds[row.arg].append(row.number)
    return opname, opmap, kinds


opname, opmap, _kinds = _opcode_tables()
cmp_op = _op.CMP_OPS
hasconst = sorted(_kinds[_op.CONST])
hasname = sorted(_kinds[_op.NAME])
hasjabs = sorted(_kinds[_op.JUMP_TARGET])     # pvm's jumps are absolute
hasjrel = []
haslocal = sorted(_kinds[_op.LOCAL])
hasfree = sorted(_kinds[_op.DEREF])
hascompare = sorted(_kinds[_op.COMPARE])
hasnargs = []
EXTENDED_ARG = opmap["EXTENDED_ARG"]
HAVE_ARGUMENT = _op.HAVE_ARGUMENT
del _kinds

Instruction = _pvm_dis.Instruction
findlinestarts = _pvm_dis.findlinestarts
pretty_flags = _pvm_dis.pretty_flags


# ---------------------------------------------------------------------------
# Finding the code object (Lib/dis.py's _get_code_object and friends)
# ---------------------------------------------------------------------------

def _is_code(value):
    from pvm.bytecode.code import Code
    return isinstance(value, Code)


def _try_compile(source, name):
    """Compile `source` with pvm, as an expression if it is one, else as statements."""
    from pvm.vm.builtins_module import compile_source
    try:
        return compile_source(source, name, "eval")
    except SyntaxError:
        pass
    return compile_source(source, name, "exec")


def _unwrap(x):
    """The code object inside a method, function, generator, coroutine or async generator."""
    if hasattr(x, "__func__"):
        x = x.__func__
    for attribute in ("__code__", "gi_code", "ag_code", "cr_code"):
        if hasattr(x, attribute):
            return getattr(x, attribute)
    return x


def _get_code_object(x):
    x = _unwrap(x)
    if isinstance(x, str):
        x = _try_compile(x, "<disassembly>")
    if _is_code(x):
        return x
    raise TypeError(f"don't know how to disassemble {type(x).__name__} objects")


def _has_code(value):
    """The members dis() disassembles in a class or module (Lib/dis.py's _have_code)."""
    from pvm.vm.function import Function
    return (isinstance(value, (Function, type, classmethod, staticmethod))
            or _is_code(value) or type(value).__name__ == "method")


# ---------------------------------------------------------------------------
# The functions
# ---------------------------------------------------------------------------

def dis(x=None, *, file=None, depth=None, show_caches=False, adaptive=False):
    """Disassemble classes, methods, functions, generators, code, source or bytecode.

    With no argument, disassemble the last traceback."""
    if x is None:
        distb(file=file)
        return
    x = _unwrap(x)
    if hasattr(x, "__dict__") and not _is_code(x):
        for name, member in sorted(x.__dict__.items()):
            if _has_code(member):
                print(f"Disassembly of {name}:", file=file)
                try:
                    dis(member, file=file, depth=depth)
                except TypeError as msg:
                    print("Sorry:", msg, file=file)
                print(file=file)
    elif _is_code(x):
        _pvm_dis.dis(x, file=file, depth=depth)
    elif isinstance(x, (bytes, bytearray)):
        _disassemble_bytes(bytes(x), file=file)
    elif isinstance(x, str):
        _pvm_dis.dis(_try_compile(x, "<dis>"), file=file, depth=depth)
    else:
        raise TypeError(f"don't know how to disassemble {type(x).__name__} objects")


def distb(tb=None, *, file=None, show_caches=False, adaptive=False):
    """Disassemble a traceback (default: the last traceback)."""
    if tb is None:
        program_sys = _program_sys()
        tb = getattr(program_sys, "last_traceback", None)
        if tb is None:
            raise RuntimeError("no last traceback to disassemble")
    while tb.tb_next:
        tb = tb.tb_next
    disassemble(tb.tb_frame.f_code, tb.tb_lasti, file=file)


def _program_sys():
    from pvm.vm import boot
    interp = boot.current_or_none()
    return interp.sys if interp is not None else _host_sys


def disassemble(co, lasti=-1, *, file=None, show_caches=False, adaptive=False):
    """Disassemble a code object, marking the instruction at `lasti`."""
    _pvm_dis.disassemble(co, lasti, file=file)


disco = disassemble


def _disassemble_bytes(code, file=None):
    """Disassemble raw pvm bytecode (no names or constants to resolve)."""
    for offset, opcode, arg in _unpack_opargs(code):
        name = opname[opcode]
        text = f"{offset:>10} {name:<20}"
        if arg is not None:
            text += f" {arg:>5}"
        print(text.rstrip(), file=file)


def get_instructions(x, *, first_line=None, show_caches=False, adaptive=False):
    """An iterator over the instructions of a function, method, code object or source."""
    co = _get_code_object(x)
    instructions = _pvm_dis.get_instructions(co)
    if first_line is None:
        return iter(instructions)
    shift = first_line - co.co_firstlineno
    return (i._replace(starts_line=i.starts_line + shift) if i.starts_line is not None else i
            for i in instructions)


def findlabels(code):
    """The offsets that jump instructions in raw or compiled bytecode target."""
    raw = code.co_code if _is_code(code) else code
    labels = []
    for offset, opcode, arg in _unpack_opargs(raw):
        if opcode in hasjabs and arg is not None:
            target = 2 * arg
            if target not in labels:
                labels.append(target)
    return labels


def stack_effect(opcode, oparg=None, *, jump=None):
    """The stack effect of `opcode` with `oparg` (both ways of a jump when `jump` is None)."""
    row = _op.BY_NUMBER.get(opcode)
    if row is None or row.kind != _op.REAL:
        raise ValueError("invalid opcode or oparg")
    if opcode < HAVE_ARGUMENT:
        if oparg is not None:
            raise ValueError("stack_effect: opcode does not permit oparg but oparg was specified")
        oparg = 0
    elif oparg is None:
        raise ValueError("stack_effect: opcode requires oparg but oparg was not specified")
    if jump is None:
        return max(row.stack_effect(oparg, False), row.stack_effect(oparg, True))
    return row.stack_effect(oparg, bool(jump))


def code_info(x):
    """Formatted details of the code object of a function, method, source or code."""
    return _pvm_dis.code_info(_get_code_object(x))


def show_code(co, *, file=None):
    """Print details of the code object of a function, method, source or code."""
    print(code_info(co), file=file)


class Bytecode:
    """The bytecode operations of a piece of code (Lib/dis.py's Bytecode)."""

    def __init__(self, x, *, first_line=None, current_offset=None, show_caches=False,
                 adaptive=False):
        self.codeobj = co = _get_code_object(x)
        if first_line is None:
            self.first_line = co.co_firstlineno
            self._line_offset = 0
        else:
            self.first_line = first_line
            self._line_offset = first_line - co.co_firstlineno
        self._original_object = x
        self.current_offset = current_offset
        self.show_caches = show_caches
        self.adaptive = adaptive

    def __iter__(self):
        return get_instructions(self.codeobj, first_line=self.first_line)

    def __repr__(self):
        return f"{type(self).__name__}({self._original_object!r})"

    @classmethod
    def from_traceback(cls, tb, *, show_caches=False, adaptive=False):
        while tb.tb_next:
            tb = tb.tb_next
        return cls(tb.tb_frame.f_code, current_offset=tb.tb_lasti, show_caches=show_caches,
                   adaptive=adaptive)

    def info(self):
        return _pvm_dis.code_info(self.codeobj)

    def dis(self):
        offset = self.current_offset if self.current_offset is not None else -1
        with io.StringIO() as output:
            _pvm_dis.disassemble(self.codeobj, offset, file=output)
            return output.getvalue()


# ---------------------------------------------------------------------------
# Helpers other standard modules use
# ---------------------------------------------------------------------------

def _unpack_opargs(code):
    """(offset, opcode, argument or None) per instruction, EXTENDED_ARG folded in."""
    extended = 0
    for offset in range(0, len(code), 2):
        opcode = code[offset]
        if opcode >= HAVE_ARGUMENT:
            arg = code[offset + 1] | extended
            extended = (arg << 8) if opcode == EXTENDED_ARG else 0
        else:
            arg = None
            extended = 0
        yield offset, opcode, arg


def _get_const_value(op, arg, co_consts):
    if op != opmap["LOAD_CONST"]:
        raise ValueError("not a constant")
    return co_consts[arg]


def _find_imports(co):
    """(name, level, fromlist) of each import in `co` (modulefinder's scan)."""
    import_name = opmap["IMPORT_NAME"]
    opargs = [(op, arg) for _, op, arg in _unpack_opargs(co.co_code) if op != EXTENDED_ARG]
    for i, (op, oparg) in enumerate(opargs):
        if op == import_name and i >= 2:
            from_op, level_op = opargs[i - 1], opargs[i - 2]
            if from_op[0] in hasconst and level_op[0] in hasconst:
                level = _get_const_value(level_op[0], level_op[1], co.co_consts)
                fromlist = _get_const_value(from_op[0], from_op[1], co.co_consts)
                yield co.co_names[oparg], level, fromlist


def _find_store_names(co):
    """The names `co` stores with STORE_NAME or STORE_GLOBAL."""
    stores = {opmap["STORE_NAME"], opmap["STORE_GLOBAL"]}
    for _, op, arg in _unpack_opargs(co.co_code):
        if op in stores:
            yield co.co_names[arg]


__all__ = ["code_info", "dis", "disassemble", "distb", "disco", "findlinestarts",
           "findlabels", "show_code", "get_instructions", "Instruction", "Bytecode",
           "stack_effect", "opname", "opmap", "cmp_op", "hasconst", "hasname", "hasjrel",
           "hasjabs", "haslocal", "hascompare", "hasfree", "hasnargs", "EXTENDED_ARG",
           "HAVE_ARGUMENT", "COMPILER_FLAG_NAMES"]

_EXPORTED = __all__ + ["Positions", "pretty_flags", "_get_code_object", "_try_compile",
                       "_unpack_opargs", "_get_const_value", "_find_imports",
                       "_find_store_names", "_disassemble_bytes"]


for _name in _EXPORTED:
    _value = globals()[_name]
    if callable(_value) and getattr(_value, "__module__", None) == __name__:
        _value.__module__ = "dis"
del _name, _value


def make_module():
    """A fresh `dis` module for the current interpreter (a module of pvm's module type)."""
    from pvm.vm.sysmodule import new_module
    module = new_module("dis", "Disassembler of pvm bytecode.")
    namespace = globals()
    for name in _EXPORTED:
        module.__dict__[name] = namespace[name]
    module.__dict__["__all__"] = list(__all__)
    return module
