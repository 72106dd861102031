"""Code generation for expressions (compile.c's compiler_visit_expr1 and helpers):
names, operators, conditions as jumps, calls, displays, f-strings, yield and await.
A mixin of codegen.CodeGenerator; see codegen.py for the stage's contract.
"""

import ast

from pvm.bytecode import opcodes as op
from pvm.compiler.codegen_stmt import BINOP_ARG

STACK_USE_GUARD = 30
_Starred = ast.Starred
_Constant = ast.Constant

_UNARY = {"UAdd": op.UNARY_POSITIVE, "USub": op.UNARY_NEGATIVE, "Not": op.UNARY_NOT,
          "Invert": op.UNARY_INVERT}
_COMPARE = {"Lt": (op.COMPARE_OP, 0), "LtE": (op.COMPARE_OP, 1), "Eq": (op.COMPARE_OP, 2),
            "NotEq": (op.COMPARE_OP, 3), "Gt": (op.COMPARE_OP, 4), "GtE": (op.COMPARE_OP, 5),
            "Is": (op.IS_OP, 0), "IsNot": (op.IS_OP, 1), "In": (op.CONTAINS_OP, 0),
            "NotIn": (op.CONTAINS_OP, 1)}
_CONVERSIONS = {-1: op.FVC_NONE, 115: op.FVC_STR, 114: op.FVC_REPR, 97: op.FVC_ASCII}
_CTX = {"Load": "load", "Store": "store", "Del": "delete"}


