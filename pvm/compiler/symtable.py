"""Compiler stage, pass 1: the symbol table (CPython 3.11's Python/symtable.c).

Consumes an AST made of the host `ast` node classes (pvm's parser builds it) and
the CO_FUTURE_* flags; produces a `SymbolTable`: one `Scope` per block of the
program (the module, each class, each function and lambda, and each
comprehension or generator expression, which in 3.11 is a function of its own
taking the outermost iterator as its parameter ".0").

Like symtable.c it works in two passes. The first walks the tree in CPython's
order and records raw facts per scope (DEF_LOCAL, USE, DEF_PARAM, ...); the
second (analyze_block) resolves every name to LOCAL, GLOBAL_EXPLICIT,
GLOBAL_IMPLICIT, FREE or CELL, turning locals captured by inner functions into
cells and threading free names through the scopes in between.

Guarantees, checked against the host over the standard library:

* `Scope.symbols` is CPython's ste_symbols after analysis: name (mangled for
  private names) -> DEF_* flags | scope << SCOPE_OFFSET, with the same values, in
  the same order (except names that only pass a free variable through, which
  CPython adds in set order), as the host's `_symtable` reports;
* `Scope.params` is ste_varnames (parameters: posonly, args, kwonly, *args, **kw),
  the start of co_varnames; the code generator appends the other fast locals as it
  first emits them, as compile.c's compiler_nameop does;
* `cellvars()` / `freevars()` are co_cellvars / co_freevars;
* `co_flags` holds the co_flags bits compile.c derives from the table;
* SyntaxErrors have CPython's class, message, line, offset and end (offsets are
  the 0-based UTF-8 columns of the AST plus one, as in CPython); trees nested
  deeper than 3000 levels raise RecursionError("maximum recursion depth exceeded
  during compilation"), as CPython does at 3 x its recursion limit.

What the code generator reads (compile.c's uses of the symtable):

* `SymbolTable.scope_for(node)` for Module/Expression/Interactive, FunctionDef,
  AsyncFunctionDef, Lambda, ClassDef, ListComp, SetComp, DictComp, GeneratorExp;
* `Scope.scope_of(mangled_name)` (_PyST_GetScope) and `mangle(private, name)`
  (_Py_Mangle) with `Scope.private`, the class name in effect in that scope;
* `Scope.needs_class_closure`: a class whose methods use `__class__` or `super`,
  which gets the implicit `__class__` cell (ste_needs_class_closure);
* `Scope.is_coroutine`: for a comprehension, that it is asynchronous (an
  `async for` or an `await` in it, or an asynchronous list/set/dict
  comprehension inside it); compile.c raises "asynchronous comprehension
  outside of an asynchronous function" from that;
* `Scope.comprehension`: None, or "list comprehension", "set comprehension",
  "dict comprehension", "generator expression";
* `SymbolTable.future_flags` / `future_lineno` (for compiler_from_import's late
  `__future__` check). With `from __future__ import annotations` annotations are
  walked in throw-away annotation blocks, as in CPython: their names bind
  nothing, nested lambdas there get no scope, and yield/await/walrus in them
  raise "'yield expression' can not be used within an annotation" and so on.
"""

import ast
import sys

from pvm.bytecode.code import (
    CO_ASYNC_GENERATOR, CO_COROUTINE, CO_FUTURE_ANNOTATIONS, CO_GENERATOR, CO_NESTED,
    CO_NEWLOCALS, CO_OPTIMIZED, CO_VARARGS, CO_VARKEYWORDS,
)
from pvm.compiler.future import parse_future
from pvm.errors import syntax_error

# Symbol flags (Include/internal/pycore_symtable.h, 3.11).
DEF_GLOBAL = 1            # global statement
DEF_LOCAL = 2             # assignment in code block
DEF_PARAM = 2 << 1        # formal parameter
DEF_NONLOCAL = 2 << 2     # nonlocal statement
USE = 2 << 3              # name is used
DEF_FREE = 2 << 4         # name used but not defined in nested block
DEF_FREE_CLASS = 2 << 5   # free variable from class's method
DEF_IMPORT = 2 << 6       # assignment occurred via import
DEF_ANNOT = 2 << 7        # this name is annotated
DEF_COMP_ITER = 2 << 8    # this name is a comprehension iteration variable
DEF_BOUND = DEF_LOCAL | DEF_PARAM | DEF_IMPORT

# The resolved scope lives in the bits above SCOPE_OFFSET.
SCOPE_OFFSET = 11
SCOPE_MASK = DEF_GLOBAL | DEF_LOCAL | DEF_PARAM | DEF_NONLOCAL
LOCAL = 1
GLOBAL_EXPLICIT = 2
GLOBAL_IMPLICIT = 3
FREE = 4
CELL = 5

# Block types (_Py_block_ty). Annotation blocks exist only under
# `from __future__ import annotations` and are never anyone's child.
FUNCTION = "function"
CLASS = "class"
MODULE = "module"
ANNOTATION = "annotation"

