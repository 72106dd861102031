"""Parser stage, expression rules of Grammar/python.gram (3.11): from `star_expressions`
down to `atom`, comprehensions and call arguments.

One method per grammar rule, named after it. Alternatives that start the same way are
parsed once and then branched on (a PEG gives the same result, and the same tokens are
looked at); the left-recursive binary-operator rules (bitwise_or ... term) are one
precedence-climbing loop that builds the same left-leaning BinOp trees with the same
positions. Nodes are host `ast` objects whose attributes are filled in one dict, the
cheapest way to build them. In the first pass (`faithful` off) a few rules take
deterministic shortcuts; they accept exactly what the grammar accepts, and the error
passes run the grammar's own order.
"""

import ast

from pvm.lexer import tokens as T
from pvm.parser.core import (
    ASYNC, AWAIT, KW_AND, KW_ELSE, KW_FALSE, KW_FOR, KW_FROM, KW_IF, KW_IN, KW_IS,
    KW_LAMBDA, KW_NONE, KW_NOT, KW_OR, KW_TRUE, KW_YIELD, LOAD, NAME, NUMBER, STORE, STRING,
    identifier)
from pvm.parser.strings import parse_strings

_Name, _Constant, _BinOp, _UnaryOp = ast.Name, ast.Constant, ast.BinOp, ast.UnaryOp
_BoolOp, _Compare, _Attribute, _Subscript = ast.BoolOp, ast.Compare, ast.Attribute, ast.Subscript
_Call, _Starred, _Tuple, _List = ast.Call, ast.Starred, ast.Tuple, ast.List
_keyword = ast.keyword

COMMA, LPAR, RPAR, LSQB, RSQB = T.COMMA, T.LPAR, T.RPAR, T.LSQB, T.RSQB
LBRACE, RBRACE, COLON, DOT, STAR = T.LBRACE, T.RBRACE, T.COLON, T.DOT, T.STAR
DOUBLESTAR, EQUAL, COLONEQUAL, ELLIPSIS = T.DOUBLESTAR, T.EQUAL, T.COLONEQUAL, T.ELLIPSIS
NOTEQUAL = T.NOTEQUAL

# bitwise_or .. term: token -> (binding power, operator); higher binds tighter.
BINARY_OPERATORS = {
    T.VBAR: (1, ast.BitOr()), T.CIRCUMFLEX: (2, ast.BitXor()), T.AMPER: (3, ast.BitAnd()),
    T.LEFTSHIFT: (4, ast.LShift()), T.RIGHTSHIFT: (4, ast.RShift()),
    T.PLUS: (5, ast.Add()), T.MINUS: (5, ast.Sub()),
    T.STAR: (6, ast.Mult()), T.SLASH: (6, ast.Div()), T.DOUBLESLASH: (6, ast.FloorDiv()),
    T.PERCENT: (6, ast.Mod()), T.AT: (6, ast.MatMult()),
}
UNARY_OPERATORS = {T.PLUS: ast.UAdd(), T.MINUS: ast.USub(), T.TILDE: ast.Invert()}
COMPARISON_OPERATORS = {
    T.EQEQUAL: ast.Eq(), T.NOTEQUAL: ast.NotEq(), T.LESSEQUAL: ast.LtE(), T.LESS: ast.Lt(),
    T.GREATEREQUAL: ast.GtE(), T.GREATER: ast.Gt(), KW_IN: ast.In(),
}
COMPARISON_START = frozenset(COMPARISON_OPERATORS) | {KW_NOT, KW_IS}
NOT_IN, IS, IS_NOT = ast.NotIn(), ast.Is(), ast.IsNot()
POW, NOT, OR, AND = ast.Pow(), ast.Not(), ast.Or(), ast.And()
MATMULT = BINARY_OPERATORS[T.AT][1]
KEYWORD_CONSTANTS = {KW_TRUE: True, KW_FALSE: False, KW_NONE: None}
SIMPLE_ATOM_START = frozenset((NAME, NUMBER, KW_TRUE, KW_FALSE, KW_NONE))

# Tokens that can neither start nor continue an expression: an atom followed by one
# of these is a whole expression, and no invalid_ rule can fire on it.
SIMPLE_END = frozenset((
    COMMA, RPAR, RSQB, RBRACE, COLON, T.NEWLINE, EQUAL, T.SEMI, T.RARROW,
    T.PLUSEQUAL, T.MINEQUAL, T.STAREQUAL, T.SLASHEQUAL, T.PERCENTEQUAL, T.AMPEREQUAL,
    T.VBAREQUAL, T.CIRCUMFLEXEQUAL, T.LEFTSHIFTEQUAL, T.RIGHTSHIFTEQUAL,
    T.DOUBLESTAREQUAL, T.DOUBLESLASHEQUAL, T.ATEQUAL, KW_FOR, KW_ELSE))
FOR_START = frozenset((KW_FOR, ASYNC))
# The tokens an atom (and so a primary) can start with.
PRIMARY_START = frozenset((NAME, NUMBER, STRING, LPAR, LSQB, LBRACE, KW_TRUE, KW_FALSE,
                           KW_NONE, ELLIPSIS))