class ExprMixin:

    # -- leaves ---------------------------------------------------------------

    def visit_Constant(self, node):
        self.load_const(node.value)

    def visit_Name(self, node):
        self.nameop(node.id, _CTX[node.ctx.__class__.__name__])

    def attr_loc(self, node):
        """Move the start to the attribute's name when it is on a later line
        (CPython's update_start_location_to_match_attr)."""
        u = self.u
        loc = u.loc
        if loc is None or loc[0] == node.end_lineno:
            return
        _, loc_end_lineno, _, loc_end_col = loc
        length = len(node.attr)
        end_col = node.end_col_offset
        if end_col is not None and length <= end_col:
            col = end_col - length
            end = max(col, loc_end_col) if loc_end_col is not None else None
        else:
            col = end = None
        end_lineno = max(node.end_lineno, loc_end_lineno or node.end_lineno)
        if end is not None and end_lineno != node.end_lineno:
            end = loc_end_col
        u.loc = (node.end_lineno, end_lineno, col, end)

    def visit_Attribute(self, node):
        self.visit_expr(node.value)
        self.attr_loc(node)
        ctx = node.ctx.__class__.__name__
        if ctx == "Load":
            self.emit_name(op.LOAD_ATTR, node.attr)
        elif ctx == "Store":
            if node.attr == "__debug__":
                raise self.error("cannot assign to __debug__", node)
            self.emit_name(op.STORE_ATTR, node.attr)
        else:
            self.emit_name(op.DELETE_ATTR, node.attr)

    def visit_Subscript(self, node):
        ctx = node.ctx.__class__.__name__
        if ctx == "Load":
            self.check_subscripter(node.value)
            self.check_index(node.value, node.slice)
        self.visit_expr(node.value)
        self.visit_expr(node.slice)
        self.emit(op.BINARY_SUBSCR if ctx == "Load" else
                  op.STORE_SUBSCR if ctx == "Store" else op.DELETE_SUBSCR)

    def visit_Slice(self, node):
        count = 2
        for part in (node.lower, node.upper):
            if part is None:
                self.load_const(None)
            else:
                self.visit_expr(part)
        if node.step is not None:
            self.visit_expr(node.step)
            count = 3
        self.emit(op.BUILD_SLICE, count)

    def visit_Starred(self, node):
        if node.ctx.__class__.__name__ == "Store":
            raise self.error("starred assignment target must be in a list or tuple", node)
        raise self.error("can't use starred expression here", node)

    # -- operators ------------------------------------------------------------

    def visit_BinOp(self, node):
        self.visit_expr(node.left)
        self.visit_expr(node.right)
        self.emit(op.BINARY_OP, BINOP_ARG[node.op.__class__.__name__])

    def visit_UnaryOp(self, node):
        self.visit_expr(node.operand)
        self.emit(_UNARY[node.op.__class__.__name__])

    def visit_BoolOp(self, node):
        """a and b / a or b, leaving the deciding value (compiler_boolop)."""
        jump = op.JUMP_IF_FALSE_OR_POP if node.op.__class__.__name__ == "And" else op.JUMP_IF_TRUE_OR_POP
        end = self.new_block()
        values = node.values
        for value in values[:-1]:
            self.visit_expr(value)
            self.emit_jump(jump, end)
        self.visit_expr(values[-1])
        self.use_next_block(end)

    def emit_compare(self, cmpop):
        opcode, arg = _COMPARE[cmpop.__class__.__name__]
        self.emit(opcode, arg)

    def check_compare(self, node):
        """SyntaxWarning for `is` with a literal (CPython's check_compare)."""
        left = node.left
        for cmpop, right in zip(node.ops, node.comparators):
            kind = cmpop.__class__.__name__
            if kind in ("Is", "IsNot") and (_is_literal(left) or _is_literal(right)):
                self.warn('"is" with a literal. Did you mean "=="?' if kind == "Is"
                          else '"is not" with a literal. Did you mean "!="?')
            left = right

    def visit_Compare(self, node):
        """Comparisons, chained ones through COPY/SWAP (compiler_compare)."""
        self.check_compare(node)
        self.visit_expr(node.left)
        ops, comparators = node.ops, node.comparators
        n = len(ops) - 1
        if n == 0:
            self.visit_expr(comparators[0])
            self.emit_compare(ops[0])
            return
        cleanup = self.new_block()
        for i in range(n):
            self.visit_expr(comparators[i])
            self.emit(op.SWAP, 2)
            self.emit(op.COPY, 2)
            self.emit_compare(ops[i])
            self.emit_jump(op.JUMP_IF_FALSE_OR_POP, cleanup)
        self.visit_expr(comparators[n])
        self.emit_compare(ops[n])
        end = self.new_block()
        self.emit_jump_noline(op.JUMP, end)
        self.use_next_block(cleanup)
        self.emit(op.SWAP, 2)
        self.emit(op.POP_TOP)
        self.use_next_block(end)

    def jump_if(self, node, target, cond):
        """Jump to `target` if the truth of `node` equals `cond` (compiler_jump_if)."""
        kind = node.__class__.__name__
        if kind == "UnaryOp" and node.op.__class__.__name__ == "Not":
            return self.jump_if(node.operand, target, not cond)
        if kind == "BoolOp":
            values = node.values
            cond2 = node.op.__class__.__name__ == "Or"
            target2 = target if cond2 == cond else self.new_block()
            for value in values[:-1]:
                self.jump_if(value, target2, cond2)
            self.jump_if(values[-1], target, cond)
            if target2 is not target:
                self.use_next_block(target2)
            return
        if kind == "IfExp":
            end = self.new_block()
            target2 = self.new_block()
            self.jump_if(node.test, target2, False)
            self.jump_if(node.body, target, cond)
            self.emit_jump_noline(op.JUMP, end)
            self.use_next_block(target2)
            self.jump_if(node.orelse, target, cond)
            self.use_next_block(end)
            return
        if kind == "Compare":
            # 3.11 moves to the comparison and stays there: its jumps, and what the
            # caller emits next (an assert's raise), have the comparison's position.
            self.set_loc(node)
        if kind == "Compare" and len(node.ops) > 1:
            self.check_compare(node)
            cleanup = self.new_block()
            self.visit_expr(node.left)
            n = len(node.ops) - 1
            for i in range(n):
                self.visit_expr(node.comparators[i])
                self.emit(op.SWAP, 2)
                self.emit(op.COPY, 2)
                self.emit_compare(node.ops[i])
                self.emit_jump(op.POP_JUMP_IF_FALSE, cleanup)
            self.visit_expr(node.comparators[n])
            self.emit_compare(node.ops[n])
            self.emit_jump(op.POP_JUMP_IF_TRUE if cond else op.POP_JUMP_IF_FALSE, target)
            end = self.new_block()
            self.emit_jump_noline(op.JUMP, end)
            self.use_next_block(cleanup)
            self.emit(op.POP_TOP)
            if not cond:
                self.emit_jump_noline(op.JUMP, target)
            self.use_next_block(end)
            return
        self.visit_expr(node)
        self.emit_jump(op.POP_JUMP_IF_TRUE if cond else op.POP_JUMP_IF_FALSE, target)

    def visit_IfExp(self, node):
        end = self.new_block()
        nxt = self.new_block()
        self.jump_if(node.test, nxt, False)
        self.visit_expr(node.body)
        self.emit_jump_noline(op.JUMP, end)
        self.use_next_block(nxt)
        self.visit_expr(node.orelse)
        self.use_next_block(end)

    def visit_NamedExpr(self, node):
        self.visit_expr(node.value)
        self.emit(op.COPY, 1)
        self.visit_expr(node.target)

    # -- displays ---------------------------------------------------------------

    def starunpack_helper(self, elts, pushed, build, add, extend, tuple_):
        """Build a tuple/list/set display, with *-unpacking (compiler starunpack_helper)."""
        n = len(elts)
        if n > 2 and _all_constant(elts):
            folded = tuple(e.value for e in elts)
            if tuple_ and not pushed:
                self.load_const(folded)
            else:
                if add == op.SET_ADD:
                    folded = frozenset(folded)
                self.emit(build, pushed)
                self.load_const(folded)
                self.emit(extend, 1)
                if tuple_:
                    self.emit(op.LIST_TO_TUPLE)
            return
        big = n + pushed > STACK_USE_GUARD
        seen_star = _has_starred(elts)
        if not seen_star and not big:
            for elt in elts:
                self.visit_expr(elt)
            self.emit(op.BUILD_TUPLE if tuple_ else build, n + pushed)
            return
        built = False
        if big:
            self.emit(build, pushed)
            built = True
        for i, elt in enumerate(elts):
            if elt.__class__.__name__ == "Starred":
                if not built:
                    self.emit(build, i + pushed)
                    built = True
                self.visit_expr(elt.value)
                self.emit(extend, 1)
            else:
                self.visit_expr(elt)
                if built:
                    self.emit(add, 1)
        if tuple_:
            self.emit(op.LIST_TO_TUPLE)

    def unpack_helper(self, elts, node, star="Starred", what="assignment"):
        """UNPACK_SEQUENCE, or UNPACK_EX around the one `star` element (unpack_helper;
        the match statement's pattern_unpack_helper with MatchStar)."""
        seen_star = False
        n = len(elts)
        for i, elt in enumerate(elts):
            if elt.__class__.__name__ == star:
                if seen_star:
                    raise self.error(f"multiple starred expressions in {what}", node)
                if i >= (1 << 8) or n - i - 1 >= (0x7FFFFFFF >> 8):
                    raise self.error(f"too many expressions in star-unpacking {what}", node)
                self.emit(op.UNPACK_EX, i + ((n - i - 1) << 8))
                seen_star = True
        if not seen_star:
            self.emit(op.UNPACK_SEQUENCE, n)

    def assignment_helper(self, elts, node):
        self.unpack_helper(elts, node)
        for elt in elts:
            self.visit_expr(elt.value if elt.__class__.__name__ == "Starred" else elt)

    def _sequence(self, node, build, add, extend, tuple_):
        ctx = node.ctx.__class__.__name__
        if ctx == "Store":
            self.assignment_helper(node.elts, node)
        elif ctx == "Load":
            self.starunpack_helper(node.elts, 0, build, add, extend, tuple_)
        else:
            for elt in node.elts:
                self.visit_expr(elt)

    def visit_Tuple(self, node):
        self._sequence(node, op.BUILD_LIST, op.LIST_APPEND, op.LIST_EXTEND, True)

    def visit_List(self, node):
        self._sequence(node, op.BUILD_LIST, op.LIST_APPEND, op.LIST_EXTEND, False)

    def visit_Set(self, node):
        self.starunpack_helper(node.elts, 0, op.BUILD_SET, op.SET_ADD, op.SET_UPDATE, False)

    def subdict(self, keys, values, begin, end):
        """Push a dict of keys[begin:end]; a big one is filled by MAP_ADD (compiler_subdict)."""
        n = end - begin
        big = n * 2 > STACK_USE_GUARD
        if n > 1 and not big and \
                all(k is not None and k.__class__.__name__ == "Constant" for k in keys[begin:end]):
            for value in values[begin:end]:
                self.visit_expr(value)
            self.load_const(tuple(k.value for k in keys[begin:end]))
            self.emit(op.BUILD_CONST_KEY_MAP, n)
            return
        if big:
            self.emit(op.BUILD_MAP, 0)
        for i in range(begin, end):
            self.visit_expr(keys[i])
            self.visit_expr(values[i])
            if big:
                self.emit(op.MAP_ADD, 1)
        if not big:
            self.emit(op.BUILD_MAP, n)

    def visit_Dict(self, node):
        """A dict display, with **-unpacking (compiler_dict)."""
        keys, values = node.keys, node.values
        self.merged_dict(len(values), lambda i: keys[i] is None, lambda i: values[i],
                         lambda begin, end: self.subdict(keys, values, begin, end),
                         op.DICT_UPDATE, True)
        if not values:
            self.emit(op.BUILD_MAP, 0)

    def merged_dict(self, n, unpacked, value_of, subdict, merge, chunked):
        """Push one dict made of n entries: runs of plain entries become dicts
        (`subdict(begin, end)`), `**` entries are merged in order with `merge`.

        compiler_dict (DICT_UPDATE; `chunked`: a run is cut every STACK_USE_GUARD
        stack items) and compiler_call_helper's keyword arguments (DICT_MERGE).
        """
        elements = 0
        have_dict = False
        for i in range(n):
            if unpacked(i):
                if elements:
                    subdict(i - elements, i)
                    if have_dict:
                        self.emit(merge, 1)
                    have_dict = True
                    elements = 0
                if not have_dict:
                    self.emit(op.BUILD_MAP, 0)
                    have_dict = True
                self.visit_expr(value_of(i))
                self.emit(merge, 1)
            elif chunked and elements * 2 > STACK_USE_GUARD:
                subdict(i - elements, i + 1)
                if have_dict:
                    self.emit(merge, 1)
                have_dict = True
                elements = 0
            else:
                elements += 1
        if elements:
            subdict(n - elements, n)
            if have_dict:
                self.emit(merge, 1)

    def visit_JoinedStr(self, node):
        values = node.values
        if len(values) > STACK_USE_GUARD:
            self.load_const("")
            self.emit_name(op.LOAD_METHOD, "join")
            self.emit(op.BUILD_LIST, 0)
            for value in values:
                self.visit_expr(value)
                self.emit(op.LIST_APPEND, 1)
            self.emit(op.CALL_METHOD, 1)
            return
        for value in values:
            self.visit_expr(value)
        if len(values) != 1:
            self.emit(op.BUILD_STRING, len(values))

    def visit_FormattedValue(self, node):
        self.visit_expr(node.value)
        arg = _CONVERSIONS.get(node.conversion, op.FVC_NONE)
        if node.format_spec is not None:
            self.visit_expr(node.format_spec)
            arg |= op.FVS_HAVE_SPEC
        self.emit(op.FORMAT_VALUE, arg)

    # -- calls ---------------------------------------------------------------

    def validate_keywords(self, keywords):
        seen = set()
        for kw in keywords:
            if kw.arg is None:
                continue
            if kw.arg == "__debug__":
                raise self.error("cannot assign to __debug__")
            if kw.arg in seen:
                raise self.error(f"keyword argument repeated: {kw.arg}", kw)
            seen.add(kw.arg)

    def visit_Call(self, node):
        self.validate_keywords(node.keywords)
        func = node.func
        args = node.args
        keywords = node.keywords
        if func.__class__.__name__ == "Attribute" and func.ctx.__class__.__name__ == "Load" and \
                len(args) + len(keywords) + bool(keywords) < STACK_USE_GUARD and \
                not _has_starred(args) and not _has_double_star(keywords):
            self.method_call(node, func, args, keywords)
            return
        self.check_caller(func)
        self.visit_expr(func)
        self.call_helper(0, args, node.keywords)

    def method_call(self, node, func, args, keywords):
        """obj.m(args) (maybe_optimize_method_call): the method is looked up where the
        attribute is, the call is where the call is, both moved to the attribute
        name's line. With keywords pvm calls the bound method (LOAD_ATTR and
        CALL_FUNCTION_KW, for CALL_METHOD takes positional arguments only), at the
        positions CPython gives its LOAD_METHOD and CALL."""
        u = self.u
        call_loc = u.loc
        if keywords:
            self.visit_expr(func)
            u.loc = call_loc
            self.attr_loc(func)
            self.call_helper(0, args, keywords)
            return
        self.visit_expr(func.value)
        self.set_loc(func)
        self.attr_loc(func)
        self.emit_name(op.LOAD_METHOD, func.attr)
        u.loc = call_loc
        self.attr_loc(func)
        for arg in args:
            self.visit_expr(arg)
        self.emit(op.CALL_METHOD, len(args))

    def check_caller(self, func):
        """SyntaxWarning for calling a literal (CPython's check_caller)."""
        if func.__class__.__name__ in _LITERAL_KINDS:
            name = _literal_type_name(func)
            self.warn(f"'{name}' object is not callable; perhaps you missed a comma?", func)

    def check_subscripter(self, value):
        """SyntaxWarning for subscripting a literal that cannot be (check_subscripter)."""
        kind = value.__class__.__name__
        if kind == "Constant":
            v = value.value
            if not (v is None or v is Ellipsis or isinstance(v, (int, float, complex, frozenset))):
                return
        elif kind not in ("Set", "SetComp", "GeneratorExp", "Lambda"):
            return
        self.warn(f"'{infer_type(value)}' object is not subscriptable; "
                  "perhaps you missed a comma?")

    def check_index(self, value, index):
        """SyntaxWarning for a literal index of the wrong type (check_index)."""
        index_type = infer_type(index)
        if index_type is None or index_type in ("int", "bool", "slice"):
            return
        kind = value.__class__.__name__
        if kind == "Constant":
            if not isinstance(value.value, (str, bytes, tuple)):
                return
        elif kind not in ("Tuple", "List", "ListComp", "JoinedStr", "FormattedValue"):
            return
        self.warn(f"{infer_type(value)} indices must be integers or slices, not {index_type}; "
                  "perhaps you missed a comma?")

    def call_simple_kw_names(self, keywords):
        self.load_const(tuple(kw.arg for kw in keywords))

    def call_helper(self, pushed, args, keywords):
        """Push arguments and call (compiler_call_helper); `pushed` items are already there."""
        nelts, nkw = len(args), len(keywords)
        simple = nelts + nkw * 2 <= STACK_USE_GUARD and \
            not _has_starred(args) and not _has_double_star(keywords)
        if simple:
            for arg in args:
                self.visit_expr(arg)
            if nkw:
                for kw in keywords:
                    self.visit_expr(kw.value)
                self.call_simple_kw_names(keywords)
                self.emit(op.CALL_FUNCTION_KW, pushed + nelts + nkw)
            else:
                self.emit(op.CALL_FUNCTION, pushed + nelts)
            return
        if pushed == 0 and nelts == 1 and args[0].__class__.__name__ == "Starred":
            self.visit_expr(args[0].value)
        else:
            self.starunpack_helper(args, pushed, op.BUILD_LIST, op.LIST_APPEND, op.LIST_EXTEND,
                                   True)
        if nkw:
            self.merged_dict(nkw, lambda i: keywords[i].arg is None,
                             lambda i: keywords[i].value,
                             lambda begin, end: self.subkwargs(keywords, begin, end),
                             op.DICT_MERGE, False)
        self.emit(op.CALL_FUNCTION_EX, 1 if nkw else 0)

    def subkwargs(self, keywords, begin, end):
        """Push a dict of keywords[begin:end] (compiler_subkwargs); a big one is filled
        by MAP_ADD, which takes its position from the value before it."""
        n = end - begin
        big = n * 2 > STACK_USE_GUARD
        if n > 1 and not big:
            for kw in keywords[begin:end]:
                self.visit_expr(kw.value)
            self.load_const(tuple(kw.arg for kw in keywords[begin:end]))
            self.emit(op.BUILD_CONST_KEY_MAP, n)
            return
        if big:
            self.emit_noline(op.BUILD_MAP, 0)
        for kw in keywords[begin:end]:
            self.load_const(kw.arg)
            self.visit_expr(kw.value)
            if big:
                self.emit_noline(op.MAP_ADD, 1)
        if not big:
            self.emit(op.BUILD_MAP, n)

    # -- generators and coroutines ---------------------------------------------

    def delegate(self, opcode, arg=0):
        """`opcode` turns TOS into an iterator or awaitable, then the delegation
        runs to its end (compile.c's ADDOP + ADDOP_LOAD_CONST(None) + ADD_YIELD_FROM)."""
        self.emit(opcode, arg)
        self.load_const(None)
        self.add_yield_from()

    def add_yield_from(self):
        """SEND; YIELD_VALUE; JUMP back to SEND (compiler_add_yield_from).

        The VM relies on the shape: the YIELD_VALUE of a delegation directly follows
        its SEND, and SEND's target is where the delegation ends.
        """
        start = self.new_block()
        resume = self.new_block()
        exit_ = self.new_block()
        self.use_next_block(start)
        self.emit_jump(op.SEND, exit_)
        self.use_next_block(resume)
        self.emit(op.YIELD_VALUE)
        self.emit_jump(op.JUMP_NO_INTERRUPT, start)
        self.use_next_block(exit_)

    def emit_yield(self):
        u = self.u
        if u.is_generator and u.is_coroutine:
            self.emit(op.ASYNC_GEN_WRAP)
        self.emit(op.YIELD_VALUE)

    def visit_Yield(self, node):
        if not self.u.in_function:
            raise self.error("'yield' outside function", node)
        if node.value is not None:
            self.visit_expr(node.value)
        else:
            self.load_const(None)
        self.emit_yield()

    def visit_YieldFrom(self, node):
        u = self.u
        if not u.in_function:
            raise self.error("'yield' outside function", node)
        if u.kind == "async function":
            raise self.error("'yield from' inside async function", node)
        self.visit_expr(node.value)
        self.delegate(op.GET_YIELD_FROM_ITER)

    def visit_Await(self, node):
        u = self.u
        if not self.top_level_await():
            if not u.in_function:
                raise self.error("'await' outside function", node)
            if u.kind not in ("async function", "comprehension"):
                raise self.error("'await' outside async function", node)
        self.visit_expr(node.value)
        self.delegate(op.GET_AWAITABLE)


