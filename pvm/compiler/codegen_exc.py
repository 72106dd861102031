"""Code generation for exception handling and context managers: try/except,
try/except*, try/finally, with, async with, async for, and the unwinding that
return/break/continue do through them (compile.c's compiler_try_except,
compiler_try_star_except, compiler_try_finally, compiler_with, compiler_unwind_fblock).
A mixin of codegen.CodeGenerator; see codegen.py for the stage's contract.

Handlers are SETUP_* pseudo-instructions whose targets the assembler turns into
exception-table entries: SETUP_FINALLY pushes the exception; SETUP_CLEANUP and
SETUP_WITH push lasti below it.
"""

from pvm.bytecode import opcodes as op

WHILE_LOOP, FOR_LOOP, TRY_EXCEPT, FINALLY_TRY, FINALLY_END, WITH, ASYNC_WITH, \
    HANDLER_CLEANUP, POP_VALUE, EXCEPTION_HANDLER, EXCEPTION_GROUP_HANDLER, \
    ASYNC_COMPREHENSION_GENERATOR = (
        "while", "for", "try_except", "finally_try", "finally_end", "with", "async_with",
        "handler_cleanup", "pop_value", "exception_handler", "exception_group_handler",
        "async_comprehension_generator")

MAX_FBLOCKS = 20


class FBlock:
    """A frame block: what break/continue/return must unwind (CPython's fblockinfo)."""
    __slots__ = ("kind", "block", "exit", "datum")

    def __init__(self, kind, block, exit, datum):
        self.kind = kind
        self.block = block
        self.exit = exit
        self.datum = datum


