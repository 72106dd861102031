"""Code generation for comprehensions and generator expressions (compile.c's
compiler_comprehension). In 3.11 each is a function of its own taking the outermost
iterator as the argument ".0", called at once; a generator expression's function is
a generator. A mixin of codegen.CodeGenerator; see codegen.py for the contract.
"""

from pvm.bytecode import opcodes as op

GENEXP, LISTCOMP, SETCOMP, DICTCOMP = "genexp", "listcomp", "setcomp", "dictcomp"
_BUILD = {LISTCOMP: op.BUILD_LIST, SETCOMP: op.BUILD_SET, DICTCOMP: op.BUILD_MAP}


class CompMixin:

    def visit_GeneratorExp(self, node):
        self.comprehension(node, "<genexpr>", GENEXP, node.elt, None)

    def visit_ListComp(self, node):
        self.comprehension(node, "<listcomp>", LISTCOMP, node.elt, None)

    def visit_SetComp(self, node):
        self.comprehension(node, "<setcomp>", SETCOMP, node.elt, None)

    def visit_DictComp(self, node):
        self.comprehension(node, "<dictcomp>", DICTCOMP, node.key, node.value)

    def comprehension(self, node, name, kind, elt, val):
        outer_kind = self.u.kind
        top_level_await = self.top_level_await()
        outermost = node.generators[0]
        self.enter_scope("comprehension", name, node, node.lineno)
        # The body's own instructions (BUILD_LIST, FOR_ITER, LIST_APPEND, the jumps)
        # have the comprehension's position, as 3.11's SET_LOC after entering the scope.
        self.set_loc(node)
        u = self.u
        is_async_generator = u.is_coroutine
        if kind == GENEXP:
            u.is_generator = True
        if is_async_generator and kind != GENEXP and outer_kind not in (
                "async function", "comprehension") and not top_level_await:
            raise self.error("asynchronous comprehension outside of an asynchronous function",
                             node)
        if kind != GENEXP:
            self.emit(_BUILD[kind], 0)
        self.comprehension_generator(node.generators, 0, 0, elt, val, kind)
        if kind != GENEXP:
            self.emit(op.RETURN_VALUE)
        code = self.finish_unit()
        self.exit_scope()
        if top_level_await and is_async_generator:
            self.u.is_coroutine = True
        self.make_closure(code, 0)
        self.visit_expr(outermost.iter)
        self.emit(op.GET_AITER if outermost.is_async else op.GET_ITER)
        self.emit(op.CALL_FUNCTION, 1)
        if is_async_generator and kind != GENEXP:
            self.delegate(op.GET_AWAITABLE)

    def comprehension_generator(self, generators, index, depth, elt, val, kind):
        if generators[index].is_async:
            self.async_comprehension_generator(generators, index, depth, elt, val, kind)
        else:
            self.sync_comprehension_generator(generators, index, depth, elt, val, kind)

    def comprehension_element(self, elt, val, kind, depth):
        if kind == GENEXP:
            self.visit_expr(elt)
            self.emit_yield()
            self.emit(op.POP_TOP)
        elif kind == LISTCOMP:
            self.visit_expr(elt)
            self.emit(op.LIST_APPEND, depth + 1)
        elif kind == SETCOMP:
            self.visit_expr(elt)
            self.emit(op.SET_ADD, depth + 1)
        else:
            self.visit_expr(elt)
            self.visit_expr(val)
            self.emit(op.MAP_ADD, depth + 1)

    def comprehension_step(self, generators, index, depth, elt, val, kind, if_cleanup):
        """One iteration of loop `index`: bind its target, test its conditions (a
        false one goes to `if_cleanup`), then run the next loop or add the element."""
        gen = generators[index]
        self.visit_expr(gen.target)
        for cond in gen.ifs:
            self.jump_if(cond, if_cleanup, False)
        index += 1
        if index < len(generators):
            self.comprehension_generator(generators, index, depth, elt, val, kind)
        else:
            self.comprehension_element(elt, val, kind, depth)
        self.use_next_block(if_cleanup)

    def sync_comprehension_generator(self, generators, index, depth, elt, val, kind):
        start = self.new_block()
        if_cleanup = self.new_block()
        anchor = self.new_block()
        gen = generators[index]
        if index == 0:
            self.emit(op.LOAD_FAST, self.varname_index(".0"))
        else:
            elts = gen.iter.elts if gen.iter.__class__.__name__ in ("List", "Tuple") else None
            # for y in [f(x)]: the idiom of a temporary binding needs no loop.
            if elts is not None and len(elts) == 1 and elts[0].__class__.__name__ != "Starred":
                self.visit_expr(elts[0])
                start = None
            else:
                self.visit_expr(gen.iter)
                self.emit(op.GET_ITER)
        if start is not None:
            depth += 1
            self.use_next_block(start)
            self.emit_jump(op.FOR_ITER, anchor)
        self.comprehension_step(generators, index, depth, elt, val, kind, if_cleanup)
        if start is not None:
            self.emit_jump(op.JUMP, start)
            self.use_next_block(anchor)

    def async_comprehension_generator(self, generators, index, depth, elt, val, kind):
        start = self.new_block()
        except_ = self.new_block()
        if_cleanup = self.new_block()
        gen = generators[index]
        if index == 0:
            self.emit(op.LOAD_FAST, self.varname_index(".0"))
        else:
            self.visit_expr(gen.iter)
            self.emit(op.GET_AITER)
        self.use_next_block(start)
        self.push_fblock("async_comprehension_generator", start)
        self.emit_jump(op.SETUP_FINALLY, except_)
        self.delegate(op.GET_ANEXT)
        self.emit(op.POP_BLOCK)
        self.comprehension_step(generators, index, depth + 1, elt, val, kind, if_cleanup)
        self.emit_jump(op.JUMP, start)
        self.pop_fblock()
        self.use_next_block(except_)
        self.emit(op.END_ASYNC_FOR)