# Nesting deeper than this raises RecursionError, like CPython's
# COMPILER_STACK_FRAME_SCALE (3) times the default recursion limit (1000).
RECURSION_LIMIT = 3000

_COMPREHENSIONS = {
    ast.ListComp: ("listcomp", "list comprehension"),
    ast.SetComp: ("setcomp", "set comprehension"),
    ast.DictComp: ("dictcomp", "dict comprehension"),
    ast.GeneratorExp: ("genexpr", "generator expression"),
}


def mangle(private, name):
    """Private name mangling, CPython's _Py_Mangle: `__x` in class C is `_C__x`.

    Dunder names, dotted (import) names and classes named only with
    underscores are left alone.
    """
    if private is None or not name.startswith("__"):
        return name
    if name.endswith("__") or "." in name:
        return name
    stripped = private.lstrip("_")
    if not stripped:
        return name
    return "_" + stripped + name


class Scope:
    """One block of the program: CPython's PySTEntryObject (the ste_* fields)."""

    __slots__ = (
        "name", "type", "node", "lineno", "col_offset", "end_lineno", "end_col_offset",
        "parent", "symbols", "params", "children", "directives", "private",
        "is_nested", "has_free", "child_free", "is_generator", "is_coroutine",
        "comprehension", "returns_value", "needs_class_closure", "has_varargs",
        "has_varkeywords", "comp_iter_target", "comp_iter_expr",
    )

    def __init__(self, name, block_type, node, loc, parent):
        self.name = name
        self.type = block_type
        self.node = node
        self.lineno = loc.lineno
        self.col_offset = loc.col_offset
        self.end_lineno = loc.end_lineno
        self.end_col_offset = loc.end_col_offset
        self.parent = parent
        self.symbols = {}           # ste_symbols: mangled name -> flags
        self.params = []            # ste_varnames: the parameters, in order
        self.children = []          # ste_children, in the order they were entered
        self.directives = None      # ste_directives: (name, lineno, col, end_lineno, end_col)
        self.private = None         # the class name mangling private names here
        self.is_nested = False      # ste_nested: inside a function (at any depth)
        self.has_free = False       # ste_free: has free variables (or nested implicit globals)
        self.child_free = False     # ste_child_free: a child block has free variables
        self.is_generator = False   # ste_generator
        self.is_coroutine = False   # ste_coroutine
        self.comprehension = None   # ste_comprehension, as the words of the error messages
        self.returns_value = False  # ste_returns_value
        self.needs_class_closure = False
        self.has_varargs = False
        self.has_varkeywords = False
        self.comp_iter_target = False  # visiting a comprehension's target (first pass only)
        self.comp_iter_expr = 0        # visiting a comprehension's iterable (first pass only)

    def __repr__(self):
        return f"<Scope {self.type} {self.name!r} line {self.lineno}>"

    @property
    def is_comprehension(self):
        return self.comprehension is not None

    @property
    def is_function(self):
        return self.type == FUNCTION

    def flags_of(self, name):
        """The raw flags of `name` (0 if the scope never saw it): _PyST_GetSymbol."""
        return self.symbols.get(name, 0)

    def scope_of(self, name):
        """LOCAL, GLOBAL_EXPLICIT, GLOBAL_IMPLICIT, FREE, CELL or 0: _PyST_GetScope."""
        return (self.symbols.get(name, 0) >> SCOPE_OFFSET) & SCOPE_MASK

    def cellvars(self):
        """co_cellvars: cells that are parameters in parameter order, then the rest sorted.

        compile.c sorts the cells; cells that are also parameters keep their
        parameter slot, which puts them first in co_cellvars. A class whose
        methods need `__class__` has that one cell.
        """
        if self.needs_class_closure:
            return ["__class__"]
        cells = {n for n, f in self.symbols.items() if (f >> SCOPE_OFFSET) & SCOPE_MASK == CELL}
        first = [p for p in self.params if p in cells]
        return first + sorted(cells.difference(first))

    def freevars(self):
        """co_freevars: free names and class names captured by methods, sorted."""
        return sorted(n for n, f in self.symbols.items()
                      if (f >> SCOPE_OFFSET) & SCOPE_MASK == FREE or f & DEF_FREE_CLASS)

    @property
    def co_flags(self):
        """The co_flags bits compile.c's compute_code_flags takes from the table.

        Future flags and CO_COROUTINE for top-level await are the code
        generator's to add.
        """
        if self.type != FUNCTION:
            return 0
        flags = CO_NEWLOCALS | CO_OPTIMIZED
        if self.is_nested:
            flags |= CO_NESTED
        if self.is_generator:
            flags |= CO_ASYNC_GENERATOR if self.is_coroutine else CO_GENERATOR
        elif self.is_coroutine:
            flags |= CO_COROUTINE
        if self.has_varargs:
            flags |= CO_VARARGS
        if self.has_varkeywords:
            flags |= CO_VARKEYWORDS
        return flags

    @property
    def argcount(self):
        """co_argcount (positional-only included); 1 for a comprehension's ".0"."""
        if self.comprehension is not None:
            return 1
        args = self._arguments()
        return 0 if args is None else len(args.posonlyargs) + len(args.args)

    @property
    def posonlyargcount(self):
        args = self._arguments()
        return 0 if args is None else len(args.posonlyargs)

    @property
    def kwonlyargcount(self):
        args = self._arguments()
        return 0 if args is None else len(args.kwonlyargs)

    def _arguments(self):
        """The ast.arguments of a def or lambda; None for other blocks."""
        if self.type != FUNCTION or self.comprehension is not None:
            return None
        return self.node.args