class ExcMixin:

    # -- frame blocks -----------------------------------------------------------

    def push_fblock(self, kind, block, exit=None, datum=None):
        fblocks = self.u.fblocks
        if len(fblocks) >= MAX_FBLOCKS:
            raise self.error("too many statically nested blocks")
        fblocks.append(FBlock(kind, block, exit, datum))

    def pop_fblock(self):
        self.u.fblocks.pop()

    def pop_except_and_reraise(self):
        self.emit(op.COPY, 3)
        self.emit(op.POP_EXCEPT)
        self.emit(op.RERAISE, 1)

    def clear_name(self, name):
        """`name = None; del name`: an except clause's target does not outlive it."""
        self.load_const(None)
        self.nameop(name, "store")
        self.nameop(name, "delete")

    def enter_handler(self, cleanup):
        """A handler's start: the exception saved, `cleanup` restores the old one."""
        self.unset_loc()
        self.emit_jump(op.SETUP_CLEANUP, cleanup)
        self.emit(op.PUSH_EXC_INFO)

    def protected_body(self, body, handler):
        """The `try` body, with `handler` as where its exceptions go."""
        start = self.new_block()
        self.emit_jump(op.SETUP_FINALLY, handler)
        self.use_next_block(start)
        self.push_fblock(TRY_EXCEPT, start)
        self.visit_stmts(body)
        self.pop_fblock()
        self.emit_noline(op.POP_BLOCK)

    def call_exit_with_nones(self):
        self.load_const(None)
        self.load_const(None)
        self.load_const(None)
        self.emit(op.CALL_FUNCTION, 3)

    def unwind_fblock(self, info, preserve_tos):
        """Leave one frame block on the way out (CPython's compiler_unwind_fblock)."""
        kind = info.kind
        if kind in (WHILE_LOOP, EXCEPTION_HANDLER, EXCEPTION_GROUP_HANDLER,
                    ASYNC_COMPREHENSION_GENERATOR):
            return
        if kind == FOR_LOOP:
            if preserve_tos:
                self.emit(op.SWAP, 2)
            self.emit(op.POP_TOP)
        elif kind == TRY_EXCEPT:
            self.emit(op.POP_BLOCK)
        elif kind == FINALLY_TRY:
            self.emit(op.POP_BLOCK)
            if preserve_tos:
                self.push_fblock(POP_VALUE, None)
            self.visit_stmts(info.datum)
            if preserve_tos:
                self.pop_fblock()
        elif kind == FINALLY_END:
            if preserve_tos:
                self.emit(op.SWAP, 2)
            self.emit(op.POP_TOP)
            if preserve_tos:
                self.emit(op.SWAP, 2)
            self.emit(op.POP_BLOCK)
            self.emit(op.POP_EXCEPT)
        elif kind in (WITH, ASYNC_WITH):
            self.set_loc(info.datum)
            self.emit(op.POP_BLOCK)
            if preserve_tos:
                self.emit(op.SWAP, 2)
            self.call_exit_with_nones()
            if kind == ASYNC_WITH:
                self.delegate(op.GET_AWAITABLE, 2)
            self.emit(op.POP_TOP)
            self.unset_loc()
        elif kind == HANDLER_CLEANUP:
            if info.datum:
                self.emit(op.POP_BLOCK)
            if preserve_tos:
                self.emit(op.SWAP, 2)
            self.emit(op.POP_BLOCK)
            self.emit(op.POP_EXCEPT)
            if info.datum:
                self.clear_name(info.datum)
        elif kind == POP_VALUE:
            if preserve_tos:
                self.emit(op.SWAP, 2)
            self.emit(op.POP_TOP)

    def unwind_fblock_stack(self, preserve_tos, want_loop):
        """Unwind frame blocks up to the innermost loop (if `want_loop`) or all of them.

        Returns the loop's frame block, or None (CPython's compiler_unwind_fblock_stack).
        """
        fblocks = self.u.fblocks
        if not fblocks:
            return None
        top = fblocks[-1]
        if top.kind == EXCEPTION_GROUP_HANDLER:
            raise self.error("'break', 'continue' and 'return' cannot appear in an except* block")
        if want_loop and top.kind in (WHILE_LOOP, FOR_LOOP):
            return top
        fblocks.pop()
        try:
            self.unwind_fblock(top, preserve_tos)
            return self.unwind_fblock_stack(preserve_tos, want_loop)
        finally:
            fblocks.append(top)

    # -- try ------------------------------------------------------------------

    def visit_Try(self, node):
        if node.finalbody:
            self.try_finally(node)
        else:
            self.try_except(node)

    def visit_TryStar(self, node):
        if node.finalbody:
            self.try_finally(node, star=True)
        else:
            self.try_star_except(node)

    def try_finally(self, node, star=False):
        """try/finally (compiler_try_finally); the finally body is compiled twice."""
        body = self.new_block()
        end = self.new_block()
        exit_ = self.new_block()
        cleanup = self.new_block()
        self.emit_jump(op.SETUP_FINALLY, end)
        self.use_next_block(body)
        self.push_fblock(FINALLY_TRY, body, end, node.finalbody)
        if node.handlers:
            if star:
                self.try_star_except(node)
            else:
                self.try_except(node)
        else:
            self.visit_stmts(node.body)
        self.emit_noline(op.POP_BLOCK)
        self.pop_fblock()
        self.visit_stmts(node.finalbody)
        self.emit_jump_noline(op.JUMP, exit_)
        self.use_next_block(end)
        self.enter_handler(cleanup)
        self.push_fblock(FINALLY_END, end)
        self.visit_stmts(node.finalbody)
        self.pop_fblock()
        self.emit(op.RERAISE, 0)
        self.use_next_block(cleanup)
        self.pop_except_and_reraise()
        self.use_next_block(exit_)

    def try_except(self, node):
        """try/except[/else] (compiler_try_except)."""
        except_ = self.new_block()
        end = self.new_block()
        cleanup = self.new_block()
        self.protected_body(node.body, except_)
        if node.orelse:
            self.visit_stmts(node.orelse)
        self.emit_jump_noline(op.JUMP, end)
        handlers = node.handlers
        n = len(handlers)
        self.use_next_block(except_)
        self.enter_handler(cleanup)
        self.push_fblock(EXCEPTION_HANDLER, None)
        for i, handler in enumerate(handlers):
            self.set_loc(handler)
            if handler.type is None and i < n - 1:
                raise self.error("default 'except:' must be last", handler)
            except_ = self.new_block()
            if handler.type is not None:
                self.visit_expr(handler.type)
                self.emit(op.CHECK_EXC_MATCH)
                self.emit_jump(op.POP_JUMP_IF_FALSE, except_)
            if handler.name:
                cleanup_end = self.new_block()
                cleanup_body = self.new_block()
                self.nameop(handler.name, "store")
                self.emit_jump(op.SETUP_CLEANUP, cleanup_end)
                self.use_next_block(cleanup_body)
                self.push_fblock(HANDLER_CLEANUP, cleanup_body, None, handler.name)
                self.visit_stmts(handler.body)
                self.pop_fblock()
                self.unset_loc()
                self.emit(op.POP_BLOCK)
                self.emit(op.POP_BLOCK)
                self.emit(op.POP_EXCEPT)
                self.clear_name(handler.name)
                self.emit_jump(op.JUMP, end)
                self.use_next_block(cleanup_end)
                self.unset_loc()
                self.clear_name(handler.name)
                self.emit(op.RERAISE, 1)
            else:
                cleanup_body = self.new_block()
                self.emit(op.POP_TOP)
                self.use_next_block(cleanup_body)
                self.push_fblock(HANDLER_CLEANUP, cleanup_body, None, None)
                self.visit_stmts(handler.body)
                self.pop_fblock()
                self.unset_loc()
                self.emit(op.POP_BLOCK)
                self.emit(op.POP_EXCEPT)
                self.emit_jump(op.JUMP, end)
            self.use_next_block(except_)
        self.unset_loc()
        self.pop_fblock()
        self.emit(op.RERAISE, 0)
        self.use_next_block(cleanup)
        self.pop_except_and_reraise()
        self.use_next_block(end)

    def try_star_except(self, node):
        """try/except* (compiler_try_star_except): handlers split an exception group."""
        except_ = self.new_block()
        orelse = self.new_block()
        end = self.new_block()
        cleanup = self.new_block()
        reraise_star = self.new_block()
        self.protected_body(node.body, except_)
        self.emit_jump_noline(op.JUMP, orelse)
        handlers = node.handlers
        n = len(handlers)
        self.use_next_block(except_)
        self.enter_handler(cleanup)
        self.push_fblock(EXCEPTION_GROUP_HANDLER, None)
        for i, handler in enumerate(handlers):
            self.set_loc(handler)
            next_except = self.new_block()
            no_match = self.new_block()
            if i == 0:
                self.emit(op.COPY, 1)
                self.emit(op.BUILD_LIST, 0)
                self.emit(op.SWAP, 2)
            if handler.type is not None:
                self.visit_expr(handler.type)
                self.emit(op.CHECK_EG_MATCH)
                self.emit(op.COPY, 1)
                self.emit_jump(op.POP_JUMP_IF_NONE, no_match)
            cleanup_end = self.new_block()
            cleanup_body = self.new_block()
            if handler.name:
                self.nameop(handler.name, "store")
            else:
                self.emit(op.POP_TOP)
            self.emit_jump(op.SETUP_CLEANUP, cleanup_end)
            self.use_next_block(cleanup_body)
            self.push_fblock(HANDLER_CLEANUP, cleanup_body, None, handler.name)
            self.visit_stmts(handler.body)
            self.pop_fblock()
            self.unset_loc()
            self.emit(op.POP_BLOCK)
            if handler.name:
                self.clear_name(handler.name)
            handled = self.new_block()
            self.emit_jump(op.JUMP, handled)
            self.use_next_block(cleanup_end)
            self.unset_loc()
            if handler.name:
                self.clear_name(handler.name)
            # The exception the handler raised joins the list to re-raise.
            self.emit(op.LIST_APPEND, 3)
            self.emit(op.POP_TOP)
            self.emit_jump(op.JUMP, next_except)
            self.use_next_block(handled)
            # A NOP to hold the position the jump here brings, as compile.c's.
            self.emit(op.NOP)
            self.emit_jump(op.JUMP, next_except)
            self.use_next_block(no_match)
            self.emit(op.POP_TOP)
            self.use_next_block(next_except)
            if i == n - 1:
                self.emit(op.LIST_APPEND, 1)
                self.emit_jump(op.JUMP, reraise_star)
        self.unset_loc()
        self.pop_fblock()
        reraise = self.new_block()
        self.use_next_block(reraise_star)
        self.emit(op.PREP_RERAISE_STAR)
        self.emit(op.COPY, 1)
        self.emit_jump(op.POP_JUMP_IF_NOT_NONE, reraise)
        self.emit(op.POP_TOP)
        self.emit(op.POP_BLOCK)
        self.emit(op.POP_EXCEPT)
        self.emit_jump(op.JUMP, end)
        self.use_next_block(reraise)
        self.emit(op.POP_BLOCK)
        self.emit(op.SWAP, 2)
        self.emit(op.POP_EXCEPT)
        self.emit(op.RERAISE, 0)
        self.use_next_block(cleanup)
        self.pop_except_and_reraise()
        self.use_next_block(orelse)
        self.visit_stmts(node.orelse)
        self.use_next_block(end)

    # -- with -------------------------------------------------------------------

    def visit_With(self, node):
        self.with_items(node, 0)

    def visit_AsyncWith(self, node):
        u = self.u
        if self.top_level_await():
            u.is_coroutine = True
        elif u.kind != "async function":
            raise self.error("'async with' outside async function", node)
        self.with_items(node, 0, True)

    def with_except_finish(self, cleanup):
        exit_ = self.new_block()
        self.emit_jump(op.POP_JUMP_IF_TRUE, exit_)
        self.emit(op.RERAISE, 2)
        self.use_next_block(cleanup)
        self.pop_except_and_reraise()
        self.use_next_block(exit_)
        self.emit(op.POP_TOP)
        self.emit(op.POP_BLOCK)
        self.emit(op.POP_EXCEPT)
        self.emit(op.POP_TOP)
        self.emit(op.POP_TOP)

    def with_items(self, node, pos, is_async=False):
        """with and async with (compiler_with, compiler_async_with): one nesting level
        per item; `__aenter__` and `__aexit__` results are awaited."""
        item = node.items[pos]
        block = self.new_block()
        final = self.new_block()
        exit_ = self.new_block()
        cleanup = self.new_block()
        self.visit_expr(item.context_expr)
        if is_async:
            self.emit(op.BEFORE_ASYNC_WITH)
            self.delegate(op.GET_AWAITABLE, 1)
        else:
            self.emit(op.BEFORE_WITH)
        self.emit_jump(op.SETUP_WITH, final)
        self.use_next_block(block)
        self.push_fblock(ASYNC_WITH if is_async else WITH, block, final, node)
        if item.optional_vars is not None:
            self.visit_expr(item.optional_vars)
        else:
            self.emit(op.POP_TOP)
        if pos + 1 == len(node.items):
            self.visit_stmts(node.body)
        else:
            self.with_items(node, pos + 1, is_async)
        if not is_async:
            # compile.c makes the end of a `with` body artificial, not an `async with`'s.
            self.unset_loc()
        self.emit(op.POP_BLOCK)
        self.pop_fblock()
        self.set_loc(node)
        self.call_exit_with_nones()
        if is_async:
            self.delegate(op.GET_AWAITABLE, 2)
        self.emit(op.POP_TOP)
        self.emit_jump(op.JUMP, exit_)
        self.use_next_block(final)
        self.emit_jump(op.SETUP_CLEANUP, cleanup)
        self.emit(op.PUSH_EXC_INFO)
        self.emit(op.WITH_EXCEPT_START)
        if is_async:
            self.delegate(op.GET_AWAITABLE, 2)
        self.with_except_finish(cleanup)
        self.use_next_block(exit_)

    def visit_AsyncFor(self, node):
        """async for (compiler_async_for): END_ASYNC_FOR handles StopAsyncIteration."""
        u = self.u
        if self.top_level_await():
            u.is_coroutine = True
        elif u.kind != "async function":
            raise self.error("'async for' outside async function", node)
        start = self.new_block()
        except_ = self.new_block()
        end = self.new_block()
        self.visit_expr(node.iter)
        self.emit(op.GET_AITER)
        self.use_next_block(start)
        self.push_fblock(FOR_LOOP, start, end)
        self.emit_jump(op.SETUP_FINALLY, except_)
        self.delegate(op.GET_ANEXT)
        self.emit(op.POP_BLOCK)
        self.visit_expr(node.target)
        self.visit_stmts(node.body)
        self.unset_loc()
        self.emit_jump(op.JUMP, start)
        self.pop_fblock()
        self.use_next_block(except_)
        self.set_loc(node.iter)
        self.emit(op.END_ASYNC_FOR)
        self.visit_stmts(node.orelse)
        self.use_next_block(end)