def _has_starred(nodes):
    """Whether a `*x` is among the expressions."""
    for node in nodes:
        if node.__class__ is _Starred:
            return True
    return False


def _has_double_star(keywords):
    """Whether a `**x` is among the keyword arguments."""
    for keyword in keywords:
        if keyword.arg is None:
            return True
    return False


def _all_constant(nodes):
    for node in nodes:
        if node.__class__ is not _Constant:
            return False
    return True


def _is_literal(node):
    """A constant other than None, True, False and ... (CPython's check_is_arg)."""
    if node.__class__.__name__ != "Constant":
        return False
    value = node.value
    return not (value is None or value is True or value is False or value is Ellipsis)


_LITERAL_KINDS = frozenset(("Constant", "Tuple", "List", "ListComp", "Dict", "DictComp", "Set",
                            "SetComp", "GeneratorExp", "JoinedStr", "FormattedValue"))


_INFERRED = {"Tuple": "tuple", "List": "list", "ListComp": "list", "Dict": "dict",
             "DictComp": "dict", "Set": "set", "SetComp": "set", "GeneratorExp": "generator",
             "Lambda": "function", "JoinedStr": "str", "FormattedValue": "str"}


def infer_type(node):
    """The type name an expression certainly has, or None (compile.c's infer_type)."""
    kind = node.__class__.__name__
    if kind == "Constant":
        return type(node.value).__name__
    return _INFERRED.get(kind)


def _literal_type_name(node):
    return infer_type(node)