class SymbolTable:
    """The result of build_symtable(): the top scope and a node -> scope index."""

    def __init__(self, top, by_node, filename, future_flags, future_lineno):
        self.top = top
        self.filename = filename
        self.future_flags = future_flags
        self.future_lineno = future_lineno
        self._by_node = by_node

    def scope_for(self, node):
        """The Scope of a Module/function/lambda/class/comprehension node."""
        try:
            return self._by_node[id(node)]
        except KeyError:
            raise KeyError(f"no scope for {type(node).__name__} node") from None


def build_symtable(tree, filename, future_flags=0):
    """Build the symbol table of `tree` (PySymtable_Build), or raise SyntaxError.

    `future_flags` are CO_FUTURE_* flags from outside the tree (compile()'s
    flags, or inherited ones); the tree's own `from __future__` statements are
    read here too, and their errors raised.
    """
    future = parse_future(tree, filename)
    flags = future.flags | future_flags
    builder = _Builder(filename, flags)
    with deep_recursion():
        top = builder.build(tree)
        _Analyzer(filename).analyze(top)
    return SymbolTable(top, builder.by_node, filename, flags, future.lineno)


class deep_recursion:
    """Give the host's stack room for RECURSION_LIMIT levels of nested visitors."""

    def __enter__(self):
        self.saved = sys.getrecursionlimit()
        sys.setrecursionlimit(self.saved + 3 * RECURSION_LIMIT)

    def __exit__(self, *exc):
        sys.setrecursionlimit(self.saved)


def _error(message, filename, loc):
    """A SyntaxError at the range of `loc` (a node or a Scope)."""
    return syntax_error(message, filename, loc.lineno, loc.col_offset,
                        end_lineno=loc.end_lineno, end_col=loc.end_col_offset)


# ---------------------------------------------------------------------------
# Pass 1: collect the raw facts (symtable_visit_stmt, symtable_visit_expr, ...)
# ---------------------------------------------------------------------------

