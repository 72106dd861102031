"""Parser stage, the invalid_ rules of Grammar/python.gram (3.11): the second pass's
specialised SyntaxErrors ("expected ':'", "cannot assign to ...", "did you mean...").

Each method is one invalid_ rule, tried where the grammar lists it, only when
`call_invalid_rules` is on. A rule either raises the SyntaxError (its RAISE_* action)
or fails, leaving the position where it found it. Also here: `expression_name`
(_PyPegen_get_expr_name) and `invalid_target` (_PyPegen_get_invalid_target).
"""

import ast

from pvm.lexer import tokens as T
from pvm.parser.core import (
    ASYNC, INDENT, KW_AS, KW_ELIF, KW_ELSE, KW_EXCEPT, KW_FALSE, KW_FINALLY, KW_FOR, KW_IF,
    KW_IN, KW_NONE, KW_TRUE, KW_TRY, KW_WHILE, KW_WITH, KW_CLASS, KW_DEF, KW_DEL, NAME,
    NEWLINE, STRING, SOFT_KEYWORDS)

COMMA, LPAR, RPAR, LSQB, RSQB, LBRACE, RBRACE = (T.COMMA, T.LPAR, T.RPAR, T.LSQB, T.RSQB,
                                                 T.LBRACE, T.RBRACE)
COLON, STAR, DOUBLESTAR, EQUAL, COLONEQUAL, SLASH = (T.COLON, T.STAR, T.DOUBLESTAR, T.EQUAL,
                                                     T.COLONEQUAL, T.SLASH)
RARROW, TYPE_COMMENT = T.RARROW, T.TYPE_COMMENT
STAR_TARGETS, DEL_TARGETS, FOR_TARGETS = "star", "del", "for"
LEGACY_NAMES = ("print", "exec")


def expression_name(e):
    """_PyPegen_get_expr_name: how error messages name an expression."""
    cls = type(e)
    names = {
        ast.Attribute: "attribute", ast.Subscript: "subscript", ast.Starred: "starred",
        ast.Name: "name", ast.List: "list", ast.Tuple: "tuple", ast.Lambda: "lambda",
        ast.Call: "function call", ast.BoolOp: "expression", ast.BinOp: "expression",
        ast.UnaryOp: "expression", ast.GeneratorExp: "generator expression",
        ast.Yield: "yield expression", ast.YieldFrom: "yield expression",
        ast.Await: "await expression", ast.ListComp: "list comprehension",
        ast.SetComp: "set comprehension", ast.DictComp: "dict comprehension",
        ast.Dict: "dict literal", ast.Set: "set display", ast.JoinedStr: "f-string expression",
        ast.FormattedValue: "f-string expression", ast.Compare: "comparison",
        ast.IfExp: "conditional expression", ast.NamedExpr: "named expression",
    }
    if cls is ast.Constant:
        value = e.value
        if value is None:
            return "None"
        if value is False:
            return "False"
        if value is True:
            return "True"
        if value is Ellipsis:
            return "ellipsis"
        return "literal"
    return names[cls]


def invalid_target(e, kind):
    """_PyPegen_get_invalid_target: the first part of `e` that cannot be a target of
    `kind` (STAR_TARGETS, DEL_TARGETS, FOR_TARGETS), or None."""
    if e is None:
        return None
    cls = type(e)
    if cls is ast.List or cls is ast.Tuple:
        for elt in e.elts:
            child = invalid_target(elt, kind)
            if child is not None:
                return child
        return None
    if cls is ast.Starred:
        if kind == DEL_TARGETS:
            return e
        return invalid_target(e.value, kind)
    if cls is ast.Compare:
        # `for a in b` parsed as an expression is a comparison: look at its left side.
        if kind == FOR_TARGETS:
            if type(e.ops[0]) is ast.In:
                return invalid_target(e.left, kind)
            return None
        return e
    if cls is ast.Name or cls is ast.Subscript or cls is ast.Attribute:
        return None
    return e


def last_comprehension_item(comprehension):
    """_PyPegen_get_last_comprehension_item"""
    if comprehension.ifs:
        return comprehension.ifs[-1]
    return comprehension.iter


