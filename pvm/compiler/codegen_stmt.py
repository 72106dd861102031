"""Code generation for statements: assignments, control flow, imports (compile.c's
compiler_visit_stmt and friends). A mixin of codegen.CodeGenerator; see codegen.py
for the stage's contract.
"""

from pvm.bytecode import opcodes as op
from pvm.bytecode.code import CO_FUTURE_ANNOTATIONS
from pvm.compiler.symtable import mangle

# ast operator class name -> BINARY_OP argument (CPython's NB_* numbering).
BINOP_ARG = {name: i for i, name in enumerate(
    ("Add", "BitAnd", "FloorDiv", "LShift", "MatMult", "Mult", "Mod", "BitOr", "Pow",
     "RShift", "Sub", "Div", "BitXor"))}


class StmtMixin:

    # -- simple statements ----------------------------------------------------

    def visit_Expr(self, node):
        """An expression statement (compiler_visit_stmt_expr)."""
        value = node.value
        if self.interactive and not self.stack:
            self.visit_expr(value)
            self.emit(op.PRINT_EXPR)
            return
        if value.__class__.__name__ == "Constant":
            self.emit(op.NOP)
            return
        self.visit_expr(value)
        self.unset_loc()
        self.emit(op.POP_TOP)

    def visit_Pass(self, node):
        self.emit(op.NOP)

    def visit_Global(self, node):
        pass

    visit_Nonlocal = visit_Global

    def visit_Assign(self, node):
        self.visit_expr(node.value)
        targets = node.targets
        last = len(targets) - 1
        for i, target in enumerate(targets):
            if i < last:
                self.emit(op.COPY, 1)
            self.visit_expr(target)

    def visit_AugAssign(self, node):
        """x op= y (compiler_augassign)."""
        target = node.target
        kind = target.__class__.__name__
        self.set_loc(target)
        if kind == "Attribute":
            self.visit_expr(target.value)
            self.emit(op.COPY, 1)
            self.attr_loc(target)
            self.emit_name(op.LOAD_ATTR, target.attr)
        elif kind == "Subscript":
            self.visit_expr(target.value)
            self.visit_expr(target.slice)
            self.emit(op.COPY, 2)
            self.emit(op.COPY, 2)
            self.emit(op.BINARY_SUBSCR)
        elif kind == "Name":
            self.nameop(target.id, "load")
        else:
            raise self.error(f"invalid node type ({kind}) for augmented assignment", None,
                             SystemError)
        self.set_loc(node)
        self.visit_expr(node.value)
        self.emit(op.BINARY_OP, BINOP_ARG[node.op.__class__.__name__] + op.INPLACE)
        self.set_loc(target)
        if kind == "Attribute":
            self.emit(op.SWAP, 2)
            self.attr_loc(target)
            self.emit_name(op.STORE_ATTR, target.attr)
        elif kind == "Subscript":
            self.emit(op.SWAP, 3)
            self.emit(op.SWAP, 2)
            self.emit(op.STORE_SUBSCR)
        else:
            self.nameop(target.id, "store")

    def visit_AnnAssign(self, node):
        """x: T [= v] (compiler_annassign)."""
        target = node.target
        kind = target.__class__.__name__
        if node.value is not None:
            self.visit_expr(node.value)
            self.visit_expr(target)
        u = self.u
        if kind == "Name":
            if target.id == "__debug__":
                raise self.error("cannot assign to __debug__", target)
            if node.simple and u.kind in ("module", "class"):
                if self.future & CO_FUTURE_ANNOTATIONS:
                    from pvm.compiler.codegen import unparse_annotation
                    self.load_const(unparse_annotation(node.annotation))
                else:
                    self.visit_expr(node.annotation)
                self.nameop("__annotations__", "load")
                self.load_const(mangle(u.private, target.id))
                self.emit(op.STORE_SUBSCR)
        elif kind == "Attribute":
            if node.value is None:
                self.check_ann_expr(target.value)
        elif kind == "Subscript":
            if node.value is None:
                self.check_ann_expr(target.value)
                self.check_ann_subscr(target.slice)
        else:
            raise self.error(f"invalid node type ({kind}) for annotated assignment", None,
                             SystemError)
        if not node.simple and not (self.future & CO_FUTURE_ANNOTATIONS) and \
                u.kind in ("module", "class"):
            self.check_ann_expr(node.annotation)

    def check_ann_expr(self, expr):
        self.visit_expr(expr)
        self.emit(op.POP_TOP)

    def check_ann_subscr(self, expr):
        kind = expr.__class__.__name__
        if kind == "Slice":
            for part in (expr.lower, expr.upper, expr.step):
                if part is not None:
                    self.check_ann_expr(part)
        elif kind == "Tuple":
            for elt in expr.elts:
                self.check_ann_subscr(elt)
        else:
            self.check_ann_expr(expr)

    def visit_Delete(self, node):
        for target in node.targets:
            self.visit_expr(target)

    def visit_Assert(self, node):
        """assert test, msg (compiler_assert): gone under -O."""
        test = node.test
        kind = test.__class__.__name__
        if (kind == "Tuple" and test.elts) or \
                (kind == "Constant" and type(test.value) is tuple and test.value):
            self.warn("assertion is always true, perhaps remove parentheses?", node)
        if self.optimize:
            return
        end = self.new_block()
        self.jump_if(test, end, True)
        self.emit(op.LOAD_ASSERTION_ERROR)
        if node.msg is not None:
            self.visit_expr(node.msg)
            self.emit(op.CALL_FUNCTION, 1)
        self.emit(op.RAISE_VARARGS, 1)
        self.use_next_block(end)

    def visit_Raise(self, node):
        count = 0
        if node.exc is not None:
            self.visit_expr(node.exc)
            count = 1
            if node.cause is not None:
                self.visit_expr(node.cause)
                count = 2
        self.emit(op.RAISE_VARARGS, count)

    def visit_Return(self, node):
        """return [value] (compiler_return), unwinding finally blocks and loops."""
        value = node.value
        u = self.u
        if not u.in_function:
            raise self.error("'return' outside function", node)
        if value is not None and u.is_coroutine and u.is_generator:
            raise self.error("'return' with value in async generator", node)
        is_constant = value is not None and value.__class__.__name__ == "Constant"
        preserve_tos = value is not None and not is_constant
        if preserve_tos:
            self.visit_expr(value)
        elif value is not None:
            self.set_loc(value)
            self.emit(op.NOP)
        if value is None or value.lineno != node.lineno:
            self.set_loc(node)
            self.emit(op.NOP)
        self.unwind_fblock_stack(preserve_tos, None)
        if value is None:
            self.load_const(None)
        elif not preserve_tos:
            self.load_const(value.value)
        self.emit(op.RETURN_VALUE)

    def visit_Break(self, node):
        self.emit(op.NOP)
        loop = self.unwind_fblock_stack(False, True)
        if loop is None:
            raise self.error("'break' outside loop", node)
        self.unwind_fblock(loop, False)
        self.emit_jump(op.JUMP, loop.exit)

    def visit_Continue(self, node):
        self.emit(op.NOP)
        loop = self.unwind_fblock_stack(False, True)
        if loop is None:
            raise self.error("'continue' not properly in loop", node)
        self.emit_jump(op.JUMP, loop.block)

    # -- imports --------------------------------------------------------------

    def visit_Import(self, node):
        for alias in node.names:
            self.load_const(0)
            self.load_const(None)
            self.emit_name(op.IMPORT_NAME, alias.name)
            if alias.asname:
                self.import_as(alias.name, alias.asname)
            else:
                self.nameop(alias.name.partition(".")[0], "store")

    def import_as(self, name, asname):
        """Bind `import a.b.c as d` through IMPORT_FROM for each dotted part."""
        parts = name.split(".")
        if len(parts) > 1:
            for i, attr in enumerate(parts[1:]):
                self.emit_name(op.IMPORT_FROM, attr)
                if i < len(parts) - 2:
                    self.emit(op.SWAP, 2)
                    self.emit(op.POP_TOP)
            self.nameop(asname, "store")
            self.emit(op.POP_TOP)
        else:
            self.nameop(asname, "store")

    def visit_ImportFrom(self, node):
        self.load_const(node.level or 0)
        names = tuple(alias.name for alias in node.names)
        if node.module == "__future__" and node.lineno > self.future_lineno:
            raise self.error("from __future__ imports must occur at the beginning of the file",
                             node)
        self.load_const(names)
        self.emit_name(op.IMPORT_NAME, node.module or "")
        for i, alias in enumerate(node.names):
            if i == 0 and alias.name == "*":
                self.emit(op.IMPORT_STAR)
                return
            self.emit_name(op.IMPORT_FROM, alias.name)
            self.nameop(alias.asname or alias.name, "store")
        self.emit(op.POP_TOP)

    # -- control flow ---------------------------------------------------------

    def visit_If(self, node):
        end = self.new_block()
        nxt = self.new_block() if node.orelse else end
        self.jump_if(node.test, nxt, False)
        self.visit_stmts(node.body)
        if node.orelse:
            self.emit_jump_noline(op.JUMP, end)
            self.use_next_block(nxt)
            self.visit_stmts(node.orelse)
        self.use_next_block(end)

    def visit_While(self, node):
        """while (compiler_while): the test is compiled twice, at the top and the bottom."""
        loop = self.new_block()
        body = self.new_block()
        anchor = self.new_block()
        end = self.new_block()
        self.use_next_block(loop)
        self.push_fblock("while", loop, end)
        self.jump_if(node.test, anchor, False)
        self.use_next_block(body)
        self.visit_stmts(node.body)
        self.set_loc(node)
        self.jump_if(node.test, body, True)
        self.pop_fblock()
        self.use_next_block(anchor)
        if node.orelse:
            self.visit_stmts(node.orelse)
        self.use_next_block(end)

    def visit_For(self, node):
        start = self.new_block()
        body = self.new_block()
        cleanup = self.new_block()
        end = self.new_block()
        self.push_fblock("for", start, end)
        self.visit_expr(node.iter)
        self.emit(op.GET_ITER)
        self.use_next_block(start)
        self.emit_jump(op.FOR_ITER, cleanup)
        self.use_next_block(body)
        self.visit_expr(node.target)
        self.visit_stmts(node.body)
        self.unset_loc()
        self.emit_jump(op.JUMP, start)
        self.use_next_block(cleanup)
        self.pop_fblock()
        self.visit_stmts(node.orelse)
        self.use_next_block(end)