class _Builder:
    """Walks the tree in symtable.c's order, filling in the scopes' raw flags."""

    def __init__(self, filename, future_flags):
        self.filename = filename
        self.future_annotations = bool(future_flags & CO_FUTURE_ANNOTATIONS)
        self.stack = []             # st_stack
        self.cur = None             # st_cur
        self.global_symbols = None  # st_global: the module's symbols
        self.private = None         # st_private: the enclosing class's name
        self.by_node = {}
        self.depth = 0

    def error(self, message, loc):
        return _error(message, self.filename, loc)

    def build(self, tree):
        top = self.enter_block("top", MODULE, tree, _NOWHERE)
        if isinstance(tree, (ast.Module, ast.Interactive)):
            self.visit_stmts(tree.body)
        elif isinstance(tree, ast.Expression):
            self.visit_expr(tree.body)
        else:
            raise TypeError(f"cannot build a symbol table for {type(tree).__name__}")
        self.exit_block()
        return top

    # -- blocks and definitions ------------------------------------------

    def enter_block(self, name, block_type, node, loc):
        """symtable_enter_block: push a new scope (a child of the current one)."""
        prev = self.cur
        ste = Scope(name, block_type, node, loc, prev)
        ste.private = self.private
        if prev is not None:
            ste.is_nested = prev.is_nested or prev.type == FUNCTION
            # bpo-37757: no walrus anywhere inside a comprehension's iterable.
            ste.comp_iter_expr = prev.comp_iter_expr
        self.stack.append(ste)
        self.cur = ste
        if block_type == ANNOTATION:
            return ste
        if block_type == MODULE:
            self.global_symbols = ste.symbols
        if prev is not None:
            prev.children.append(ste)
        self.by_node[id(node)] = ste
        return ste

    def exit_block(self):
        self.stack.pop()
        self.cur = self.stack[-1] if self.stack else None

    def add_def(self, name, flag, loc):
        self.add_def_in(self.cur, name, flag, loc)

    def add_def_in(self, ste, name, flag, loc):
        """symtable_add_def_helper: or `flag` into the flags of `name` in `ste`."""
        mangled = name if self.private is None else mangle(self.private, name)
        symbols = ste.symbols
        val = symbols.get(mangled)
        if val is None:
            val = flag
        else:
            if flag & DEF_PARAM and val & DEF_PARAM:
                raise self.error(f"duplicate argument '{name}' in function definition", loc)
            val |= flag
        if ste.comp_iter_target:
            # An iteration variable; a walrus in this comprehension may not rebind it.
            if val & (DEF_GLOBAL | DEF_NONLOCAL):
                raise self.error("comprehension inner loop cannot rebind assignment "
                                 f"expression target '{name}'", loc)
            val |= DEF_COMP_ITER
        symbols[mangled] = val
        if flag & DEF_PARAM:
            ste.params.append(mangled)
        elif flag & DEF_GLOBAL:
            # A global statement anywhere makes the name global in the module too.
            globals_ = self.global_symbols
            globals_[mangled] = globals_.get(mangled, 0) | flag

    def lookup(self, name):
        return self.cur.symbols.get(mangle(self.private, name), 0)

    def record_directive(self, name, loc):
        """Remember where a global/nonlocal came from, for errors found in pass 2."""
        ste = self.cur
        if ste.directives is None:
            ste.directives = []
        ste.directives.append((mangle(self.private, name), loc.lineno, loc.col_offset,
                               loc.end_lineno, loc.end_col_offset))

    # -- sequences ---------------------------------------------------------

    def visit_stmts(self, stmts):
        visit = self.visit_stmt
        for s in stmts:
            visit(s)

    def visit_exprs(self, exprs):
        visit = self.visit_expr
        for e in exprs:
            if e is not None:
                visit(e)

    # -- statements (symtable_visit_stmt) ----------------------------------

    def visit_stmt(self, s):
        self.depth += 1
        if self.depth > RECURSION_LIMIT:
            raise RecursionError("maximum recursion depth exceeded during compilation")
        _STMT[type(s)](self, s)
        self.depth -= 1

    def visit_FunctionDef(self, s):
        self.add_def(s.name, DEF_LOCAL, s)
        args = s.args
        if args.defaults:
            self.visit_exprs(args.defaults)
        if args.kw_defaults:
            self.visit_exprs(args.kw_defaults)
        self.visit_annotations(s, args, s.returns)
        if s.decorator_list:
            self.visit_exprs(s.decorator_list)
        self.enter_block(s.name, FUNCTION, s, s)
        if type(s) is ast.AsyncFunctionDef:
            self.cur.is_coroutine = True
        self.visit_arguments(args)
        self.visit_stmts(s.body)
        self.exit_block()

    def visit_ClassDef(self, s):
        self.add_def(s.name, DEF_LOCAL, s)
        self.visit_exprs(s.bases)
        for kw in s.keywords:
            self.visit_expr(kw.value)
        if s.decorator_list:
            self.visit_exprs(s.decorator_list)
        ste = self.enter_block(s.name, CLASS, s, s)
        saved, self.private = self.private, s.name
        ste.private = s.name
        self.visit_stmts(s.body)
        self.private = saved
        self.exit_block()

    def visit_Return(self, s):
        if s.value is not None:
            self.visit_expr(s.value)
            self.cur.returns_value = True

    def visit_Delete(self, s):
        self.visit_exprs(s.targets)

    def visit_Assign(self, s):
        self.visit_exprs(s.targets)
        self.visit_expr(s.value)

    def visit_AnnAssign(self, s):
        target = s.target
        if type(target) is ast.Name:
            cur = self.lookup(target.id)
            if (cur & (DEF_GLOBAL | DEF_NONLOCAL) and self.cur.symbols is not self.global_symbols
                    and s.simple):
                kind = "global" if cur & DEF_GLOBAL else "nonlocal"
                raise self.error(f"annotated name '{target.id}' can't be {kind}", s)
            # A parenthesized name without a value binds nothing, as in CPython.
            if s.simple:
                self.add_def(target.id, DEF_ANNOT | DEF_LOCAL, target)
            if s.value is not None:
                self.add_def(target.id, DEF_LOCAL, target)
        else:
            self.visit_expr(target)
        self.visit_annotation(s.annotation)
        if s.value is not None:
            self.visit_expr(s.value)

    def visit_AugAssign(self, s):
        self.visit_expr(s.target)
        self.visit_expr(s.value)

    def visit_For(self, s):
        self.visit_expr(s.target)
        self.visit_expr(s.iter)
        self.visit_stmts(s.body)
        self.visit_stmts(s.orelse)

    def visit_While(self, s):
        self.visit_expr(s.test)
        self.visit_stmts(s.body)
        self.visit_stmts(s.orelse)

    def visit_If(self, s):
        self.visit_expr(s.test)
        self.visit_stmts(s.body)
        self.visit_stmts(s.orelse)

    def visit_With(self, s):
        for item in s.items:
            self.visit_expr(item.context_expr)
            if item.optional_vars is not None:
                self.visit_expr(item.optional_vars)
        self.visit_stmts(s.body)

    def visit_Match(self, s):
        self.visit_expr(s.subject)
        for case in s.cases:
            self.visit_pattern(case.pattern)
            if case.guard is not None:
                self.visit_expr(case.guard)
            self.visit_stmts(case.body)

    def visit_Raise(self, s):
        if s.exc is not None:
            self.visit_expr(s.exc)
            if s.cause is not None:
                self.visit_expr(s.cause)

    def visit_Try(self, s):
        self.visit_stmts(s.body)
        self.visit_stmts(s.orelse)
        for handler in s.handlers:
            if handler.type is not None:
                self.visit_expr(handler.type)
            if handler.name is not None:
                self.add_def(handler.name, DEF_LOCAL, handler)
            self.visit_stmts(handler.body)
        self.visit_stmts(s.finalbody)

    def visit_Assert(self, s):
        self.visit_expr(s.test)
        if s.msg is not None:
            self.visit_expr(s.msg)

    def visit_Import(self, s):
        for alias in s.names:
            self.visit_alias(alias)

    def visit_alias(self, a):
        """symtable_visit_alias: `import a.b` binds `a`; `*` is for modules only."""
        name = a.asname or a.name
        if name == "*":
            if self.cur.type != MODULE:
                raise self.error("import * only allowed at module level", a)
            return
        self.add_def(name.partition(".")[0], DEF_IMPORT, a)

    def visit_Global(self, s):
        self.visit_declaration(s, DEF_GLOBAL, "global")

    def visit_Nonlocal(self, s):
        self.visit_declaration(s, DEF_NONLOCAL, "nonlocal")

    def visit_declaration(self, s, flag, word):
        """A global or nonlocal statement: it must come before any other use."""
        for name in s.names:
            cur = self.lookup(name)
            if cur & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT):
                if cur & DEF_PARAM:
                    message = f"name '{name}' is parameter and {word}"
                elif cur & USE:
                    message = f"name '{name}' is used prior to {word} declaration"
                elif cur & DEF_ANNOT:
                    message = f"annotated name '{name}' can't be {word}"
                else:
                    message = f"name '{name}' is assigned to before {word} declaration"
                raise self.error(message, s)
            self.add_def(name, flag, s)
            self.record_directive(name, s)

    def visit_Expr(self, s):
        self.visit_expr(s.value)

    def visit_nothing(self, s):
        pass

    # -- function pieces -----------------------------------------------------

    def visit_arguments(self, a):
        """symtable_visit_arguments: parameters in co_varnames order."""
        for arg in a.posonlyargs:
            self.add_def(arg.arg, DEF_PARAM, arg)
        for arg in a.args:
            self.add_def(arg.arg, DEF_PARAM, arg)
        for arg in a.kwonlyargs:
            self.add_def(arg.arg, DEF_PARAM, arg)
        if a.vararg is not None:
            self.add_def(a.vararg.arg, DEF_PARAM, a.vararg)
            self.cur.has_varargs = True
        if a.kwarg is not None:
            self.add_def(a.kwarg.arg, DEF_PARAM, a.kwarg)
            self.cur.has_varkeywords = True

    def visit_annotations(self, s, a, returns):
        """symtable_visit_annotations: the parameters' annotations, then the return's."""
        future = self.future_annotations
        if future:
            self.enter_block("_annotation", ANNOTATION, s, s)
        for arg in a.posonlyargs:
            if arg.annotation is not None:
                self.visit_expr(arg.annotation)
        for arg in a.args:
            if arg.annotation is not None:
                self.visit_expr(arg.annotation)
        if a.vararg is not None and a.vararg.annotation is not None:
            self.visit_expr(a.vararg.annotation)
        if a.kwarg is not None and a.kwarg.annotation is not None:
            self.visit_expr(a.kwarg.annotation)
        for arg in a.kwonlyargs:
            if arg.annotation is not None:
                self.visit_expr(arg.annotation)
        if future:
            self.exit_block()
        if returns is not None:
            self.visit_annotation(returns)

    def visit_annotation(self, annotation):
        if self.future_annotations:
            self.enter_block("_annotation", ANNOTATION, annotation, annotation)
            self.visit_expr(annotation)
            self.exit_block()
        else:
            self.visit_expr(annotation)

    def check_annotation_block(self, what, e):
        """symtable_raise_if_annotation_block: no yield/await/walrus in a lazy annotation."""
        if self.cur.type == ANNOTATION:
            raise self.error(f"'{what}' can not be used within an annotation", e)

    # -- patterns (symtable_visit_pattern) -------------------------------------

    def visit_pattern(self, p):
        self.depth += 1
        if self.depth > RECURSION_LIMIT:
            raise RecursionError("maximum recursion depth exceeded during compilation")
        kind = type(p)
        if kind is ast.MatchAs:
            if p.pattern is not None:
                self.visit_pattern(p.pattern)
            if p.name is not None:
                self.add_def(p.name, DEF_LOCAL, p)
        elif kind is ast.MatchValue:
            self.visit_expr(p.value)
        elif kind is ast.MatchSequence or kind is ast.MatchOr:
            for sub in p.patterns:
                self.visit_pattern(sub)
        elif kind is ast.MatchStar:
            if p.name is not None:
                self.add_def(p.name, DEF_LOCAL, p)
        elif kind is ast.MatchMapping:
            self.visit_exprs(p.keys)
            for sub in p.patterns:
                self.visit_pattern(sub)
            if p.rest is not None:
                self.add_def(p.rest, DEF_LOCAL, p)
        elif kind is ast.MatchClass:
            self.visit_expr(p.cls)
            for sub in p.patterns:
                self.visit_pattern(sub)
            for sub in p.kwd_patterns:
                self.visit_pattern(sub)
        self.depth -= 1

    # -- expressions (symtable_visit_expr) -------------------------------------

    def visit_expr(self, e):
        if self.depth >= RECURSION_LIMIT:
            raise RecursionError("maximum recursion depth exceeded during compilation")
        kind = type(e)
        if kind is ast.Constant:
            return
        if kind is ast.Name:
            self.visit_Name(e)
            return
        self.depth += 1
        _EXPR[kind](self, e)
        self.depth -= 1

    def visit_Name(self, e):
        if type(e.ctx) is ast.Load:
            self.add_def(e.id, USE, e)
            # A bare `super` in a function is a use of the implicit __class__ cell.
            if e.id == "super" and self.cur.type == FUNCTION:
                self.add_def("__class__", USE, e)
        else:
            self.add_def(e.id, DEF_LOCAL, e)

    def visit_Attribute(self, e):
        self.visit_expr(e.value)

    def visit_Constant(self, e):
        pass

    def visit_Call(self, e):
        self.visit_expr(e.func)
        visit = self.visit_expr
        for arg in e.args:
            visit(arg)
        for kw in e.keywords:
            visit(kw.value)

    def visit_BinOp(self, e):
        self.visit_expr(e.left)
        self.visit_expr(e.right)

    def visit_BoolOp(self, e):
        self.visit_exprs(e.values)

    def visit_UnaryOp(self, e):
        self.visit_expr(e.operand)

    def visit_Compare(self, e):
        self.visit_expr(e.left)
        self.visit_exprs(e.comparators)

    def visit_Subscript(self, e):
        self.visit_expr(e.value)
        self.visit_expr(e.slice)

    def visit_Slice(self, e):
        if e.lower is not None:
            self.visit_expr(e.lower)
        if e.upper is not None:
            self.visit_expr(e.upper)
        if e.step is not None:
            self.visit_expr(e.step)

    def visit_elts(self, e):
        self.visit_exprs(e.elts)

    def visit_Dict(self, e):
        # All keys (None for `**d`), then all values: CPython's order, not codegen's.
        self.visit_exprs(e.keys)
        self.visit_exprs(e.values)

    def visit_Starred(self, e):
        self.visit_expr(e.value)

    def visit_IfExp(self, e):
        self.visit_expr(e.test)
        self.visit_expr(e.body)
        self.visit_expr(e.orelse)

    def visit_JoinedStr(self, e):
        self.visit_exprs(e.values)

    def visit_FormattedValue(self, e):
        self.visit_expr(e.value)
        if e.format_spec is not None:
            self.visit_expr(e.format_spec)

    def visit_Lambda(self, e):
        args = e.args
        if args.defaults:
            self.visit_exprs(args.defaults)
        if args.kw_defaults:
            self.visit_exprs(args.kw_defaults)
        self.enter_block("lambda", FUNCTION, e, e)
        self.visit_arguments(args)
        self.visit_expr(e.body)
        self.exit_block()

    def visit_Await(self, e):
        self.check_annotation_block("await expression", e)
        self.visit_expr(e.value)
        self.cur.is_coroutine = True

    def visit_Yield(self, e):
        self.check_annotation_block("yield expression", e)
        if e.value is not None:
            self.visit_expr(e.value)
        self.yield_seen(e)

    def visit_YieldFrom(self, e):
        self.check_annotation_block("yield expression", e)
        self.visit_expr(e.value)
        self.yield_seen(e)

    def yield_seen(self, e):
        ste = self.cur
        ste.is_generator = True
        if ste.comprehension is not None:
            raise self.error(f"'yield' inside {ste.comprehension}", e)

    def visit_NamedExpr(self, e):
        """symtable_handle_namedexpr: a walrus binds in the nearest function or module."""
        self.check_annotation_block("named expression", e)
        if self.cur.comp_iter_expr > 0:
            raise self.error("assignment expression cannot be used in a comprehension "
                             "iterable expression", e)
        if self.cur.comprehension is not None:
            self.extend_namedexpr_scope(e.target)
        self.visit_expr(e.value)
        self.visit_expr(e.target)

    def extend_namedexpr_scope(self, target):
        """symtable_extend_namedexpr_scope: bind a comprehension's walrus target outside.

        In the comprehension the name becomes nonlocal (or global); it is bound
        in the first enclosing scope that is not a comprehension.
        """
        name = target.id
        for ste in reversed(self.stack):
            if ste.comprehension is not None:
                if ste.symbols.get(name, 0) & DEF_COMP_ITER:
                    raise self.error("assignment expression cannot rebind comprehension "
                                     f"iteration variable '{name}'", target)
                continue
            if ste.type == FUNCTION:
                flag = DEF_GLOBAL if ste.symbols.get(name, 0) & DEF_GLOBAL else DEF_NONLOCAL
                self.add_def(name, flag, target)
                self.record_directive(name, target)
                self.add_def_in(ste, name, DEF_LOCAL, target)
                return
            if ste.type == MODULE:
                self.add_def(name, DEF_GLOBAL, target)
                self.record_directive(name, target)
                self.add_def_in(ste, name, DEF_GLOBAL, target)
                return
            if ste.type == CLASS:
                raise self.error("assignment expression within a comprehension cannot be "
                                 "used in a class body", target)

    def visit_comprehension(self, e):
        """symtable_handle_comprehension: the outermost iterable is evaluated outside."""
        generators = e.generators
        outermost = generators[0]
        self.cur.comp_iter_expr += 1
        self.visit_expr(outermost.iter)
        self.cur.comp_iter_expr -= 1
        scope_name, kind = _COMPREHENSIONS[type(e)]
        ste = self.enter_block(scope_name, FUNCTION, e, e)
        ste.comprehension = kind
        if outermost.is_async:
            ste.is_coroutine = True
        # The outermost iterator arrives as the implicit parameter ".0".
        self.add_def(".0", DEF_PARAM, ste)
        self.visit_comp_target(outermost.target)
        self.visit_exprs(outermost.ifs)
        for gen in generators[1:]:
            self.visit_comp_target(gen.target)
            ste.comp_iter_expr += 1
            self.visit_expr(gen.iter)
            ste.comp_iter_expr -= 1
            self.visit_exprs(gen.ifs)
            if gen.is_async:
                ste.is_coroutine = True
        if type(e) is ast.DictComp:
            self.visit_expr(e.value)
            self.visit_expr(e.key)
        else:
            self.visit_expr(e.elt)
        is_generator = type(e) is ast.GeneratorExp
        ste.is_generator = is_generator
        self.exit_block()
        # An asynchronous list/set/dict comprehension is awaited where it stands.
        if ste.is_coroutine and not is_generator:
            self.cur.is_coroutine = True

    def visit_comp_target(self, target):
        ste = self.cur
        ste.comp_iter_target = True
        self.visit_expr(target)
        ste.comp_iter_target = False


