"""The code generator: AST + symbol table -> control-flow graphs -> Code objects.

Compiler stage (CPython 3.11's Python/compile.c, `compiler_*` functions). Consumes
the (folded) AST of a module, interactive input or expression, and the symbol table
built from that same tree; produces one pvm `Code` per scope, nested code objects
living in their parent's co_consts. The work is split by family:

    codegen.py        units, emission, names and scopes, functions, classes, lambdas
    codegen_stmt.py   simple statements, if/while/for, imports, assignments
    codegen_expr.py   expressions, calls, displays, f-strings
    codegen_exc.py    try/except/except*/finally, with, async with/for, unwinding
    codegen_comp.py   comprehensions and generator expressions
    codegen_match.py  the match statement

Every emitted instruction carries the position of the node being compiled (None
for CPython's "artificial" instructions); jumps target Blocks. The assembler
(assemble.py) turns each unit's blocks into bytes.
"""

import ast
import math

from pvm.bytecode import opcodes as op
from pvm.bytecode.code import Code, CO_COROUTINE, CO_FUTURE_ANNOTATIONS
from pvm.compiler.assemble import UnitInfo, assemble
from pvm.compiler.flowgraph import Block, Instr
from pvm.compiler.codegen_stmt import StmtMixin
from pvm.compiler.codegen_expr import ExprMixin
from pvm.compiler.codegen_exc import ExcMixin
from pvm.compiler.codegen_comp import CompMixin
from pvm.compiler.codegen_match import MatchMixin
from pvm.compiler.symtable import CELL, FREE, GLOBAL_EXPLICIT, GLOBAL_IMPLICIT, LOCAL, mangle
from pvm.errors import syntax_error

# Scope kinds of a unit (CPython's COMPILER_SCOPE_*).
MODULE, CLASS, FUNCTION, ASYNC_FUNCTION, LAMBDA, COMPREHENSION = (
    "module", "class", "function", "async function", "lambda", "comprehension")
FUNCTION_LIKE = (FUNCTION, ASYNC_FUNCTION, LAMBDA, COMPREHENSION)

_Name = ast.Name
_Constant = ast.Constant
# Expression contexts, by class, as nameop's `ctx` argument.
_CTX = {ast.Load: "load", ast.Store: "store", ast.Del: "delete"}

PyCF_ONLY_AST = 0x0400
PyCF_ALLOW_TOP_LEVEL_AWAIT = 0x2000
PyCF_MASK = 0x3FE0000   # the CO_FUTURE_* flags a code object inherits

STACK_USE_GUARD = 30

_LOAD_OPS = {"fast": op.LOAD_FAST, "deref": op.LOAD_DEREF, "global": op.LOAD_GLOBAL,
             "name": op.LOAD_NAME}
_STORE_OPS = {"fast": op.STORE_FAST, "deref": op.STORE_DEREF, "global": op.STORE_GLOBAL,
              "name": op.STORE_NAME}
_DELETE_OPS = {"fast": op.DELETE_FAST, "deref": op.DELETE_DEREF, "global": op.DELETE_GLOBAL,
               "name": op.DELETE_NAME}


def const_key(value):
    """A dict key that tells apart constants Python calls equal (CPython _PyCode_ConstantKey)."""
    kind = type(value)
    if kind is float:
        if value == 0.0 and math.copysign(1.0, value) < 0:
            return (kind, value, None)
        return (kind, value)
    if kind is complex:
        return (kind, value, math.copysign(1.0, value.real) < 0,
                math.copysign(1.0, value.imag) < 0)
    if kind is tuple:
        return (kind, tuple(const_key(v) for v in value))
    if kind is frozenset:
        return (kind, frozenset(const_key(v) for v in value))
    if kind is Code:
        # Equal code objects share a slot, as in CPython (a while test is compiled twice).
        return (kind, value)
    return (kind, value)


def get_docstring(body):
    """The docstring of a body, or None (CPython's _PyAST_GetDocString)."""
    if body:
        first = body[0]
        if first.__class__.__name__ == "Expr":
            value = first.value
            if value.__class__.__name__ == "Constant" and type(value.value) is str:
                return value.value
    return None


def node_position(node):
    """(lineno, end_lineno, col, end_col) of a node: the compiler's locations are plain
    tuples in Position's order (cheaper to make than Position itself)."""
    return (node.lineno, getattr(node, "end_lineno", None), node.col_offset,
            getattr(node, "end_col_offset", None))


