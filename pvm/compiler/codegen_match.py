"""Code generation for the match statement (compile.c's compiler_match and the
compiler_pattern_* family of 3.11). A mixin of codegen.CodeGenerator; see codegen.py.

A pattern is compiled with the subject on top of the stack. `PatternContext` tracks
what sits above the values being captured (`on_top`), the names captured so far
(`stores`, their values kept on the stack until the whole pattern has matched) and
the chain of failure blocks: failing with n items to drop jumps to `fail_pop[n]`,
which falls through n POP_TOPs to `fail_pop[0]`.
"""

from pvm.bytecode import opcodes as op


def _is_wildcard(pattern):
    return pattern.__class__.__name__ == "MatchAs" and pattern.name is None


def _is_wildcard_star(pattern):
    return pattern.__class__.__name__ == "MatchStar" and pattern.name is None


class PatternContext:
    __slots__ = ("stores", "allow_irrefutable", "fail_pop", "on_top")

    def __init__(self):
        self.stores = []
        self.allow_irrefutable = False
        self.fail_pop = []
        self.on_top = 0


class MatchMixin:

    def visit_Match(self, node):
        """match subject: case ... (compiler_match_inner)."""
        pc = PatternContext()
        self.visit_expr(node.subject)
        end = self.new_block()
        cases = node.cases
        n = len(cases)
        has_default = _is_wildcard(cases[-1].pattern) and n > 1
        for i in range(n - (1 if has_default else 0)):
            case = cases[i]
            self.set_loc(case.pattern)
            last = i == n - (1 if has_default else 0) - 1
            if not last:
                self.emit(op.COPY, 1)
            pc.stores = []
            pc.allow_irrefutable = case.guard is not None or i == n - 1
            pc.fail_pop = []
            pc.on_top = 0
            self.pattern(case.pattern, pc)
            for name in pc.stores:
                self.nameop(name, "store")
            if case.guard is not None:
                self.ensure_fail_pop(pc, 0)
                self.jump_if(case.guard, pc.fail_pop[0], False)
            if not last:
                self.emit(op.POP_TOP)
            self.visit_stmts(case.body)
            # No line of its own: an exit copied over it takes the line it falls from
            # (3.11 gives dead code's line to nothing that runs).
            self.emit_jump_noline(op.JUMP, end)
            self.set_loc(case.pattern)
            self.emit_and_reset_fail_pop(pc)
        if has_default:
            case = cases[-1]
            self.set_loc(case.pattern)
            if n == 1:
                self.emit(op.POP_TOP)
            else:
                self.emit(op.NOP)
            if case.guard is not None:
                self.jump_if(case.guard, end, False)
            self.visit_stmts(case.body)
        self.use_next_block(end)

    # -- the failure chain -------------------------------------------------------

    def ensure_fail_pop(self, pc, n):
        while len(pc.fail_pop) < n + 1:
            pc.fail_pop.append(self.new_block())

    def jump_to_fail_pop(self, pc, opcode):
        pops = pc.on_top + len(pc.stores)
        self.ensure_fail_pop(pc, pops)
        self.emit_jump(opcode, pc.fail_pop[pops])

    def emit_and_reset_fail_pop(self, pc):
        blocks = pc.fail_pop
        if not blocks:
            return
        for block in reversed(blocks[1:]):
            self.use_next_block(block)
            self.emit(op.POP_TOP)
        self.use_next_block(blocks[0])
        pc.fail_pop = []

    def pattern_rotate(self, count):
        while count > 1:
            self.emit(op.SWAP, count)
            count -= 1

    def pattern_store_name(self, name, pc, node):
        if name is None:
            self.emit(op.POP_TOP)
            return
        if name == "__debug__":
            raise self.error("cannot assign to __debug__", node)
        if name in pc.stores:
            raise self.error(f"multiple assignments to name {name!r} in pattern", node)
        self.pattern_rotate(pc.on_top + len(pc.stores) + 1)
        pc.stores.append(name)

    # -- patterns -------------------------------------------------------------------

    def pattern(self, pattern, pc):
        self.set_loc(pattern)
        method = getattr(self, "pattern_" + pattern.__class__.__name__, None)
        if method is None:
            raise self.error(f"pvm cannot compile {pattern.__class__.__name__} patterns", pattern,
                             SystemError)
        method(pattern, pc)

    def subpattern(self, pattern, pc):
        allow = pc.allow_irrefutable
        pc.allow_irrefutable = True
        self.pattern(pattern, pc)
        pc.allow_irrefutable = allow

    def pattern_MatchValue(self, pattern, pc):
        value = pattern.value
        if value.__class__.__name__ not in ("Constant", "Attribute"):
            raise self.error("patterns may only match literals and attribute lookups", pattern)
        self.visit_expr(value)
        self.emit(op.COMPARE_OP, op.CMP_OPS.index("=="))
        self.jump_to_fail_pop(pc, op.POP_JUMP_IF_FALSE)

    def pattern_MatchSingleton(self, pattern, pc):
        self.load_const(pattern.value)
        self.emit(op.IS_OP, 0)
        self.jump_to_fail_pop(pc, op.POP_JUMP_IF_FALSE)

    def pattern_MatchAs(self, pattern, pc):
        if pattern.pattern is None:
            if not pc.allow_irrefutable:
                if pattern.name:
                    raise self.error(f"name capture {pattern.name!r} makes remaining patterns "
                                     "unreachable", pattern)
                raise self.error("wildcard makes remaining patterns unreachable", pattern)
            self.pattern_store_name(pattern.name, pc, pattern)
            return
        pc.on_top += 1
        self.emit(op.COPY, 1)
        self.pattern(pattern.pattern, pc)
        pc.on_top -= 1
        self.pattern_store_name(pattern.name, pc, pattern)

    def pattern_MatchStar(self, pattern, pc):
        self.pattern_store_name(pattern.name, pc, pattern)

    def pattern_MatchSequence(self, pattern, pc):
        patterns = pattern.patterns
        size = len(patterns)
        star = -1
        only_wildcard = True
        star_wildcard = False
        for i, sub in enumerate(patterns):
            if sub.__class__.__name__ == "MatchStar":
                if star >= 0:
                    raise self.error("multiple starred names in sequence pattern")
                star_wildcard = _is_wildcard_star(sub)
                only_wildcard = only_wildcard and star_wildcard
                star = i
                continue
            only_wildcard = only_wildcard and _is_wildcard(sub)
        pc.on_top += 1
        self.emit(op.MATCH_SEQUENCE)
        self.jump_to_fail_pop(pc, op.POP_JUMP_IF_FALSE)
        if star < 0:
            self.emit(op.GET_LEN)
            self.load_const(size)
            self.emit(op.COMPARE_OP, op.CMP_OPS.index("=="))
            self.jump_to_fail_pop(pc, op.POP_JUMP_IF_FALSE)
        elif size - 1 > 0:
            self.emit(op.GET_LEN)
            self.load_const(size - 1)
            self.emit(op.COMPARE_OP, op.CMP_OPS.index(">="))
            self.jump_to_fail_pop(pc, op.POP_JUMP_IF_FALSE)
        pc.on_top -= 1
        if only_wildcard:
            self.emit(op.POP_TOP)
        elif star_wildcard:
            self.sequence_subscr(patterns, star, pc)
        else:
            self.sequence_unpack(patterns, pc, pattern)

    def sequence_unpack(self, patterns, pc, node):
        n = len(patterns)
        self.unpack_helper(patterns, node, "MatchStar", "sequence pattern")
        pc.on_top += n
        for sub in patterns:
            pc.on_top -= 1
            self.subpattern(sub, pc)

    def sequence_subscr(self, patterns, star, pc):
        """[a, *_, b]: index the subject instead of unpacking it all."""
        pc.on_top += 1
        size = len(patterns)
        for i, sub in enumerate(patterns):
            if _is_wildcard(sub) or i == star:
                continue
            self.emit(op.COPY, 1)
            if i < star:
                self.load_const(i)
            else:
                self.emit(op.GET_LEN)
                self.load_const(size - i)
                self.emit(op.BINARY_OP, op.BINARY_OPS.index("-"))
            self.emit(op.BINARY_SUBSCR)
            self.subpattern(sub, pc)
        pc.on_top -= 1
        self.emit(op.POP_TOP)

    def pattern_MatchMapping(self, pattern, pc):
        keys, patterns, rest = pattern.keys, pattern.patterns, pattern.rest
        size = len(keys)
        if size != len(patterns):
            raise self.error(f"keys ({size}) / patterns ({len(patterns)}) length mismatch in "
                             "mapping pattern", pattern)
        pc.on_top += 1
        self.emit(op.MATCH_MAPPING)
        self.jump_to_fail_pop(pc, op.POP_JUMP_IF_FALSE)
        if not size and rest is None:
            pc.on_top -= 1
            self.emit(op.POP_TOP)
            return
        if size:
            self.emit(op.GET_LEN)
            self.load_const(size)
            self.emit(op.COMPARE_OP, op.CMP_OPS.index(">="))
            self.jump_to_fail_pop(pc, op.POP_JUMP_IF_FALSE)
        seen = set()
        for i, key in enumerate(keys):
            if key is None:
                raise self.error("can't use NULL keys in MatchMapping (set 'rest' parameter "
                                 "instead)", patterns[i])
            kind = key.__class__.__name__
            if kind == "Constant":
                from pvm.compiler.codegen import const_key
                marker = const_key(key.value)
                if key.value in seen or marker in seen:
                    raise self.error(f"mapping pattern checks duplicate key ({key.value!r})",
                                     pattern)
                try:
                    seen.add(key.value)
                except TypeError:
                    seen.add(marker)
            elif kind != "Attribute":
                raise self.error("mapping pattern keys may only match literals and attribute "
                                 "lookups", pattern)
            self.visit_expr(key)
        self.emit(op.BUILD_TUPLE, size)
        self.emit(op.MATCH_KEYS)
        pc.on_top += 2
        self.emit(op.COPY, 1)
        self.jump_to_fail_pop(pc, op.POP_JUMP_IF_NONE)
        self.emit(op.UNPACK_SEQUENCE, size)
        pc.on_top += size - 1
        for sub in patterns:
            pc.on_top -= 1
            self.subpattern(sub, pc)
        pc.on_top -= 2
        if rest is not None:
            # rest = dict(subject) without the keys matched (3.11's sequence, no helper op).
            self.emit(op.BUILD_MAP, 0)
            self.emit(op.SWAP, 3)
            self.emit(op.DICT_UPDATE, 2)
            self.emit(op.UNPACK_SEQUENCE, size)
            while size:
                self.emit(op.COPY, 1 + size)
                size -= 1
                self.emit(op.SWAP, 2)
                self.emit(op.DELETE_SUBSCR)
            self.pattern_store_name(rest, pc, pattern)
        else:
            self.emit(op.POP_TOP)
            self.emit(op.POP_TOP)

    def pattern_MatchClass(self, pattern, pc):
        patterns = pattern.patterns
        attrs = pattern.kwd_attrs
        kwd_patterns = pattern.kwd_patterns
        nargs, nattrs = len(patterns), len(attrs)
        if nattrs != len(kwd_patterns):
            raise self.error(f"kwd_attrs ({nattrs}) / kwd_patterns ({len(kwd_patterns)}) "
                             "length mismatch in class pattern", pattern)
        for i, attr in enumerate(attrs):
            if attr == "__debug__":
                raise self.error("cannot assign to __debug__", kwd_patterns[i])
            if attr in attrs[i + 1:]:
                j = attrs.index(attr, i + 1)
                raise self.error(f"attribute name repeated in class pattern: {attr}",
                                 kwd_patterns[j])
        self.set_loc(pattern)
        self.visit_expr(pattern.cls)
        self.load_const(tuple(attrs))
        self.emit(op.MATCH_CLASS, nargs)
        self.emit(op.COPY, 1)
        pc.on_top += 1
        self.jump_to_fail_pop(pc, op.POP_JUMP_IF_NONE)
        self.emit(op.UNPACK_SEQUENCE, nargs + nattrs)
        pc.on_top += nargs + nattrs - 1
        for sub in list(patterns) + list(kwd_patterns):
            pc.on_top -= 1
            if _is_wildcard(sub):
                self.emit(op.POP_TOP)
                continue
            self.subpattern(sub, pc)

    def pattern_MatchOr(self, pattern, pc):
        end = self.new_block()
        alternatives = pattern.patterns
        size = len(alternatives)
        old_stores, old_allow = pc.stores, pc.allow_irrefutable
        old_fail_pop, old_on_top = pc.fail_pop, pc.on_top
        control = None
        for i, alt in enumerate(alternatives):
            self.set_loc(alt)
            pc.stores = []
            pc.allow_irrefutable = i == size - 1 and old_allow
            pc.fail_pop = []
            pc.on_top = 0
            self.emit(op.COPY, 1)
            self.pattern(alt, pc)
            stores = pc.stores
            if i == 0:
                control = stores
            elif len(stores) != len(control) or set(stores) != set(control):
                raise self.error("alternative patterns bind different names")
            elif stores:
                for icontrol in range(len(stores) - 1, -1, -1):
                    name = control[icontrol]
                    istores = stores.index(name)
                    if icontrol != istores:
                        rotations = istores + 1
                        rotated = stores[:rotations]
                        del stores[:rotations]
                        stores[icontrol - istores:icontrol - istores] = rotated
                        for _ in range(rotations):
                            self.pattern_rotate(icontrol + 1)
            self.emit_jump(op.JUMP, end)
            self.emit_and_reset_fail_pop(pc)
        pc.stores, pc.allow_irrefutable = old_stores, old_allow
        pc.fail_pop, pc.on_top = old_fail_pop, old_on_top
        self.emit(op.POP_TOP)
        self.jump_to_fail_pop(pc, op.JUMP)
        self.use_next_block(end)
        nstores = len(control)
        nrots = nstores + 1 + pc.on_top + len(pc.stores)
        for name in control:
            self.pattern_rotate(nrots)
            if name in pc.stores:
                raise self.error(f"multiple assignments to name {name!r} in pattern", pattern)
            pc.stores.append(name)
        self.emit(op.POP_TOP)