class _Nowhere:
    """The location of the module block (line 0, as in CPython)."""
    lineno = col_offset = end_lineno = end_col_offset = 0


_NOWHERE = _Nowhere()

_STMT = {
    ast.FunctionDef: _Builder.visit_FunctionDef,
    ast.AsyncFunctionDef: _Builder.visit_FunctionDef,
    ast.ClassDef: _Builder.visit_ClassDef,
    ast.Return: _Builder.visit_Return,
    ast.Delete: _Builder.visit_Delete,
    ast.Assign: _Builder.visit_Assign,
    ast.AnnAssign: _Builder.visit_AnnAssign,
    ast.AugAssign: _Builder.visit_AugAssign,
    ast.For: _Builder.visit_For,
    ast.AsyncFor: _Builder.visit_For,
    ast.While: _Builder.visit_While,
    ast.If: _Builder.visit_If,
    ast.With: _Builder.visit_With,
    ast.AsyncWith: _Builder.visit_With,
    ast.Match: _Builder.visit_Match,
    ast.Raise: _Builder.visit_Raise,
    ast.Try: _Builder.visit_Try,
    ast.TryStar: _Builder.visit_Try,
    ast.Assert: _Builder.visit_Assert,
    ast.Import: _Builder.visit_Import,
    ast.ImportFrom: _Builder.visit_Import,
    ast.Global: _Builder.visit_Global,
    ast.Nonlocal: _Builder.visit_Nonlocal,
    ast.Expr: _Builder.visit_Expr,
    ast.Pass: _Builder.visit_nothing,
    ast.Break: _Builder.visit_nothing,
    ast.Continue: _Builder.visit_nothing,
}