class Unit:
    """One code object being compiled (CPython's compiler_unit)."""

    def __init__(self, kind, name, scope, firstlineno):
        self.kind = kind
        self.name = name
        self.qualname = name
        self.scope = scope
        self.firstlineno = firstlineno
        self.consts = []
        self.const_map = {}
        self.names = []
        self.name_map = {}
        self.varnames = {}
        self.nameops = {}           # (name, ctx) -> (opcode, argument), once resolved
        self.cellvars = []
        self.freevars = []
        self.deref_index = {}       # name -> cell slot, a cell before a free variable
        self.free_index = {}        # name -> slot of the free variable
        self.argcount = self.posonlyargcount = self.kwonlyargcount = 0
        self.nparams = 0
        self.private = None
        self.fblocks = []
        self.blocks = []
        self.block = None
        self.loc = None
        self.is_generator = False
        self.is_coroutine = False
        self.in_function = kind in FUNCTION_LIKE


class CodeGenerator(StmtMixin, ExprMixin, ExcMixin, CompMixin, MatchMixin):
    """Compiles one module (or expression) tree into Code objects."""

    def __init__(self, symtable, filename, source_lines, flags, optimize, future_flags,
                 future_lineno=0):
        self.symtable = symtable
        self.filename = filename
        self.source_lines = source_lines
        self.flags = flags
        self.optimize = optimize
        self.future = future_flags
        self.future_lineno = future_lineno
        self.interactive = False
        self.stack = []
        self.u = None
        self._visitors = {}

    # -- errors and warnings ----------------------------------------------

    def error(self, message, node=None, cls=SyntaxError):
        """A SyntaxError at `node` (or the current position), as compile.c's compiler_error.

        Like CPython, the line shown is read from the file named `filename` when there
        is one (PyErr_ProgramTextObject), so compile() of a string gives text None.
        """
        pos = node_position(node) if node is not None else (self.u.loc if self.u else None)
        if pos is None or pos[0] is None:
            pos = (1, 1, 0, 0)
        lineno, end_lineno, col, end_col = pos
        text = program_text(self.filename, lineno)
        return syntax_error(message, self.filename, lineno, col, text, end_lineno, end_col,
                            cls=cls)

    def warn(self, message, node=None):
        """A SyntaxWarning, turned into a SyntaxError when warnings are errors (as CPython)."""
        pos = node_position(node) if node is not None else self.u.loc
        lineno = pos[0] if pos else 1
        try:
            warn_explicit(message, SyntaxWarning, self.filename, lineno)
        except SyntaxWarning:
            raise self.error(message, node) from None

    # -- dispatch ----------------------------------------------------------

    def visit(self, node):
        method = self._visitors.get(node.__class__)
        if method is None:
            method = self.visitor(node.__class__)
        return method(node)

    def visitor(self, cls):
        """The visit_<Node> method for a node class, looked up once."""
        method = getattr(self, "visit_" + cls.__name__, None)
        if method is None:
            raise self.error(f"pvm cannot compile {cls.__name__} nodes", None, SystemError)
        self._visitors[cls] = method
        return method

    def visit_expr(self, node):
        """Visit an expression with its own position, restoring the caller's after.

        Names and constants, half of all expressions, are emitted here directly.
        """
        u = self.u
        saved = u.loc
        u.loc = (node.lineno, node.end_lineno, node.col_offset, node.end_col_offset)
        cls = node.__class__
        if cls is _Name:
            self.nameop(node.id, _CTX[node.ctx.__class__])
        elif cls is _Constant:
            self.emit(op.LOAD_CONST, self.add_const(node.value))
        else:
            method = self._visitors.get(cls)
            if method is None:
                method = self.visitor(cls)
            method(node)
        u.loc = saved

    def visit_stmts(self, stmts):
        for stmt in stmts:
            self.visit_stmt(stmt)

    def visit_stmt(self, node):
        u = self.u
        u.loc = (node.lineno, node.end_lineno, node.col_offset, node.end_col_offset)
        self.visit(node)

    def set_loc(self, node):
        self.u.loc = (node.lineno, node.end_lineno, node.col_offset, node.end_col_offset)

    def unset_loc(self):
        self.u.loc = None

    # -- emission ----------------------------------------------------------

    def new_block(self):
        return Block()

    def use_next_block(self, block):
        u = self.u
        u.blocks.append(block)
        u.block = block
        return block

    def _current(self):
        """The instruction list to append to: a new block's after a jump or an exit
        (jumps end blocks)."""
        instrs = self.u.block.instrs
        if instrs:
            last = instrs[-1]
            if last.target is not None or last.op in _ENDS_BLOCK:
                return self.use_next_block(Block()).instrs
        return instrs

    def emit(self, opcode, arg=0):
        u = self.u
        instrs = u.block.instrs
        if instrs:
            last = instrs[-1]
            if last.target is not None or last.op in _ENDS_BLOCK:
                instrs = self.use_next_block(Block()).instrs
        instrs.append(Instr(opcode, arg, None, u.loc))

    def emit_noline(self, opcode, arg=0):
        self._current().append(Instr(opcode, arg, None, None))

    def emit_jump(self, opcode, target):
        self._current().append(Instr(opcode, 0, target, self.u.loc))

    def emit_jump_noline(self, opcode, target):
        self._current().append(Instr(opcode, 0, target, None))

    def add_const(self, value):
        u = self.u
        key = const_key(value)
        index = u.const_map.get(key)
        if index is None:
            index = u.const_map[key] = len(u.consts)
            if type(value) is frozenset:
                # merge_consts_recursive makes a new frozenset from the old one's order.
                value = frozenset(tuple(value))
            u.consts.append(value)
        return index

    def load_const(self, value):
        self.emit(op.LOAD_CONST, self.add_const(value))

    def add_name(self, name):
        u = self.u
        index = u.name_map.get(name)
        if index is None:
            index = u.name_map[name] = len(u.names)
            u.names.append(name)
        return index

    def emit_name(self, opcode, name):
        """An instruction whose argument is a mangled name in co_names (ADDOP_NAME)."""
        private = self.u.private
        self.emit(opcode, self.add_name(name if private is None else mangle(private, name)))

    def varname_index(self, name):
        varnames = self.u.varnames
        index = varnames.get(name)
        if index is None:
            index = varnames[name] = len(varnames)
        return index

    # -- scopes and names ---------------------------------------------------

    def nameop(self, name, ctx):
        """Load, store or delete a name (CPython's compiler_nameop)."""
        u = self.u
        resolved = u.nameops.get((name, ctx))
        if resolved is None:
            resolved = u.nameops[name, ctx] = self.resolve_name(name, ctx)
        self.emit(*resolved)

    def resolve_name(self, name, ctx):
        """(opcode, argument) for a name in the current unit; the first time also
        gives a fast local its slot or a global its co_names entry."""
        u = self.u
        if name == "__debug__" and ctx != "load":
            raise self.error("cannot assign to __debug__" if ctx == "store"
                             else "cannot delete __debug__")
        mangled = mangle(u.private, name)
        kind = u.scope.scope_of(mangled)
        optype = "name"
        if kind == FREE or kind == CELL:
            optype = "deref"
        elif kind == LOCAL:
            if u.in_function:
                optype = "fast"
        elif kind == GLOBAL_IMPLICIT:
            if u.in_function:
                optype = "global"
        elif kind == GLOBAL_EXPLICIT:
            optype = "global"
        if optype == "fast":
            table = _LOAD_OPS if ctx == "load" else _STORE_OPS if ctx == "store" else _DELETE_OPS
            return table["fast"], self.varname_index(mangled)
        if optype == "deref":
            # A class body that reads an enclosing `__class__` has both X's own cell
            # and the free variable: the free one is meant (compiler_nameop's FREE
            # looks in u_freevars, hence LOAD_CLASSDEREF of the outer cell).
            index = (u.free_index if kind == FREE else u.deref_index).get(mangled)
            if index is None:
                raise self.error(f"pvm: no cell for {mangled!r}", None, SystemError)
            if ctx == "load":
                return (op.LOAD_CLASSDEREF if u.kind == CLASS else op.LOAD_DEREF), index
            if ctx == "store":
                return op.STORE_DEREF, index
            return op.DELETE_DEREF, index
        table = _LOAD_OPS if ctx == "load" else _STORE_OPS if ctx == "store" else _DELETE_OPS
        return table[optype], self.add_name(mangled)

    # -- units -------------------------------------------------------------

    def enter_scope(self, kind, name, node, firstlineno):
        """Start a new code unit for `node` (CPython's compiler_enter_scope)."""
        scope = self.symtable.scope_for(node)
        unit = Unit(kind, name, scope, firstlineno)
        parent = self.u
        if parent is not None:
            unit.private = parent.private
            self.stack.append(parent)
        unit.in_function = kind in FUNCTION_LIKE
        # co_varnames starts with the parameters (ste_varnames); compiler_nameop
        # appends the other fast locals as they are first emitted.
        for param in scope.params:
            unit.varnames[param] = len(unit.varnames)
        unit.nparams = len(scope.params)
        unit.argcount = scope.argcount
        unit.posonlyargcount = scope.posonlyargcount
        unit.kwonlyargcount = scope.kwonlyargcount
        unit.cellvars = scope.cellvars()
        unit.freevars = scope.freevars()
        for i, name_ in enumerate(unit.cellvars):
            unit.deref_index[name_] = i
        for i, name_ in enumerate(unit.freevars):
            unit.free_index[name_] = len(unit.cellvars) + i
            unit.deref_index.setdefault(name_, len(unit.cellvars) + i)
        unit.is_generator = scope.is_generator
        unit.is_coroutine = scope.is_coroutine
        self.u = unit
        self.use_next_block(Block())
        if kind != MODULE:
            self.set_qualname(unit)
        return unit

    def exit_scope(self):
        self.u = self.stack.pop() if self.stack else None

    def set_qualname(self, unit):
        """co_qualname as CPython's compiler_set_qualname computes it."""
        if len(self.stack) < 2:
            unit.qualname = unit.name
            return
        parent = self.stack[-1]
        if unit.kind in (FUNCTION, ASYNC_FUNCTION, CLASS):
            mangled = mangle(parent.private, unit.name)
            if parent.scope.scope_of(mangled) == GLOBAL_EXPLICIT:
                unit.qualname = unit.name
                return
        if parent.kind in (FUNCTION, ASYNC_FUNCTION, LAMBDA):
            base = parent.qualname + ".<locals>"
        else:
            base = parent.qualname
        unit.qualname = base + "." + unit.name

    def code_flags(self, unit):
        """co_flags of a unit (CPython's compute_code_flags): the table's bits, the
        inherited future flags, CO_COROUTINE for a module with top-level await."""
        flags = unit.scope.co_flags | (self.future & PyCF_MASK)
        if self.top_level_await() and unit.is_coroutine and not unit.is_generator:
            flags |= CO_COROUTINE
        return flags

    def top_level_await(self):
        return bool(self.flags & PyCF_ALLOW_TOP_LEVEL_AWAIT) and self.u.kind == MODULE

    def finish_unit(self, add_none=True):
        """Assemble the current unit into a Code object (CPython's assemble())."""
        u = self.u
        last = u.block.instrs[-1] if u.block.instrs else None
        if last is None or last.op != op.RETURN_VALUE:
            self.unset_loc()
            if add_none:
                self.load_const(None)
            self.emit(op.RETURN_VALUE)
        info = UnitInfo()
        info.name = u.name
        info.qualname = u.qualname
        info.filename = self.filename
        info.firstlineno = u.firstlineno
        info.flags = self.code_flags(u)
        info.argcount = u.argcount
        info.posonlyargcount = u.posonlyargcount
        info.kwonlyargcount = u.kwonlyargcount
        info.consts = u.consts
        info.const_index = self.add_const
        info.names = tuple(u.names)
        info.varnames = list(u.varnames)
        info.cellvars = u.cellvars
        info.freevars = u.freevars
        info.nparams = u.nparams
        try:
            return assemble(u.blocks, info)
        except SystemError as err:
            raise SystemError(f"{self.filename}: {u.qualname}: {err}") from None

    # -- modules -------------------------------------------------------------

    def compile_module(self, tree, mode):
        kind = tree.__class__.__name__
        self.enter_scope(MODULE, "<module>", tree, 1)
        if kind == "Module":
            self.compiler_body(tree.body)
            return self.finish_unit()
        if kind == "Interactive":
            self.interactive = True
            if find_ann(tree.body):
                self.emit(op.SETUP_ANNOTATIONS)
            self.visit_stmts(tree.body)
            return self.finish_unit()
        if kind == "Expression":
            self.visit_expr(tree.body)
            return self.finish_unit(add_none=False)
        raise self.error(f"pvm cannot compile a {kind} tree", None, SystemError)

    def compiler_body(self, stmts):
        """A module or class body: SETUP_ANNOTATIONS, __doc__, statements (compiler_body)."""
        u = self.u
        if u.kind == MODULE and stmts:
            self.set_loc(stmts[0])
        if find_ann(stmts):
            self.emit(op.SETUP_ANNOTATIONS)
        if not stmts:
            return
        start = 0
        if self.optimize < 2:
            doc = get_docstring(stmts)
            if doc is not None:
                start = 1
                self.set_loc(stmts[0])
                self.visit_expr(stmts[0].value)
                self.unset_loc()
                self.nameop("__doc__", "store")
        for stmt in stmts[start:]:
            self.visit_stmt(stmt)

    # -- functions, lambdas, classes ------------------------------------------

    def make_closure(self, code, flags, qualname=None):
        """Push a function made from `code` with its closure cells (compiler_make_closure)."""
        if code.co_freevars:
            u = self.u
            for name in code.co_freevars:
                if u.kind == CLASS and name == "__class__":
                    index = u.deref_index["__class__"]
                else:
                    index = u.deref_index.get(name)
                    if index is None:
                        raise self.error(f"pvm: no closure cell for {name!r} in {u.qualname}",
                                         None, SystemError)
                self.emit(op.LOAD_CLOSURE, index)
            flags |= op.MAKE_CLOSURE
            self.emit(op.BUILD_TUPLE, len(code.co_freevars))
        self.load_const(code)
        self.emit(op.MAKE_FUNCTION, flags)

    def check_debug_args(self, args):
        for arg in all_args(args):
            if arg.arg == "__debug__":
                raise self.error("cannot assign to __debug__")

    def default_arguments(self, args):
        """Push defaults and keyword-only defaults; return the MAKE_FUNCTION flags."""
        flags = 0
        if args.defaults:
            for default in args.defaults:
                self.visit_expr(default)
            self.emit(op.BUILD_TUPLE, len(args.defaults))
            flags |= op.MAKE_DEFAULTS
        keys = []
        for arg, default in zip(args.kwonlyargs, args.kw_defaults):
            if default is not None:
                keys.append(mangle(self.u.private, arg.arg))
                self.visit_expr(default)
        if keys:
            self.load_const(tuple(keys))
            self.emit(op.BUILD_CONST_KEY_MAP, len(keys))
            flags |= op.MAKE_KWDEFAULTS
        return flags

    def visit_annotations(self, args, returns):
        """Push the flat (name, value, ...) annotations tuple; return whether one was pushed."""
        count = 0
        groups = [(a.arg, a.annotation) for a in args.args]
        groups += [(a.arg, a.annotation) for a in args.posonlyargs]
        if args.vararg is not None:
            groups.append((args.vararg.arg, args.vararg.annotation))
        groups += [(a.arg, a.annotation) for a in args.kwonlyargs]
        if args.kwarg is not None:
            groups.append((args.kwarg.arg, args.kwarg.annotation))
        groups.append(("return", returns))
        for name, annotation in groups:
            if annotation is None:
                continue
            self.load_const(mangle(self.u.private, name))
            if self.future & CO_FUTURE_ANNOTATIONS:
                self.load_const(unparse_annotation(annotation))
            elif annotation.__class__.__name__ == "Starred":
                self.visit_expr(annotation.value)
                self.emit(op.UNPACK_SEQUENCE, 1)
            else:
                self.visit_expr(annotation)
            count += 2
        if count:
            self.emit(op.BUILD_TUPLE, count)
            return True
        return False

    def decorators(self, decorator_list):
        for deco in decorator_list:
            self.visit_expr(deco)

    def apply_decorators(self, decorator_list):
        for deco in reversed(decorator_list):
            self.u.loc = node_position(deco)
            self.emit(op.CALL_FUNCTION, 1)

    def function_def(self, node, is_async):
        """def and async def (CPython's compiler_function)."""
        args = node.args
        self.check_debug_args(args)
        self.decorators(node.decorator_list)
        firstlineno = node.decorator_list[0].lineno if node.decorator_list else node.lineno
        flags = self.default_arguments(args)
        if self.visit_annotations(args, node.returns):
            flags |= op.MAKE_ANNOTATIONS
        kind = ASYNC_FUNCTION if is_async else FUNCTION
        self.enter_scope(kind, node.name, node, firstlineno)
        doc = get_docstring(node.body) if self.optimize < 2 else None
        self.add_const(doc)
        start = 1 if doc is not None else 0
        for stmt in node.body[start:]:
            self.visit_stmt(stmt)
        code = self.finish_unit()
        self.exit_scope()
        self.set_loc(node)
        self.make_closure(code, flags)
        self.apply_decorators(node.decorator_list)
        self.set_loc(node)
        self.nameop(node.name, "store")

    def visit_FunctionDef(self, node):
        self.function_def(node, False)

    def visit_AsyncFunctionDef(self, node):
        self.function_def(node, True)

    def visit_Lambda(self, node):
        args = node.args
        self.check_debug_args(args)
        flags = self.default_arguments(args)
        self.enter_scope(LAMBDA, "<lambda>", node, node.lineno)
        self.add_const(None)
        self.visit_expr(node.body)
        if self.u.is_generator:
            code = self.finish_unit(add_none=False)
        else:
            self.emit(op.RETURN_VALUE)
            code = self.finish_unit()
        self.exit_scope()
        self.make_closure(code, flags)

    def visit_ClassDef(self, node):
        """A class statement (CPython's compiler_class)."""
        self.validate_keywords(node.keywords)
        self.decorators(node.decorator_list)
        firstlineno = node.decorator_list[0].lineno if node.decorator_list else node.lineno
        self.enter_scope(CLASS, node.name, node, firstlineno)
        u = self.u
        u.private = node.name
        # The preamble has the scope's first line and columns 0..0, as compile.c leaves it.
        u.loc = (firstlineno, firstlineno, 0, 0)
        self.nameop("__name__", "load")
        self.nameop("__module__", "store")
        self.load_const(u.qualname)
        self.nameop("__qualname__", "store")
        self.compiler_body(node.body)
        self.unset_loc()
        if u.scope.needs_class_closure:
            self.emit(op.LOAD_CLOSURE, u.deref_index["__class__"])
            self.emit(op.COPY, 1)
            self.nameop("__classcell__", "store")
        else:
            self.load_const(None)
        self.emit(op.RETURN_VALUE)
        code = self.finish_unit()
        self.exit_scope()
        self.set_loc(node)
        self.emit(op.LOAD_BUILD_CLASS)
        self.make_closure(code, 0)
        self.load_const(node.name)
        self.call_helper(2, node.bases, node.keywords)
        self.apply_decorators(node.decorator_list)
        self.set_loc(node)
        self.nameop(node.name, "store")