class InvalidRules:
    """The invalid_ rules (mixed into pvm.parser.driver.Parser)."""

    def expect(self, kind):
        """Consume a token of `kind` if it is next; its index, or None."""
        i = self.pos
        if self.types[i] == kind:
            self.pos = i + 1
            return i
        return None

    def raise_invalid_target(self, kind, e):
        """RAISE_SYNTAX_ERROR_INVALID_TARGET"""
        target = invalid_target(e, kind)
        if target is not None:
            verb = "delete" if kind == DEL_TARGETS else "assign to"
            self.raise_syntax_error_known_location(
                f"cannot {verb} {expression_name(target)}", target)
        # Every part is a valid target: the rule fails and parsing goes on (the host
        # then reports the generic error where the first pass stopped).

    def no_indent_after(self, what, lineno):
        """NEWLINE !INDENT after a block opener: an IndentationError."""
        types = self.types
        if types[self.pos] == NEWLINE and types[self.pos + 1] != INDENT:
            self.pos += 1
            self.raise_indentation_error(f"expected an indented block after {what} on line {lineno}")

    # -- calls ---------------------------------------------------------------

    def args_span(self, start):
        """A node-like span of the tokens start..pos-1 (the dummy Call of `args`)."""
        node = ast.Call()
        (node.lineno, node.col_offset) = self.starts[start]
        (node.end_lineno, node.end_col_offset) = self.ends[self.pos - 1]
        return node

    def invalid_arguments(self):
        start = self.pos
        types = self.types
        # 3.11.7's first alternative (measured against the host): keyword arguments,
        # then ',' '*': reported at the '*'.
        a = self.args()
        if a is not None and a[1] and types[self.pos] == COMMA and types[self.pos + 1] == STAR:
            self.raise_syntax_error_known_location(
                "iterable argument unpacking follows keyword argument unpacking", self.pos + 1)
        self.pos = start
        a = self.expression()
        if a is not None:
            b = self.for_if_clauses()
            if b is not None and types[self.pos] == COMMA:
                self.pos += 1
                mark = self.pos
                if self.args() is None:
                    self.pos = mark
                    e = self.expression()
                    if e is None or self.for_if_clauses() is None:
                        self.pos = mark
                self.raise_syntax_error_known_range(
                    "Generator expression must be parenthesized", a,
                    last_comprehension_item(b[-1]))
        self.pos = start
        if types[start] == NAME and types[start + 1] == EQUAL:
            self.pos = start + 2
            if self.expression() is not None and self.for_if_clauses() is not None:
                self.raise_syntax_error_known_range(
                    "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", start, start + 1)
        self.pos = start
        a = self.args()
        if a is not None:
            b = self.for_if_clauses()
            if b is not None:
                if len(a[0]) > 1:
                    self.raise_syntax_error_known_range(
                        "Generator expression must be parenthesized", a[0][-1],
                        last_comprehension_item(b[-1]))
        self.pos = start
        a = self.args()
        if a is not None and types[self.pos] == COMMA:
            self.pos += 1
            e = self.expression()
            if e is not None:
                b = self.for_if_clauses()
                if b is not None:
                    self.raise_syntax_error_known_range(
                        "Generator expression must be parenthesized", e,
                        last_comprehension_item(b[-1]))
        self.pos = start
        a = self.args()
        if a is not None and types[self.pos] == COMMA:
            self.pos += 1
            if self.args() is not None:
                if any(k.arg is None for k in a[1]):
                    self.raise_syntax_error("positional argument follows keyword argument unpacking")
                self.raise_syntax_error("positional argument follows keyword argument")
        self.pos = start
        return None

    def invalid_kwarg(self):
        start = self.pos
        types = self.types
        t = types[start]
        if t in (KW_TRUE, KW_FALSE, KW_NONE) and types[start + 1] == EQUAL:
            self.raise_syntax_error_known_range(f"cannot assign to {self.strs[start]}", start,
                                                start + 1)
        if t == NAME and types[start + 1] == EQUAL:
            self.pos = start + 2
            if self.expression() is not None and self.for_if_clauses() is not None:
                self.raise_syntax_error_known_range(
                    "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", start, start + 1)
            self.pos = start
        if not (t == NAME and types[start + 1] == EQUAL):
            a = self.expression()
            if a is not None and types[self.pos] == EQUAL:
                self.raise_syntax_error_known_range(
                    'expression cannot contain assignment, perhaps you meant "=="?', a, self.pos)
        self.pos = start
        return None

    # -- expressions ------------------------------------------------------------

    def invalid_legacy_expression(self):
        start = self.pos
        types = self.types
        if types[start] == NAME and types[start + 1] != LPAR:
            self.pos = start + 1
            b = self.star_expressions()
            if b is not None and self.strs[start] in LEGACY_NAMES:
                name = self.strs[start]
                self.raise_syntax_error_known_range(
                    f"Missing parentheses in call to '{name}'. Did you mean {name}(...)?", start, b)
        self.pos = start
        return None

    def invalid_expression(self):
        start = self.pos
        types = self.types
        t = types[start]
        # _PyPegen_soft_keyword_token compares only the token's length of each soft
        # keyword (strncmp): any prefix of "_", "case" or "match" counts, `c` included.
        soft = t == NAME and any(word.startswith(self.strs[start]) for word in SOFT_KEYWORDS)
        if not ((t == NAME and types[start + 1] == STRING) or soft):
            a = self.disjunction()
            if a is not None:
                b = self.expression_without_invalid()
                if b is not None:
                    legacy = type(a) is ast.Name and a.id in LEGACY_NAMES
                    if not legacy and self.token_levels()[self.pos - 1] != 0:
                        self.raise_syntax_error_known_range(
                            "invalid syntax. Perhaps you forgot a comma?", a, b)
        self.pos = start
        a = self.disjunction()
        if a is not None and types[self.pos] == KW_IF:
            self.pos += 1
            b = self.disjunction()
            if b is not None and types[self.pos] not in (KW_ELSE, COLON):
                self.raise_syntax_error_known_range("expected 'else' after 'if' expression", a, b)
        self.pos = start
        return None

    def invalid_named_expression(self):
        start = self.pos
        memo = self.memo_table("invalid_named_expression")
        if start in memo:
            return None
        memo[start] = True
        types = self.types
        a = self.expression()
        if a is not None and types[self.pos] == COLONEQUAL:
            self.pos += 1
            if self.expression() is not None:
                self.raise_syntax_error_known_location(
                    f"cannot use assignment expressions with {expression_name(a)}", a)
        self.pos = start
        if types[start] == NAME and types[start + 1] == EQUAL:
            self.pos = start + 2
            b = self.bitwise_or()
            if b is not None and types[self.pos] not in (EQUAL, COLONEQUAL):
                self.raise_syntax_error_known_range(
                    "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", start, b)
        self.pos = start
        # !(list | tuple | genexp | 'True' | 'None' | 'False')
        excluded = False
        for rule in (self.list, self.tuple, self.genexp):
            excluded = rule() is not None
            self.pos = start
            if excluded:
                break
        if not excluded and types[start] not in (KW_TRUE, KW_NONE, KW_FALSE):
            a = self.bitwise_or()
            if a is not None and types[self.pos] == EQUAL:
                self.pos += 1
                if self.bitwise_or() is not None and types[self.pos] not in (EQUAL, COLONEQUAL):
                    self.raise_syntax_error_known_location(
                        f"cannot assign to {expression_name(a)} here. "
                        "Maybe you meant '==' instead of '='?", a)
        self.pos = start
        return None

    # -- assignments -------------------------------------------------------------

    def invalid_assignment(self):
        start = self.pos
        types = self.types
        a = self.invalid_ann_assign_target()
        if a is not None and types[self.pos] == COLON:
            self.pos += 1
            if self.expression() is not None:
                self.raise_syntax_error_known_location(
                    f"only single target (not {expression_name(a)}) can be annotated", a)
        self.pos = start
        a = self.star_named_expression()
        if a is not None and types[self.pos] == COMMA:
            self.pos += 1
            while self.star_named_expressions() is not None:
                pass
            if types[self.pos] == COLON:
                self.pos += 1
                if self.expression() is not None:
                    self.raise_syntax_error_known_location(
                        "only single target (not tuple) can be annotated", a)
        self.pos = start
        a = self.expression()
        if a is not None and types[self.pos] == COLON:
            self.pos += 1
            if self.expression() is not None:
                self.raise_syntax_error_known_location("illegal target for annotation", a)
        self.pos = start
        self.skip_star_targets_assignments()
        a = self.star_expressions()
        if a is not None and types[self.pos] == EQUAL:
            self.raise_invalid_target(STAR_TARGETS, a)
        self.pos = start
        self.skip_star_targets_assignments()
        a = self.yield_expr()
        if a is not None and types[self.pos] == EQUAL:
            self.raise_syntax_error_known_location("assignment to yield expression not possible", a)
        self.pos = start
        a = self.star_expressions()
        if a is not None and self.augassign() is not None:
            if (self.yield_expr() or self.star_expressions()) is not None:
                self.raise_syntax_error_known_location(
                    f"'{expression_name(a)}' is an illegal expression for augmented assignment", a)
        self.pos = start
        return None

    def skip_star_targets_assignments(self):
        """(star_targets '=')*"""
        types = self.types
        while True:
            mark = self.pos
            if self.star_targets() is None or types[self.pos] != EQUAL:
                self.pos = mark
                return
            self.pos += 1

    def invalid_ann_assign_target(self):
        """invalid_ann_assign_target: list | tuple | '(' invalid_ann_assign_target ')'"""
        a = self.list() or self.tuple()
        if a is not None:
            return a
        start = self.pos
        types = self.types
        if types[start] == LPAR:
            self.pos = start + 1
            a = self.invalid_ann_assign_target()
            if a is not None and types[self.pos] == RPAR:
                self.pos += 1
                return a
        self.pos = start
        return None

    def invalid_del_stmt(self):
        start = self.pos
        if self.types[start] == KW_DEL:
            self.pos = start + 1
            a = self.star_expressions()
            if a is not None:
                self.raise_invalid_target(DEL_TARGETS, a)
        self.pos = start
        return None

    def invalid_block(self):
        types = self.types
        if types[self.pos] == NEWLINE and types[self.pos + 1] != INDENT:
            self.pos += 1
            self.raise_indentation_error("expected an indented block")
        return None

    # -- comprehensions and displays ---------------------------------------------------

    def invalid_comprehension(self):
        start = self.pos
        types = self.types
        t = types[start]
        if t in (LSQB, LPAR, LBRACE):
            self.pos = start + 1
            a = self.starred_expression()
            if a is not None and self.for_if_clauses() is not None:
                self.raise_syntax_error_known_location(
                    "iterable unpacking cannot be used in comprehension", a)
        if t in (LSQB, LBRACE):
            self.pos = start + 1
            a = self.star_named_expression()
            if a is not None and types[self.pos] == COMMA:
                comma = self.pos
                self.pos += 1
                b = self.star_named_expressions()
                if b is not None and self.for_if_clauses() is not None:
                    self.raise_syntax_error_known_range(
                        "did you forget parentheses around the comprehension target?", a, b[-1])
                self.pos = comma + 1
                if self.for_if_clauses() is not None:
                    self.raise_syntax_error_known_range(
                        "did you forget parentheses around the comprehension target?", a, comma)
        self.pos = start
        return None

    def invalid_dict_comprehension(self):
        start = self.pos
        types = self.types
        if types[start] == LBRACE and types[start + 1] == DOUBLESTAR:
            self.pos = start + 2
            if (self.bitwise_or() is not None and self.for_if_clauses() is not None
                    and types[self.pos] == RBRACE):
                self.raise_syntax_error_known_location(
                    "dict unpacking cannot be used in dict comprehension", start + 1)
        self.pos = start
        return None

    def invalid_double_starred_kvpairs(self):
        start = self.pos
        types = self.types
        if self.gather(self.double_starred_kvpair) is not None and types[self.pos] == COMMA:
            self.pos += 1
            self.invalid_kvpair()
        self.pos = start
        self.kvpair_errors()
        self.pos = start
        return None

    def kvpair_errors(self):
        """expression ':' '*' bitwise_or | expression ':' &('}'|',')"""
        start = self.pos
        types = self.types
        if self.expression() is not None and types[self.pos] == COLON:
            colon = self.pos
            if types[colon + 1] == STAR:
                self.pos = colon + 2
                if self.bitwise_or() is not None:
                    self.raise_syntax_error_starting_from(
                        "cannot use a starred expression in a dictionary value", colon + 1)
            self.pos = colon + 1
            if types[colon + 1] in (RBRACE, COMMA):
                self.raise_syntax_error_known_location(
                    "expression expected after dictionary key and ':'", colon)
        self.pos = start

    def invalid_kvpair(self):
        start = self.pos
        a = self.expression()
        if a is not None and self.types[self.pos] != COLON:
            self.raise_error_known_location(SyntaxError, "':' expected after dictionary key",
                                            a.lineno, a.end_col_offset, a.end_lineno, 0)
        self.pos = start
        self.kvpair_errors()
        self.pos = start
        return None

    def invalid_group(self):
        start = self.pos
        types = self.types
        if types[start] == LPAR:
            self.pos = start + 1
            a = self.starred_expression()
            if a is not None and types[self.pos] == RPAR:
                self.raise_syntax_error_known_location("cannot use starred expression here", a)
            if types[start + 1] == DOUBLESTAR:
                self.pos = start + 2
                if self.expression() is not None and types[self.pos] == RPAR:
                    self.raise_syntax_error_known_location(
                        "cannot use double starred expression here", start + 1)
        self.pos = start
        return None

    # -- parameters -------------------------------------------------------------------

    def invalid_parameters(self):
        return self.invalid_parameter_list(False)

    def invalid_lambda_parameters(self):
        return self.invalid_parameter_list(True)

    def invalid_parameter_list(self, lam):
        start = self.pos
        types = self.types
        closer = self.closes(lam)
        self.repeat(self.param_no_default, lam)
        if self.invalid_parameters_helper(lam):
            a = self.pos
            if self.param_no_default(lam) is not None:
                self.raise_syntax_error_known_location(
                    "non-default argument follows default argument", self.param_node(a, lam))
        self.pos = start
        self.repeat(self.param_no_default, lam)
        if types[self.pos] == LPAR:
            a = self.pos
            self.pos += 1
            if lam:
                ok = self.gather(lambda: self.param(True)) is not None
            else:
                ok = bool(self.repeat(self.param_no_default, False))
            if ok:
                if types[self.pos] == COMMA:
                    self.pos += 1
                if types[self.pos] == RPAR:
                    what = "Lambda expression" if lam else "Function"
                    self.raise_syntax_error_known_range(
                        f"{what} parameters cannot be parenthesized", a, self.pos)
        self.pos = start
        if types[start] == SLASH and types[start + 1] == COMMA:
            self.raise_syntax_error_known_location("at least one argument must precede /", start)
        if self.slash_no_default(lam) is not None or self.slash_with_default(lam) is not None:
            self.repeat(self.param_maybe_default, lam)
            if types[self.pos] == SLASH:
                self.raise_syntax_error_known_location("/ may appear only once", self.pos)
        self.pos = start
        if self.slash_no_default(lam) is None:
            self.slash_with_default(lam)
        self.repeat(self.param_maybe_default, lam)
        if types[self.pos] == STAR:
            self.pos += 1
            if types[self.pos] == COMMA:
                self.pos += 1
                ok = True
            else:
                ok = self.param_no_default(lam) is not None
            if ok:
                self.repeat(self.param_maybe_default, lam)
                if types[self.pos] == SLASH:
                    self.raise_syntax_error_known_location("/ must be ahead of *", self.pos)
        self.pos = start
        if self.repeat(self.param_maybe_default, lam):
            if types[self.pos] == SLASH and types[self.pos + 1] == STAR:
                self.raise_syntax_error_known_location("expected comma between / and *",
                                                       self.pos + 1)
        self.pos = start
        return None

    def param_node(self, i, lam):
        """The arg node a parameter starting at token i parsed into (for its location)."""
        mark = self.pos
        self.pos = i
        a = self.param(lam)
        self.pos = mark
        return a if a is not None else i

    def invalid_parameters_helper(self, lam):
        """invalid_parameters_helper: slash_with_default | param_with_default+"""
        if self.slash_with_default(lam) is not None:
            return True
        return bool(self.repeat(self.param_with_default, lam))

    def invalid_default(self):
        i = self.pos
        types = self.types
        if types[i] == EQUAL and types[i + 1] in (RPAR, COMMA):
            self.raise_syntax_error_known_location("expected default value expression", i)
        return None

    def invalid_star_etc(self):
        start = self.pos
        types = self.types
        if types[start] != STAR:
            return None
        t = types[start + 1]
        if t == RPAR or (t == COMMA and types[start + 2] in (RPAR, DOUBLESTAR)):
            self.raise_syntax_error_known_location("named arguments must follow bare *", start)
        if t == COMMA and types[start + 2] == TYPE_COMMENT:
            self.pos = start + 3
            self.raise_syntax_error("bare * has associated type comment")
        self.pos = start + 1
        if self.param(False) is not None and types[self.pos] == EQUAL:
            self.raise_syntax_error_known_location(
                "var-positional argument cannot have default value", self.pos)
        self.star_appears_twice(start, False)
        self.pos = start
        return None

    def invalid_double_type_comments(self):
        """invalid_double_type_comments: TYPE_COMMENT NEWLINE TYPE_COMMENT NEWLINE INDENT"""
        i = self.pos
        types = self.types
        if types[i] == TYPE_COMMENT and types[i + 1] == NEWLINE and \
                types[i + 2] == TYPE_COMMENT and types[i + 3] == NEWLINE and \
                types[i + 4] == INDENT:
            self.pos = i + 5
            self.raise_syntax_error("Cannot have two type comments on def")

    def invalid_lambda_star_etc(self):
        start = self.pos
        types = self.types
        if types[start] != STAR:
            return None
        t = types[start + 1]
        if t == COLON or (t == COMMA and types[start + 2] in (COLON, DOUBLESTAR)):
            self.pos = start + (2 if t == COLON else 3)
            self.raise_syntax_error("named arguments must follow bare *")
        self.pos = start + 1
        if self.param(True) is not None and types[self.pos] == EQUAL:
            self.raise_syntax_error_known_location(
                "var-positional argument cannot have default value", self.pos)
        self.star_appears_twice(start, True)
        self.pos = start
        return None

    def star_appears_twice(self, start, lam):
        """'*' (param_no_default | ',') param_maybe_default* '*' (param_no_default | ',')"""
        types = self.types
        self.pos = start + 1
        if types[self.pos] == COMMA:
            self.pos += 1
        elif self.param_no_default(lam) is None:
            return
        self.repeat(self.param_maybe_default, lam)
        if types[self.pos] == STAR:
            a = self.pos
            self.pos += 1
            if types[self.pos] == COMMA or self.param_no_default(lam) is not None:
                self.raise_syntax_error_known_location("* argument may appear only once", a)

    def invalid_kwds(self):
        return self.invalid_keyword_params(False)

    def invalid_lambda_kwds(self):
        return self.invalid_keyword_params(True)

    def invalid_keyword_params(self, lam):
        start = self.pos
        types = self.types
        if types[start] != DOUBLESTAR:
            return None
        self.pos = start + 1
        if self.param(lam) is not None:
            t = types[self.pos]
            if t == EQUAL:
                self.raise_syntax_error_known_location(
                    "var-keyword argument cannot have default value", self.pos)
            if t == COMMA:
                self.pos += 1
                a = self.param(lam)
                if a is not None:
                    self.raise_syntax_error_known_location(
                        "arguments cannot follow var-keyword argument", a)
                if types[self.pos] in (STAR, DOUBLESTAR, SLASH):
                    self.raise_syntax_error_known_location(
                        "arguments cannot follow var-keyword argument", self.pos)
        self.pos = start
        return None

    # -- statements -------------------------------------------------------------------

    def invalid_with_item(self):
        start = self.pos
        types = self.types
        if self.expression() is not None and types[self.pos] == KW_AS:
            self.pos += 1
            a = self.expression()
            if a is not None and types[self.pos] in (COMMA, RPAR, COLON):
                self.raise_invalid_target(STAR_TARGETS, a)
        self.pos = start
        return None

    def invalid_for_target(self):
        start = self.pos
        types = self.types
        i = start + 1 if types[start] == ASYNC else start
        if types[i] == KW_FOR:
            self.pos = i + 1
            a = self.star_expressions()
            if a is not None:
                self.raise_invalid_target(FOR_TARGETS, a)
        self.pos = start
        return None

    def invalid_import_from_targets(self):
        start = self.pos
        types = self.types
        if (self.gather(self.import_from_as_name) is not None and types[self.pos] == COMMA
                and types[self.pos + 1] == NEWLINE):
            self.pos += 2
            self.raise_syntax_error("trailing comma not allowed without surrounding parentheses")
        self.pos = start
        return None

    def with_items_for_errors(self, inner):
        """','.(inner ['as' star_target])+ for the invalid with rules."""
        types = self.types

        def item():
            if inner() is None:
                return None
            if types[self.pos] == KW_AS:
                mark = self.pos
                self.pos += 1
                if self.star_target() is None:
                    self.pos = mark
            return True
        return self.gather(item)

    def with_header_end(self, start):
        """Parse [ASYNC] 'with' items, both forms; yield (with token, position after items)
        for each form that parses, as the invalid with rules try them."""
        types = self.types
        i = start + 1 if types[start] == ASYNC else start
        if types[i] != KW_WITH:
            return
        self.pos = i + 1
        if self.with_items_for_errors(self.expression) is not None:
            yield i, False
        self.pos = i + 1
        if types[i + 1] == LPAR:
            self.pos = i + 2
            if self.with_items_for_errors(self.expressions) is not None:
                if types[self.pos] == COMMA:
                    self.pos += 1
                if types[self.pos] == RPAR:
                    self.pos += 1
                    yield i, True

    def invalid_with_stmt(self):
        start = self.pos
        for _, _ in self.with_header_end(start):
            if self.types[self.pos] == NEWLINE:
                self.pos += 1
                self.raise_syntax_error("expected ':'")
        self.pos = start
        return None

    def invalid_with_stmt_indent(self):
        start = self.pos
        for with_token, _ in self.with_header_end(start):
            if self.types[self.pos] == COLON:
                self.pos += 1
                self.no_indent_after("'with' statement", self.starts[with_token][0])
        self.pos = start
        return None

    def invalid_try_stmt(self):
        start = self.pos
        types = self.types
        if types[start] != KW_TRY:
            return None
        lineno = self.starts[start][0]
        if types[start + 1] == COLON:
            self.pos = start + 2
            self.no_indent_after("'try' statement", lineno)
            self.pos = start + 2
            if self.block() is not None and types[self.pos] not in (KW_EXCEPT, KW_FINALLY):
                self.raise_syntax_error("expected 'except' or 'finally' block")
            for star_first in (False, True):
                self.pos = start + 2
                while self.block() is not None:
                    pass
                rule = self.except_star_block if star_first else self.except_block
                if self.repeat(lambda _lam: rule(), False):
                    a = self.pos
                    if types[a] == KW_EXCEPT:
                        if not star_first and types[a + 1] == STAR:
                            self.pos = a + 2
                            if self.expression() is not None:
                                self.except_as_name()
                                if types[self.pos] == COLON:
                                    self.raise_syntax_error_known_range(
                                        "cannot have both 'except' and 'except*' on the same 'try'",
                                        a, a + 1)
                        elif star_first:
                            self.pos = a + 1
                            if self.expression() is not None:
                                self.except_as_name()
                            if types[self.pos] != COLON:
                                self.pos = a + 1
                            if types[self.pos] == COLON:
                                self.raise_syntax_error_known_location(
                                    "cannot have both 'except' and 'except*' on the same 'try'", a)
        self.pos = start
        return None

    def invalid_except_stmt(self):
        start = self.pos
        types = self.types
        if types[start] != KW_EXCEPT:
            return None
        i = start + 1
        if types[i] == STAR:
            i += 1
        self.pos = i
        a = self.expression()
        if a is not None and types[self.pos] == COMMA:
            self.pos += 1
            if self.expressions() is not None:
                self.except_as_name()
                if types[self.pos] == COLON:
                    self.raise_syntax_error_starting_from(
                        "multiple exception types must be parenthesized", a)
        self.pos = i
        if self.expression() is not None:
            self.except_as_name()
            if types[self.pos] == NEWLINE:
                self.pos += 1
                self.raise_syntax_error("expected ':'")
        if types[start + 1] == NEWLINE:
            self.pos = start + 2
            self.raise_syntax_error("expected ':'")
        if types[start + 1] == STAR and types[start + 2] in (NEWLINE, COLON):
            self.pos = start + 3
            self.raise_syntax_error("expected one or more exception types")
        self.pos = start
        return None

    def invalid_finally_stmt(self):
        start = self.pos
        types = self.types
        if types[start] == KW_FINALLY and types[start + 1] == COLON:
            self.pos = start + 2
            self.no_indent_after("'finally' statement", self.starts[start][0])
        self.pos = start
        return None

    def invalid_except_stmt_indent(self):
        start = self.pos
        types = self.types
        if types[start] != KW_EXCEPT:
            return None
        lineno = self.starts[start][0]
        self.pos = start + 1
        if self.expression() is not None:
            self.except_as_name()
            if types[self.pos] == COLON:
                self.pos += 1
                self.no_indent_after("'except' statement", lineno)
        if types[start + 1] == COLON:
            self.pos = start + 2
            self.no_indent_after("'except' statement", lineno)
        self.pos = start
        return None

    def invalid_except_star_stmt_indent(self):
        start = self.pos
        types = self.types
        if types[start] == KW_EXCEPT and types[start + 1] == STAR:
            self.pos = start + 2
            if self.expression() is not None:
                self.except_as_name()
                if types[self.pos] == COLON:
                    self.pos += 1
                    self.no_indent_after("'except*' statement", self.starts[start][0])
        self.pos = start
        return None

    def invalid_match_stmt(self):
        start = self.pos
        types = self.types
        if self.soft_keyword(start, "match"):
            self.pos = start + 1
            if self.subject_expr() is not None:
                if types[self.pos] == NEWLINE:
                    self.pos += 1
                    self.check_version(10, "Pattern matching is")
                    self.raise_syntax_error("expected ':'")
                if types[self.pos] == COLON:
                    self.pos += 1
                    self.no_indent_after("'match' statement", self.starts[start][0])
        self.pos = start
        return None

    def invalid_case_block(self):
        start = self.pos
        types = self.types
        if self.soft_keyword(start, "case"):
            self.pos = start + 1
            if self.patterns() is not None:
                self.guard()
                if types[self.pos] == NEWLINE:
                    self.pos += 1
                    self.raise_syntax_error("expected ':'")
                if types[self.pos] == COLON:
                    self.pos += 1
                    self.no_indent_after("'case' statement", self.starts[start][0])
        self.pos = start
        return None

    def invalid_as_pattern(self):
        start = self.pos
        types = self.types
        if self.or_pattern() is not None and types[self.pos] == KW_AS:
            a = self.pos + 1
            if self.soft_keyword(a, "_"):
                self.raise_syntax_error_known_location("cannot use '_' as a target", a)
            if types[a] != NAME:
                self.pos = a
                e = self.expression()
                if e is not None:
                    self.raise_syntax_error_known_location("invalid pattern target", e)
        self.pos = start
        return None

    def invalid_class_pattern(self):
        start = self.pos
        types = self.types
        if self.name_or_attr() is not None and types[self.pos] == LPAR:
            self.pos += 1
            a = self.invalid_class_argument_pattern()
            if a is not None:
                self.raise_syntax_error_known_range(
                    "positional patterns follow keyword patterns", a[0], a[-1])
        self.pos = start
        return None

    def invalid_class_argument_pattern(self):
        """[positional_patterns ','] keyword_patterns ',' positional_patterns"""
        start = self.pos
        types = self.types
        if self.gather(self.pattern) is None or types[self.pos] != COMMA:
            self.pos = start
        else:
            self.pos += 1
        if self.gather(self.keyword_pattern) is not None and types[self.pos] == COMMA:
            self.pos += 1
            a = self.gather(self.pattern)
            if a is not None:
                return a
        self.pos = start
        return None

    def block_opener_errors(self, keyword, what, header):
        """The two invalid rules shared by if/elif/while: `keyword header NEWLINE` ->
        "expected ':'", `keyword header ':' NEWLINE !INDENT` -> IndentationError."""
        start = self.pos
        types = self.types
        if types[start] != keyword:
            return None
        self.pos = start + 1
        a = header()
        if a is not None:
            if types[self.pos] == NEWLINE:
                self.pos += 1
                self.raise_syntax_error("expected ':'")
            if types[self.pos] == COLON:
                self.pos += 1
                # invalid_if_stmt rebinds `a` to the condition: its line is reported.
                lineno = a.lineno if keyword == KW_IF else self.starts[start][0]
                self.no_indent_after(what, lineno)
        self.pos = start
        return None

    def invalid_if_stmt(self):
        return self.block_opener_errors(KW_IF, "'if' statement", self.named_expression)

    def invalid_elif_stmt(self):
        return self.block_opener_errors(KW_ELIF, "'elif' statement", self.named_expression)

    def invalid_while_stmt(self):
        return self.block_opener_errors(KW_WHILE, "'while' statement", self.named_expression)

    def invalid_else_stmt(self):
        start = self.pos
        types = self.types
        if types[start] == KW_ELSE and types[start + 1] == COLON:
            self.pos = start + 2
            self.no_indent_after("'else' statement", self.starts[start][0])
        self.pos = start
        return None

    def invalid_for_stmt(self):
        start = self.pos
        types = self.types
        i = start + 1 if types[start] == ASYNC else start
        if types[i] == KW_FOR:
            self.pos = i + 1
            if self.star_targets() is not None and types[self.pos] == KW_IN:
                self.pos += 1
                if self.star_expressions() is not None:
                    if types[self.pos] == NEWLINE:
                        self.pos += 1
                        self.raise_syntax_error("expected ':'")
                    if types[self.pos] == COLON:
                        self.pos += 1
                        self.no_indent_after("'for' statement", self.starts[i][0])
        self.pos = start
        return None

    def invalid_def_raw(self):
        start = self.pos
        types = self.types
        i = start + 1 if types[start] == ASYNC else start
        if types[i] == KW_DEF and types[i + 1] == NAME and types[i + 2] == LPAR:
            self.pos = i + 3
            self.params()
            if types[self.pos] == RPAR:
                self.pos += 1
                if types[self.pos] == RARROW:
                    mark = self.pos
                    self.pos += 1
                    if self.expression() is None:
                        self.pos = mark
                if types[self.pos] == COLON:
                    self.pos += 1
                    self.no_indent_after("function definition", self.starts[i][0])
        self.pos = start
        return None

    def invalid_class_def_raw(self):
        start = self.pos
        types = self.types
        if types[start] == KW_CLASS and types[start + 1] == NAME:
            self.pos = start + 2
            if types[self.pos] == LPAR:
                mark = self.pos
                self.pos += 1
                self.arguments()
                if types[self.pos] == RPAR:
                    self.pos += 1
                else:
                    self.pos = mark
            if types[self.pos] == NEWLINE:
                self.pos += 1
                self.raise_syntax_error("expected ':'")
            if types[self.pos] == COLON:
                self.pos += 1
                self.no_indent_after("class definition", self.starts[start][0])
        self.pos = start
        return None