_EXPR = {
    ast.Name: _Builder.visit_Name,
    ast.Attribute: _Builder.visit_Attribute,
    ast.Constant: _Builder.visit_Constant,
    ast.Call: _Builder.visit_Call,
    ast.BinOp: _Builder.visit_BinOp,
    ast.BoolOp: _Builder.visit_BoolOp,
    ast.UnaryOp: _Builder.visit_UnaryOp,
    ast.Compare: _Builder.visit_Compare,
    ast.Subscript: _Builder.visit_Subscript,
    ast.Slice: _Builder.visit_Slice,
    ast.Tuple: _Builder.visit_elts,
    ast.List: _Builder.visit_elts,
    ast.Set: _Builder.visit_elts,
    ast.Dict: _Builder.visit_Dict,
    ast.Starred: _Builder.visit_Starred,
    ast.IfExp: _Builder.visit_IfExp,
    ast.JoinedStr: _Builder.visit_JoinedStr,
    ast.FormattedValue: _Builder.visit_FormattedValue,
    ast.Lambda: _Builder.visit_Lambda,
    ast.Await: _Builder.visit_Await,
    ast.Yield: _Builder.visit_Yield,
    ast.YieldFrom: _Builder.visit_YieldFrom,
    ast.NamedExpr: _Builder.visit_NamedExpr,
    ast.ListComp: _Builder.visit_comprehension,
    ast.SetComp: _Builder.visit_comprehension,
    ast.DictComp: _Builder.visit_comprehension,
    ast.GeneratorExp: _Builder.visit_comprehension,
}