def _host_warn_explicit(message, category, filename, lineno):
    import warnings
    warnings.warn_explicit(message, category, filename, lineno)


# How the compiler reports a SyntaxWarning: the VM replaces this with its own
# warnings machinery (the program's `warnings` filters); by default the host's.
warn_explicit = _host_warn_explicit


def program_text(filename, lineno):
    """Line `lineno` of the file `filename`, or None (CPython's PyErr_ProgramTextObject)."""
    if not filename or filename.startswith("<"):
        return None
    try:
        with open(filename, "rb") as f:
            for number, raw in enumerate(f, 1):
                if number == lineno:
                    return raw.decode("utf-8", "replace")
    except (OSError, ValueError):
        return None
    return None


_ENDS_BLOCK = frozenset((op.RETURN_VALUE, op.RAISE_VARARGS, op.RERAISE))


def all_args(args):
    out = list(args.posonlyargs) + list(args.args) + list(args.kwonlyargs)
    if args.vararg is not None:
        out.append(args.vararg)
    if args.kwarg is not None:
        out.append(args.kwarg)
    return out


_ANN_CONTAINERS = ("For", "AsyncFor", "While", "If", "With", "AsyncWith", "Try", "TryStar",
                   "Match")


def find_ann(stmts):
    """Whether a body has an annotated assignment outside nested scopes (CPython find_ann)."""
    for stmt in stmts:
        name = stmt.__class__.__name__
        if name == "AnnAssign":
            return True
        if name in _ANN_CONTAINERS:
            if name == "Match":
                if any(find_ann(case.body) for case in stmt.cases):
                    return True
                continue
            for field in ("body", "orelse", "finalbody"):
                if find_ann(getattr(stmt, field, ()) or ()):
                    return True
            for handler in getattr(stmt, "handlers", ()) or ():
                if find_ann(handler.body):
                    return True
    return False


def unparse_annotation(node):
    """The text of an annotation under `from __future__ import annotations`."""
    import ast
    return ast.unparse(node)