class ExpressionRules:
    """The expression half of the grammar (mixed into pvm.parser.driver.Parser)."""

    # -- shortcuts -------------------------------------------------------------

    def simple_atom(self):
        """A NAME, NUMBER or keyword constant standing alone before a SIMPLE_END token:
        the whole expression, built without walking the rule chain. (The token after
        the atom is one pegen looks at too, to see that no trailer follows.)"""
        i = self.pos
        types = self.types
        t = types[i]
        if t == NAME:
            if types[i + 1] in SIMPLE_END:
                self.pos = i + 1
                return self.name_node(i)
        elif t == NUMBER:
            if types[i + 1] in SIMPLE_END:
                self.pos = i + 1
                return self.number_node(i)
        elif t in KEYWORD_CONSTANTS:
            if types[i + 1] in SIMPLE_END:
                self.pos = i + 1
                return self.constant_node(KEYWORD_CONSTANTS[t], i)
        return None

    def constant_node(self, value, i):
        n = _Constant()
        (lineno, col), (end_lineno, end_col) = self.starts[i], self.ends[i]
        n.__dict__ = {"value": value, "kind": None, "lineno": lineno, "col_offset": col,
                      "end_lineno": end_lineno, "end_col_offset": end_col}
        return n

    def expr_node(self, cls, start, fields):
        """A node of class `cls` spanning tokens start..pos-1 with `fields`."""
        n = cls()
        (fields["lineno"], fields["col_offset"]) = self.starts[start]
        (fields["end_lineno"], fields["end_col_offset"]) = self.ends[self.pos - 1]
        n.__dict__ = fields
        return n

    # -- expressions, star_expressions -------------------------------------------

    def expressions(self):
        """expressions: expression (',' expression)+ [','] | expression ',' | expression"""
        start = self.pos
        a = self.expression()
        if a is None:
            return None
        types = self.types
        if types[self.pos] != COMMA:
            return a
        elts = [a]
        while types[self.pos] == COMMA:
            mark = self.pos
            self.pos += 1
            b = self.expression()
            if b is None:
                self.pos = mark
                break
            elts.append(b)
        if types[self.pos] == COMMA:
            self.pos += 1
        return self.expr_node(_Tuple, start, {"elts": elts, "ctx": LOAD})

    def expression(self):
        """expression (memo):
            | invalid_expression | invalid_legacy_expression
            | disjunction 'if' disjunction 'else' expression | disjunction | lambdef"""
        types = self.types
        start = self.pos
        if not self.faithful and types[start] in PRIMARY_START:
            # First pass: memoized here too (one dict per parse), so that backtracking
            # over nested brackets stays linear.
            memo = self.expression_memo
            hit = memo.get(start)
            if hit is not None:
                self.pos = hit[1]
                return hit[0]
            a = self.primary()
            if a is not None:
                a = self.expression_rest(a, start)
            memo[start] = (a, self.pos)
            return a
        a = self.simple_atom()
        if a is not None:
            return a
        if self.call_invalid_rules:
            self.invalid_expression()
            self.invalid_legacy_expression()
        if types[start] == KW_LAMBDA:
            return self.lambdef()
        a = self.disjunction()
        if a is None:
            return None
        if types[self.pos] != KW_IF:
            return a
        mark = self.pos
        self.pos += 1
        b = self.disjunction()
        if b is not None and types[self.pos] == KW_ELSE:
            self.pos += 1
            c = self.expression()
            if c is not None:
                return self.expr_node(ast.IfExp, start, {"test": b, "body": a, "orelse": c})
        self.pos = mark
        return a

    def expression_rest(self, a, start):
        """First pass: the rest of an expression whose leftmost primary `a` (from token
        `start`) is parsed -- power, binary operators, comparisons, 'and', 'or', 'if' --
        each level taking the tree so far as its left operand, which is the tree the
        rule chain disjunction ... await_primary builds, without walking it."""
        types = self.types
        t = types[self.pos]
        if t in SIMPLE_END:
            return a
        if t == DOUBLESTAR:
            mark = self.pos
            self.pos = mark + 1
            b = self.factor()
            if b is not None:
                a = self.expr_node(_BinOp, start, {"left": a, "op": POW, "right": b})
            else:
                self.pos = mark
            t = types[self.pos]
        if t in BINARY_OPERATORS:
            a = self.binary_rest(a, start, 1)
            t = types[self.pos]
        if t in COMPARISON_START:
            a = self.comparison_rest(a, start)
            t = types[self.pos]
        if t == KW_AND:
            a = self.boolean_rest(a, start, KW_AND, AND, self.inversion)
            t = types[self.pos]
        if t == KW_OR:
            a = self.boolean_rest(a, start, KW_OR, OR, self.conjunction)
            t = types[self.pos]
        if t != KW_IF:
            return a
        mark = self.pos
        self.pos += 1
        b = self.disjunction()
        if b is not None and types[self.pos] == KW_ELSE:
            self.pos += 1
            c = self.expression()
            if c is not None:
                return self.expr_node(ast.IfExp, start, {"test": b, "body": a, "orelse": c})
        self.pos = mark
        return a

    def boolean_rest(self, a, start, keyword, op, operand):
        """('or' conjunction)+ / ('and' inversion)+ after the first operand `a`."""
        types = self.types
        values = [a]
        while types[self.pos] == keyword:
            mark = self.pos
            self.pos += 1
            b = operand()
            if b is None:
                self.pos = mark
                break
            values.append(b)
        if len(values) == 1:
            return a
        return self.expr_node(_BoolOp, start, {"op": op, "values": values})

    def expression_without_invalid(self):
        """expression_without_invalid: the expression rule with the invalid_ rules off."""
        saved = self.call_invalid_rules
        self.call_invalid_rules = False
        try:
            # The rule's own body, not the memoized `expression`: a separate rule in pegen.
            return ExpressionRules.expression(self)
        finally:
            self.call_invalid_rules = saved

    def yield_expr(self):
        """yield_expr: 'yield' 'from' expression | 'yield' [star_expressions]"""
        types = self.types
        start = self.pos
        if types[start] != KW_YIELD:
            return None
        if types[start + 1] == KW_FROM:
            self.pos = start + 2
            a = self.expression()
            if a is not None:
                return self.expr_node(ast.YieldFrom, start, {"value": a})
        self.pos = start + 1
        a = self.star_expressions()
        return self.expr_node(ast.Yield, start, {"value": a})

    def star_expressions(self):
        """star_expressions:
            | star_expression (',' star_expression)+ [','] | star_expression ',' | star_expression"""
        types = self.types
        start = self.pos
        t = types[start]
        if t in SIMPLE_ATOM_START and types[start + 1] in SIMPLE_END:
            a = self.simple_atom()
        elif t == STAR:
            a = self.star_expression()
        else:
            a = self.expression()
        if a is None:
            return None
        if types[self.pos] != COMMA:
            return a
        elts = [a]
        while types[self.pos] == COMMA:
            mark = self.pos
            self.pos += 1
            b = self.star_expression()
            if b is None:
                self.pos = mark
                break
            elts.append(b)
        if types[self.pos] == COMMA:
            self.pos += 1
        return self.expr_node(_Tuple, start, {"elts": elts, "ctx": LOAD})

    def star_expression(self):
        """star_expression (memo): '*' bitwise_or | expression"""
        start = self.pos
        if self.types[start] == STAR:
            self.pos += 1
            a = self.bitwise_or()
            if a is not None:
                return self.expr_node(_Starred, start, {"value": a, "ctx": LOAD})
            self.pos = start
            return None
        return self.expression()

    def star_named_expressions(self):
        """star_named_expressions: ','.star_named_expression+ [','] -> list"""
        a = self.star_named_expression()
        if a is None:
            return None
        elts = [a]
        types = self.types
        while types[self.pos] == COMMA:
            mark = self.pos
            self.pos += 1
            b = self.star_named_expression()
            if b is None:
                self.pos = mark
                break
            elts.append(b)
        if types[self.pos] == COMMA:
            self.pos += 1
        return elts

    def star_named_expression(self):
        """star_named_expression: '*' bitwise_or | named_expression"""
        start = self.pos
        if self.types[start] == STAR:
            self.pos += 1
            a = self.bitwise_or()
            if a is not None:
                return self.expr_node(_Starred, start, {"value": a, "ctx": LOAD})
            self.pos = start
            return None
        return self.named_expression()

    def assignment_expression(self):
        """assignment_expression: NAME ':=' ~ expression"""
        start = self.pos
        types = self.types
        if types[start] != NAME or types[start + 1] != COLONEQUAL:
            return None
        self.pos = start + 2
        b = self.expression()
        if b is None:
            self.pos = start
            return None
        self.check_version(8, "Assignment expressions are")
        target = self.name_node(start)
        target.ctx = STORE
        return self.expr_node(ast.NamedExpr, start, {"target": target, "value": b})

    def named_expression(self):
        """named_expression: assignment_expression | invalid_named_expression | expression !':='"""
        types = self.types
        start = self.pos
        if not self.call_invalid_rules:
            # (invalid_named_expression reports `name = value`, so no shortcut then.)
            a = self.simple_atom()
            if a is not None:
                return a
        if types[start] == NAME and types[start + 1] == COLONEQUAL:
            a = self.assignment_expression()
            if a is not None:
                return a
        if self.call_invalid_rules:
            self.invalid_named_expression()
        a = self.expression()
        if a is None:
            return None
        if types[self.pos] == COLONEQUAL:
            self.pos = start
            return None
        return a

    # -- boolean operators and comparisons ---------------------------------------

    def disjunction(self):
        """disjunction (memo): conjunction ('or' conjunction)+ | conjunction"""
        start = self.pos
        a = self.conjunction()
        if a is None:
            return None
        types = self.types
        if types[self.pos] != KW_OR:
            return a
        values = [a]
        while types[self.pos] == KW_OR:
            mark = self.pos
            self.pos += 1
            b = self.conjunction()
            if b is None:
                self.pos = mark
                break
            values.append(b)
        if len(values) == 1:
            return a
        return self.expr_node(_BoolOp, start, {"op": OR, "values": values})

    def conjunction(self):
        """conjunction (memo): inversion ('and' inversion)+ | inversion"""
        start = self.pos
        a = self.inversion()
        if a is None:
            return None
        types = self.types
        if types[self.pos] != KW_AND:
            return a
        values = [a]
        while types[self.pos] == KW_AND:
            mark = self.pos
            self.pos += 1
            b = self.inversion()
            if b is None:
                self.pos = mark
                break
            values.append(b)
        if len(values) == 1:
            return a
        return self.expr_node(_BoolOp, start, {"op": AND, "values": values})

    def inversion(self):
        """inversion (memo): 'not' inversion | comparison"""
        start = self.pos
        if self.types[start] == KW_NOT:
            self.pos = start + 1
            a = self.inversion()
            if a is None:
                self.pos = start
                return None
            return self.expr_node(_UnaryOp, start, {"op": NOT, "operand": a})
        return self.comparison()

    def comparison(self):
        """comparison: bitwise_or compare_op_bitwise_or_pair+ | bitwise_or

        The pairs, tried in the grammar's order: == != <= < >= > 'not' 'in' 'in'
        'is' 'not' 'is'; NOTEQUAL as check_barry_as_flufl allows."""
        start = self.pos
        a = self.bitwise_or()
        if a is None:
            return None
        if self.types[self.pos] not in COMPARISON_START:
            return a
        return self.comparison_rest(a, start)

    def check_barry_as_flufl(self, i):
        """_PyPegen_check_barry_as_flufl: is the NOTEQUAL token `i` spelled right? `!=`,
        or `<>` under CO_FUTURE_BARRY_AS_BDFL, where `!=` is an error at once."""
        text = self.strs[i]
        if not self.barry_as_flufl:
            return text == "!="
        if text != "<>":
            self.pos = i
            self.raise_syntax_error("with Barry as BDFL, use '<>' instead of '!='")
        return True

    def comparison_rest(self, a, start):
        """compare_op_bitwise_or_pair+ after the first operand `a`."""
        types = self.types
        ops = []
        comparators = []
        while True:
            mark = self.pos
            t = types[mark]
            if t == KW_NOT:
                if types[mark + 1] != KW_IN:
                    break
                op = NOT_IN
                self.pos = mark + 2
            elif t == KW_IS:
                if types[mark + 1] == KW_NOT:
                    self.pos = mark + 2
                    b = self.bitwise_or()
                    if b is not None:
                        ops.append(IS_NOT)
                        comparators.append(b)
                        continue
                op = IS
                self.pos = mark + 1
            else:
                op = COMPARISON_OPERATORS.get(t)
                if op is None or (t == NOTEQUAL and not self.check_barry_as_flufl(mark)):
                    break
                self.pos = mark + 1
            b = self.bitwise_or()
            if b is None:
                self.pos = mark
                break
            ops.append(op)
            comparators.append(b)
        if not ops:
            return a
        return self.expr_node(_Compare, start, {"left": a, "ops": ops, "comparators": comparators})

    # -- binary and unary arithmetic -----------------------------------------------

    def bitwise_or(self):
        """bitwise_or .. term: the left-recursive operator rules as one loop."""
        return self.binary_operation(1)

    def binary_operation(self, min_power):
        """Precedence climbing over BINARY_OPERATORS: a left-leaning BinOp chain whose
        nodes span from the leftmost operand, exactly what the PEG rules build."""
        start = self.pos
        left = self.factor()
        if left is None:
            return None
        return self.binary_rest(left, start, min_power)

    def binary_rest(self, left, start, min_power):
        """The operators binding at least `min_power` after the left operand."""
        types = self.types
        operators = BINARY_OPERATORS
        while True:
            info = operators.get(types[self.pos])
            if info is None or info[0] < min_power:
                return left
            power, op = info
            mark = self.pos
            self.pos = mark + 1
            right = self.binary_operation(power + 1)
            if right is None:
                self.pos = mark
                return left
            if op is MATMULT:
                self.check_version(5, "The '@' operator is")
            n = _BinOp()
            lineno, col = self.starts[start]
            end_lineno, end_col = self.ends[self.pos - 1]
            n.__dict__ = {"left": left, "op": op, "right": right, "lineno": lineno,
                          "col_offset": col, "end_lineno": end_lineno, "end_col_offset": end_col}
            left = n

    def factor(self):
        """factor (memo): '+' factor | '-' factor | '~' factor | power"""
        start = self.pos
        op = UNARY_OPERATORS.get(self.types[start])
        if op is None:
            return self.power()
        self.pos = start + 1
        a = self.factor()
        if a is None:
            self.pos = start
            return None
        return self.expr_node(_UnaryOp, start, {"op": op, "operand": a})

    def power(self):
        """power: await_primary '**' factor | await_primary"""
        start = self.pos
        a = self.await_primary()
        if a is None:
            return None
        if self.types[self.pos] == DOUBLESTAR:
            mark = self.pos
            self.pos = mark + 1
            b = self.factor()
            if b is not None:
                return self.expr_node(_BinOp, start, {"left": a, "op": POW, "right": b})
            self.pos = mark
        return a

    def await_primary(self):
        """await_primary (memo): AWAIT primary | primary"""
        start = self.pos
        if self.types[start] == AWAIT:
            self.pos = start + 1
            a = self.primary()
            if a is None:
                self.pos = start
                return None
            self.check_version(5, "Await expressions are")
            return self.expr_node(ast.Await, start, {"value": a})
        return self.primary()

    # -- primary -------------------------------------------------------------------

    def primary(self):
        """primary: primary '.' NAME | primary genexp | primary '(' [arguments] ')'
                  | primary '[' slices ']' | atom   (left-recursive: a loop)"""
        start = self.pos
        types = self.types
        if types[start] == NAME:
            self.pos = start + 1
            a = self.name_node(start)
        else:
            a = self.atom()
            if a is None:
                return None
        while True:
            i = self.pos
            t = types[i]
            if t == DOT:
                if types[i + 1] != NAME:
                    return a
                n = _Attribute()
                lineno, col = self.starts[start]
                end_lineno, end_col = self.ends[i + 1]
                n.__dict__ = {"value": a, "attr": identifier(self.strs[i + 1]), "ctx": LOAD,
                              "lineno": lineno, "col_offset": col, "end_lineno": end_lineno,
                              "end_col_offset": end_col}
                a = n
                self.pos = i + 2
            elif t == LPAR or (self.call_invalid_rules and (t == LSQB or t == LBRACE)):
                # (In the error pass `primary genexp` is tried at any token, and its
                # invalid_comprehension looks at '[' and '{' too.)
                call = self.call_trailer(a, start)
                if call is not None:
                    a = call
                    continue
                if t != LSQB:
                    return a
                self.pos = i + 1
                b = self.slices()
                if b is None or types[self.pos] != RSQB:
                    self.pos = i
                    return a
                self.pos += 1
                a = self.expr_node(_Subscript, start, {"value": a, "slice": b, "ctx": LOAD})
            elif t == LSQB:
                self.pos = i + 1
                b = self.slices()
                if b is None or types[self.pos] != RSQB:
                    self.pos = i
                    return a
                self.pos += 1
                a = self.expr_node(_Subscript, start, {"value": a, "slice": b, "ctx": LOAD})
            else:
                return a

    def call_trailer(self, func, start):
        """The primary genexp | primary '(' [arguments] ')' alternatives, for the callee
        `func` spanning from token `start`; None (position unchanged) when neither fits."""
        i = self.pos
        types = self.types
        if not self.faithful:
            # Arguments first: a call and a bare generator argument never both fit.
            if types[i + 1] == RPAR:
                self.pos = i + 2
                return self.expr_node(_Call, start, {"func": func, "args": [], "keywords": []})
            self.pos = i + 1
            b = self.arguments()
            if b is not None and types[self.pos] == RPAR:
                self.pos += 1
                return self.expr_node(_Call, start, {"func": func, "args": b[0], "keywords": b[1]})
            self.pos = i
            g = self.genexp()
            if g is None:
                return None
            return self.expr_node(_Call, start, {"func": func, "args": [g], "keywords": []})
        g = self.genexp()
        if g is not None:
            return self.expr_node(_Call, start, {"func": func, "args": [g], "keywords": []})
        if types[i] != LPAR:
            return None
        self.pos = i + 1
        b = self.arguments()
        if types[self.pos] != RPAR:
            self.pos = i
            return None
        self.pos += 1
        args, keywords = b if b is not None else ([], [])
        return self.expr_node(_Call, start, {"func": func, "args": args, "keywords": keywords})

    def slices(self):
        """slices: slice !',' | ','.(slice | starred_expression)+ [','] -> Tuple"""
        start = self.pos
        types = self.types
        a = self.slice()
        if a is not None and types[self.pos] != COMMA:
            return a
        if a is None:
            a = self.starred_expression()
            if a is None:
                return None
        elts = [a]
        while types[self.pos] == COMMA:
            mark = self.pos
            self.pos += 1
            b = self.slice()
            if b is None:
                b = self.starred_expression()
                if b is None:
                    self.pos = mark
                    break
            elts.append(b)
        if types[self.pos] == COMMA:
            self.pos += 1
        return self.expr_node(_Tuple, start, {"elts": elts, "ctx": LOAD})

    def slice(self):
        """slice: [expression] ':' [expression] [':' [expression]] | named_expression"""
        start = self.pos
        types = self.types
        if types[start] != COLON:
            lower = self.expression()
            if lower is None or types[self.pos] != COLON:
                if lower is not None and not self.faithful and types[self.pos] != COLONEQUAL:
                    # named_expression would give the same expression back.
                    return lower
                self.pos = start
                return self.named_expression()
        else:
            lower = None
        self.pos += 1
        upper = self.expression() if types[self.pos] != COLON else None
        step = None
        if types[self.pos] == COLON:
            self.pos += 1
            step = self.expression()
        return self.expr_node(ast.Slice, start, {"lower": lower, "upper": upper, "step": step})

    # -- atoms ---------------------------------------------------------------------

    def atom(self):
        """atom: NAME | 'True' | 'False' | 'None' | &STRING strings | NUMBER
               | &'(' (tuple | group | genexp) | &'[' (list | listcomp)
               | &'{' (dict | set | dictcomp | setcomp) | '...'"""
        i = self.pos
        t = self.types[i]
        if t == NAME:
            self.pos = i + 1
            return self.name_node(i)
        if t == NUMBER:
            self.pos = i + 1
            return self.number_node(i)
        if t == STRING:
            return self.strings()
        if t == LPAR:
            if self.faithful:
                return self.tuple() or self.group() or self.genexp()
            return self.paren_atom()
        if t == LSQB:
            if self.faithful:
                return self.list() or self.listcomp()
            return self.bracket_atom()
        if t == LBRACE:
            if self.faithful:
                return self.dict() or self.set() or self.dictcomp() or self.setcomp()
            return self.brace_atom()
        if t in KEYWORD_CONSTANTS:
            self.pos = i + 1
            return self.constant_node(KEYWORD_CONSTANTS[t], i)
        if t == ELLIPSIS:
            self.pos = i + 1
            return self.constant_node(Ellipsis, i)
        return None

    def strings(self):
        """strings (memo): STRING+ -> the strings module's concatenation"""
        start = self.pos
        memo = self.memo_table("strings")
        hit = memo.get(start)
        if hit is not None:
            self.pos = hit[1]
            return hit[0]
        types = self.types
        end = start
        while types[end] == STRING:
            end += 1
        self.pos = end
        node = parse_strings(self, self.tokens[start:end])
        memo[start] = (node, end)
        return node

    def paren_atom(self):
        """tuple | group | genexp, deciding after the first element (first pass)."""
        start = self.pos
        types = self.types
        i = start + 1
        t = types[i]
        if t == RPAR:
            self.pos = i + 1
            return self.expr_node(_Tuple, start, {"elts": [], "ctx": LOAD})
        self.pos = i
        if t == KW_YIELD:
            a = self.yield_expr()
            if a is not None and types[self.pos] == RPAR:
                self.pos += 1
                return a
            self.pos = start
            return None
        a = self.star_named_expression()
        if a is not None:
            t = types[self.pos]
            if t == COMMA:
                self.pos += 1
                rest = self.star_named_expressions()
                if types[self.pos] == RPAR:
                    self.pos += 1
                    elts = [a] + rest if rest else [a]
                    return self.expr_node(_Tuple, start, {"elts": elts, "ctx": LOAD})
            elif type(a) is not _Starred:
                if t == RPAR:
                    self.pos += 1
                    return a
                if t in FOR_START:
                    gens = self.for_if_clauses()
                    if gens is not None and types[self.pos] == RPAR:
                        self.pos += 1
                        return self.expr_node(ast.GeneratorExp, start, {"elt": a, "generators": gens})
        self.pos = start
        return None

    def bracket_atom(self):
        """list | listcomp, deciding after the first element (first pass)."""
        start = self.pos
        types = self.types
        i = start + 1
        if types[i] == RSQB:
            self.pos = i + 1
            return self.expr_node(_List, start, {"elts": [], "ctx": LOAD})
        self.pos = i
        a = self.star_named_expression()
        if a is not None:
            t = types[self.pos]
            if t in FOR_START:
                if type(a) is not _Starred:
                    gens = self.for_if_clauses()
                    if gens is not None and types[self.pos] == RSQB:
                        self.pos += 1
                        return self.expr_node(ast.ListComp, start, {"elt": a, "generators": gens})
            else:
                elts = [a]
                while types[self.pos] == COMMA:
                    mark = self.pos
                    self.pos += 1
                    b = self.star_named_expression()
                    if b is None:
                        self.pos = mark
                        break
                    elts.append(b)
                if types[self.pos] == COMMA:
                    self.pos += 1
                if types[self.pos] == RSQB:
                    self.pos += 1
                    return self.expr_node(_List, start, {"elts": elts, "ctx": LOAD})
        self.pos = start
        return None

    def brace_atom(self):
        """dict | set | dictcomp | setcomp, deciding after the first item (first pass)."""
        start = self.pos
        types = self.types
        i = start + 1
        t = types[i]
        if t == RBRACE:
            self.pos = i + 1
            return self.expr_node(ast.Dict, start, {"keys": [], "values": []})
        self.pos = i
        if t == DOUBLESTAR:
            node = self.dict_items(start, [], [])
        elif t == STAR or (t == NAME and types[i + 1] == COLONEQUAL):
            node = self.set_items(start)
        else:
            key = self.expression()
            if key is None:
                node = None
            elif types[self.pos] == COLON:
                self.pos += 1
                value = self.expression()
                if value is None:
                    node = None
                elif types[self.pos] in FOR_START:
                    gens = self.for_if_clauses()
                    node = None
                    if gens is not None and types[self.pos] == RBRACE:
                        self.pos += 1
                        node = self.expr_node(ast.DictComp, start,
                                              {"key": key, "value": value, "generators": gens})
                elif types[self.pos] == COMMA:
                    self.pos += 1
                    node = self.dict_items(start, [key], [value])
                elif types[self.pos] == RBRACE:
                    self.pos += 1
                    node = self.expr_node(ast.Dict, start, {"keys": [key], "values": [value]})
                else:
                    node = None
            elif types[self.pos] == COLONEQUAL:
                node = None
            else:
                # The key parsed as an expression not followed by ':=' is also the
                # set's first named_expression.
                node = self.set_items(start, key)
        if node is None:
            self.pos = start
        return node

    def dict_items(self, start, keys, values):
        """The rest of a dict display after `keys`/`values`: double_starred_kvpair items."""
        types = self.types
        while True:
            pair = self.double_starred_kvpair()
            if pair is None:
                break
            keys.append(pair[0])
            values.append(pair[1])
            if types[self.pos] != COMMA:
                break
            self.pos += 1
        if types[self.pos] != RBRACE:
            return None
        self.pos += 1
        return self.expr_node(ast.Dict, start, {"keys": keys, "values": values})

    def set_items(self, start, a=None):
        """A set display or comprehension from its first element on (`a`, when it has
        been parsed already)."""
        types = self.types
        if a is None:
            a = self.star_named_expression()
            if a is None:
                return None
        if types[self.pos] in FOR_START and type(a) is not _Starred:
            gens = self.for_if_clauses()
            if gens is not None and types[self.pos] == RBRACE:
                self.pos += 1
                return self.expr_node(ast.SetComp, start, {"elt": a, "generators": gens})
            return None
        elts = [a]
        while types[self.pos] == COMMA:
            mark = self.pos
            self.pos += 1
            b = self.star_named_expression()
            if b is None:
                self.pos = mark
                break
            elts.append(b)
        if types[self.pos] == COMMA:
            self.pos += 1
        if types[self.pos] != RBRACE:
            return None
        self.pos += 1
        return self.expr_node(ast.Set, start, {"elts": elts})

    # -- the grammar's own atom rules (error passes) ----------------------------------

    def group(self):
        """group: '(' (yield_expr | named_expression) ')' | invalid_group"""
        start = self.pos
        types = self.types
        if types[start] == LPAR:
            self.pos = start + 1
            a = self.yield_expr() or self.named_expression()
            if a is not None and types[self.pos] == RPAR:
                self.pos += 1
                return a
        self.pos = start
        if self.call_invalid_rules:
            self.invalid_group()
        return None

    def tuple(self):
        """tuple: '(' [star_named_expression ',' [star_named_expressions]] ')'"""
        start = self.pos
        types = self.types
        if types[start] != LPAR:
            return None
        self.pos = start + 1
        elts = []
        mark = self.pos
        a = self.star_named_expression()
        if a is not None and types[self.pos] == COMMA:
            self.pos += 1
            rest = self.star_named_expressions()
            elts = [a] + rest if rest else [a]
        else:
            self.pos = mark
        if types[self.pos] != RPAR:
            self.pos = start
            return None
        self.pos += 1
        return self.expr_node(_Tuple, start, {"elts": elts, "ctx": LOAD})

    def genexp(self):
        """genexp: '(' (assignment_expression | expression !':=') for_if_clauses ')'
                 | invalid_comprehension"""
        start = self.pos
        types = self.types
        if types[start] == LPAR:
            self.pos = start + 1
            a = self.assignment_expression()
            if a is None:
                a = self.expression()
                if a is not None and types[self.pos] == COLONEQUAL:
                    a = None
            if a is not None:
                gens = self.for_if_clauses()
                if gens is not None and types[self.pos] == RPAR:
                    self.pos += 1
                    return self.expr_node(ast.GeneratorExp, start, {"elt": a, "generators": gens})
        self.pos = start
        if self.call_invalid_rules:
            self.invalid_comprehension()
        return None

    def list(self):
        """list: '[' [star_named_expressions] ']'"""
        start = self.pos
        types = self.types
        if types[start] != LSQB:
            return None
        self.pos = start + 1
        elts = self.star_named_expressions() or []
        if types[self.pos] != RSQB:
            self.pos = start
            return None
        self.pos += 1
        return self.expr_node(_List, start, {"elts": elts, "ctx": LOAD})

    def listcomp(self):
        """listcomp: '[' named_expression for_if_clauses ']' | invalid_comprehension"""
        start = self.pos
        types = self.types
        if types[start] == LSQB:
            self.pos = start + 1
            a = self.named_expression()
            if a is not None:
                gens = self.for_if_clauses()
                if gens is not None and types[self.pos] == RSQB:
                    self.pos += 1
                    return self.expr_node(ast.ListComp, start, {"elt": a, "generators": gens})
        self.pos = start
        if self.call_invalid_rules:
            self.invalid_comprehension()
        return None

    def set(self):
        """set: '{' star_named_expressions '}'"""
        start = self.pos
        types = self.types
        if types[start] != LBRACE:
            return None
        self.pos = start + 1
        elts = self.star_named_expressions()
        if elts is None or types[self.pos] != RBRACE:
            self.pos = start
            return None
        self.pos += 1
        return self.expr_node(ast.Set, start, {"elts": elts})

    def setcomp(self):
        """setcomp: '{' named_expression for_if_clauses '}' | invalid_comprehension"""
        start = self.pos
        types = self.types
        if types[start] == LBRACE:
            self.pos = start + 1
            a = self.named_expression()
            if a is not None:
                gens = self.for_if_clauses()
                if gens is not None and types[self.pos] == RBRACE:
                    self.pos += 1
                    return self.expr_node(ast.SetComp, start, {"elt": a, "generators": gens})
        self.pos = start
        if self.call_invalid_rules:
            self.invalid_comprehension()
        return None

    def dict(self):
        """dict: '{' [double_starred_kvpairs] '}' | '{' invalid_double_starred_kvpairs '}'"""
        start = self.pos
        types = self.types
        if types[start] != LBRACE:
            return None
        self.pos = start + 1
        pairs = self.double_starred_kvpairs() or []
        if types[self.pos] == RBRACE:
            self.pos += 1
            return self.expr_node(ast.Dict, start, {"keys": [k for k, _ in pairs],
                                                    "values": [v for _, v in pairs]})
        self.pos = start + 1
        if self.call_invalid_rules:
            self.invalid_double_starred_kvpairs()
        self.pos = start
        return None

    def dictcomp(self):
        """dictcomp: '{' kvpair for_if_clauses '}' | invalid_dict_comprehension"""
        start = self.pos
        types = self.types
        if types[start] == LBRACE:
            self.pos = start + 1
            pair = self.kvpair()
            if pair is not None:
                gens = self.for_if_clauses()
                if gens is not None and types[self.pos] == RBRACE:
                    self.pos += 1
                    return self.expr_node(ast.DictComp, start, {"key": pair[0], "value": pair[1],
                                                                "generators": gens})
        self.pos = start
        if self.call_invalid_rules:
            self.invalid_dict_comprehension()
        return None

    def double_starred_kvpairs(self):
        """double_starred_kvpairs: ','.double_starred_kvpair+ [','] -> [(key, value)]"""
        pair = self.double_starred_kvpair()
        if pair is None:
            return None
        pairs = [pair]
        types = self.types
        while types[self.pos] == COMMA:
            mark = self.pos
            self.pos += 1
            pair = self.double_starred_kvpair()
            if pair is None:
                self.pos = mark
                break
            pairs.append(pair)
        if types[self.pos] == COMMA:
            self.pos += 1
        return pairs

    def double_starred_kvpair(self):
        """double_starred_kvpair: '**' bitwise_or | kvpair"""
        start = self.pos
        if self.types[start] == DOUBLESTAR:
            self.pos = start + 1
            a = self.bitwise_or()
            if a is not None:
                return (None, a)
            self.pos = start
            return None
        return self.kvpair()

    def kvpair(self):
        """kvpair: expression ':' expression"""
        start = self.pos
        a = self.expression()
        if a is not None and self.types[self.pos] == COLON:
            self.pos += 1
            b = self.expression()
            if b is not None:
                return (a, b)
        self.pos = start
        return None

    # -- comprehensions ------------------------------------------------------------

    def for_if_clauses(self):
        """for_if_clauses: for_if_clause+"""
        gens = []
        while True:
            c = self.for_if_clause()
            if c is None:
                break
            gens.append(c)
        return gens or None

    def for_if_clause(self):
        """for_if_clause:
            | ASYNC 'for' star_targets 'in' ~ disjunction ('if' disjunction)*
            | 'for' star_targets 'in' ~ disjunction ('if' disjunction)*
            | invalid_for_target"""
        start = self.pos
        types = self.types
        t = types[start]
        if t == ASYNC:
            if types[start + 1] != KW_FOR:
                return None
            is_async = 1
            self.pos = start + 2
        elif t == KW_FOR:
            is_async = 0
            self.pos = start + 1
        else:
            return None
        target = self.star_targets()
        if target is not None and types[self.pos] == KW_IN:
            self.pos += 1
            it = self.disjunction()
            if it is None:
                # The cut: no other alternative is tried.
                self.pos = start
                return None
            ifs = []
            while types[self.pos] == KW_IF:
                mark = self.pos
                self.pos += 1
                cond = self.disjunction()
                if cond is None:
                    self.pos = mark
                    break
                ifs.append(cond)
            if is_async:
                self.check_version(6, "Async comprehensions are")
            node = ast.comprehension()
            node.__dict__ = {"target": target, "iter": it, "ifs": ifs, "is_async": is_async}
            return node
        self.pos = start
        if self.call_invalid_rules:
            self.invalid_for_target()
        return None

    # -- call arguments ------------------------------------------------------------

    def arguments(self):
        """arguments (memo): args [','] &')' | invalid_arguments  -> (args, keywords)"""
        start = self.pos
        memo = self.memo_table("arguments") if self.faithful else None
        if memo is not None and start in memo:
            result, self.pos = memo[start]
            return result
        types = self.types
        a = self.args()
        if a is not None:
            if types[self.pos] == COMMA:
                self.pos += 1
            if types[self.pos] == RPAR:
                if memo is not None:
                    memo[start] = (a, self.pos)
                return a
        self.pos = start
        if self.call_invalid_rules:
            self.invalid_arguments()
        if memo is not None:
            memo[start] = (None, start)
        return None

    def args(self):
        """args:
            | ','.(starred_expression | (assignment_expression | expression !':=') !'=')+
              [',' kwargs]
            | kwargs
        -> (positional args, keywords), as _PyPegen_collect_call_seqs lays them out."""
        start = self.pos
        types = self.types
        a = self.args_item()
        if a is not None:
            items = [a]
            while types[self.pos] == COMMA:
                mark = self.pos
                self.pos += 1
                a = self.args_item()
                if a is None:
                    self.pos = mark
                    break
                items.append(a)
            mark = self.pos
            if types[mark] == COMMA:
                self.pos += 1
                kw = self.kwargs()
                if kw is not None:
                    items.extend(n for n, is_keyword in kw if not is_keyword)
                    return items, [n for n, is_keyword in kw if is_keyword]
                self.pos = mark
            return items, []
        self.pos = start
        kw = self.kwargs()
        if kw is None:
            return None
        return ([n for n, is_keyword in kw if not is_keyword],
                [n for n, is_keyword in kw if is_keyword])

    def args_item(self):
        """starred_expression | (assignment_expression | expression !':=') !'='"""
        start = self.pos
        types = self.types
        t = types[start]
        if t == STAR:
            return self.starred_expression()
        a = self.simple_atom()
        if a is None and t == NAME and types[start + 1] == COLONEQUAL:
            a = self.assignment_expression()
        if a is None:
            a = self.expression()
            if a is None:
                return None
            if types[self.pos] == COLONEQUAL:
                self.pos = start
                return None
        if types[self.pos] == EQUAL:
            self.pos = start
            return None
        return a

    def kwargs(self):
        """kwargs:
            | ','.kwarg_or_starred+ ',' ','.kwarg_or_double_starred+
            | ','.kwarg_or_starred+
            | ','.kwarg_or_double_starred+
        -> [(node, is_keyword)]"""
        types = self.types
        a = self.gather(self.kwarg_or_starred)
        if a is not None:
            mark = self.pos
            if types[mark] == COMMA:
                self.pos += 1
                b = self.gather(self.kwarg_or_double_starred)
                if b is not None:
                    return a + b
                self.pos = mark
            return a
        return self.gather(self.kwarg_or_double_starred)

    def gather(self, rule):
        """','.rule+ : one or more, comma-separated (no trailing comma consumed)."""
        a = rule()
        if a is None:
            return None
        items = [a]
        types = self.types
        while types[self.pos] == COMMA:
            mark = self.pos
            self.pos += 1
            a = rule()
            if a is None:
                self.pos = mark
                break
            items.append(a)
        return items

    def starred_expression(self):
        """starred_expression: '*' expression"""
        start = self.pos
        if self.types[start] != STAR:
            return None
        self.pos = start + 1
        a = self.expression()
        if a is None:
            self.pos = start
            return None
        return self.expr_node(_Starred, start, {"value": a, "ctx": LOAD})

    def kwarg_or_starred(self):
        """kwarg_or_starred: invalid_kwarg | NAME '=' expression | starred_expression"""
        if self.call_invalid_rules:
            self.invalid_kwarg()
        start = self.pos
        types = self.types
        if types[start] == NAME and types[start + 1] == EQUAL:
            self.pos = start + 2
            b = self.expression()
            if b is not None:
                return (self.expr_node(_keyword, start, {"arg": identifier(self.strs[start]),
                                                         "value": b}), True)
            self.pos = start
        a = self.starred_expression()
        if a is None:
            return None
        return (a, False)

    def kwarg_or_double_starred(self):
        """kwarg_or_double_starred: invalid_kwarg | NAME '=' expression | '**' expression"""
        if self.call_invalid_rules:
            self.invalid_kwarg()
        start = self.pos
        types = self.types
        if types[start] == NAME and types[start + 1] == EQUAL:
            self.pos = start + 2
            b = self.expression()
            if b is not None:
                return (self.expr_node(_keyword, start, {"arg": identifier(self.strs[start]),
                                                         "value": b}), True)
            self.pos = start
        if types[start] == DOUBLESTAR:
            self.pos = start + 1
            b = self.expression()
            if b is not None:
                return (self.expr_node(_keyword, start, {"arg": None, "value": b}), True)
            self.pos = start
        return None

    # -- lambda ------------------------------------------------------------------------

    def lambdef(self):
        """lambdef: 'lambda' [lambda_params] ':' expression"""
        start = self.pos
        types = self.types
        if types[start] != KW_LAMBDA:
            return None
        self.pos = start + 1
        args = self.lambda_params()
        if types[self.pos] == COLON:
            self.pos += 1
            body = self.expression()
            if body is not None:
                if args is None:
                    args = self.empty_arguments()
                return self.expr_node(ast.Lambda, start, {"args": args, "body": body})
        self.pos = start
        return None