# ---------------------------------------------------------------------------
# Pass 2: resolve every name (symtable_analyze, analyze_block, analyze_name)
# ---------------------------------------------------------------------------

class _Analyzer:
    """Decides the scope of each name, scope by scope from the top down.

    Each block receives `bound` (names bound by enclosing functions, None at
    module level), `global_` (names known to be global) and gives back in
    `free` the names its children and itself need from outside.
    """

    def __init__(self, filename):
        self.filename = filename

    def analyze(self, top):
        self.analyze_block(top, None, set(), set())

    def analyze_block(self, ste, bound, free, global_):
        local, scopes = set(), {}
        newglobal, newfree, newbound = set(), set(), set()
        is_class = ste.type == CLASS
        if is_class:
            # A class's own names are invisible to its methods: pass down
            # only what the class itself received.
            newglobal |= global_
            if bound is not None:
                newbound |= bound
        for name, flags in ste.symbols.items():
            self.analyze_name(ste, scopes, name, flags, bound, local, free, global_)
        if not is_class:
            if ste.type == FUNCTION:
                newbound |= local
            if bound is not None:
                newbound |= bound
            newglobal |= global_
        else:
            newbound.add("__class__")
        allfree = set()
        for child in ste.children:
            child_free = set(newfree)
            self.analyze_block(child, set(newbound), child_free, set(newglobal))
            allfree |= child_free
            if child.has_free or child.child_free:
                ste.child_free = True
        newfree |= allfree
        if ste.type == FUNCTION:
            _analyze_cells(scopes, newfree)
        elif is_class and "__class__" in newfree:
            # drop_class_free: methods using __class__ get it from the class cell.
            newfree.discard("__class__")
            ste.needs_class_closure = True
        _update_symbols(ste.symbols, scopes, bound, newfree, is_class)
        free |= newfree

    def analyze_name(self, ste, scopes, name, flags, bound, local, free, global_):
        if flags & DEF_GLOBAL:
            if flags & DEF_NONLOCAL:
                raise self.directive_error(ste, name, f"name '{name}' is nonlocal and global")
            scopes[name] = GLOBAL_EXPLICIT
            global_.add(name)
            if bound is not None:
                bound.discard(name)
        elif flags & DEF_NONLOCAL:
            if bound is None:
                raise self.directive_error(ste, name,
                                           "nonlocal declaration not allowed at module level")
            if name not in bound:
                raise self.directive_error(ste, name, f"no binding for nonlocal '{name}' found")
            scopes[name] = FREE
            ste.has_free = True
            free.add(name)
        elif flags & DEF_BOUND:
            scopes[name] = LOCAL
            local.add(name)
            global_.discard(name)
        elif bound is not None and name in bound:
            scopes[name] = FREE
            ste.has_free = True
            free.add(name)
        elif name in global_:
            scopes[name] = GLOBAL_IMPLICIT
        else:
            if ste.is_nested:
                ste.has_free = True
            scopes[name] = GLOBAL_IMPLICIT

    def directive_error(self, ste, name, message):
        """error_at_directive: point at the global/nonlocal statement naming `name`."""
        for entry in ste.directives or ():
            if entry[0] == name:
                return syntax_error(message, self.filename, entry[1], entry[2],
                                    end_lineno=entry[3], end_col=entry[4])
        raise RuntimeError("BUG: internal directive bookkeeping broken")


def _analyze_cells(scopes, free):
    """A function's local that a child needs becomes a cell, no longer free."""
    for name, scope in scopes.items():
        if scope == LOCAL and name in free:
            scopes[name] = CELL
            free.discard(name)


def _update_symbols(symbols, scopes, bound, free, is_class):
    """Write the scopes into the flags, and add the free names passing through."""
    for name in symbols:
        symbols[name] |= scopes[name] << SCOPE_OFFSET
    # CPython walks a set here, so the order of the names it adds is the
    # hash order; sorting keeps ours reproducible.
    for name in sorted(free):
        flags = symbols.get(name)
        if flags is not None:
            # A method's free name that the class also binds: both are kept.
            if is_class and flags & (DEF_BOUND | DEF_GLOBAL):
                symbols[name] = flags | DEF_FREE_CLASS
            continue
        if bound is not None and name not in bound:
            continue
        symbols[name] = FREE << SCOPE_OFFSET
