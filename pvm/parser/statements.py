"""Parser stage, statement rules of Grammar/python.gram (3.11): the start rules, simple
statements, imports, blocks and the compound statements (match is in patterns.py,
parameters in params.py).

Statements dispatch on their first token the way the grammar's lookaheads (&'if',
&('def' | '@' | ASYNC), ...) do. In the first pass an assignment or expression
statement is parsed once as star_expressions and, if '=' or an augmented operator or
':' follows, checked and converted into its target (targets.py says why that accepts
exactly what the grammar's `assignment` accepts); the error passes run `assignment`
alternative by alternative, as pegen does, so its invalid_ rules fire in order.
"""

import ast

from pvm.lexer import tokens as T
from pvm.parser.core import (
    ASYNC, DEDENT, ENDMARKER, INDENT, KW_AS, KW_ASSERT, KW_BREAK, KW_CLASS, KW_CONTINUE,
    KW_DEF, KW_DEL, KW_ELIF, KW_ELSE, KW_EXCEPT, KW_FINALLY, KW_FOR, KW_FROM, KW_GLOBAL,
    KW_IF, KW_IMPORT, KW_IN, KW_NONLOCAL, KW_PASS, KW_RAISE, KW_RETURN, KW_TRY, KW_WHILE,
    KW_WITH, KW_YIELD, NAME, NEWLINE, STORE, identifier)
from pvm.parser.targets import single_store_target, store_target

COMMA, LPAR, RPAR, COLON, SEMI, DOT = T.COMMA, T.LPAR, T.RPAR, T.COLON, T.SEMI, T.DOT
EQUAL, STAR, AT, RARROW, ELLIPSIS = T.EQUAL, T.STAR, T.AT, T.RARROW, T.ELLIPSIS
DOUBLESTAR, TYPE_COMMENT = T.DOUBLESTAR, T.TYPE_COMMENT

AUGMENTED_OPERATORS = {
    T.PLUSEQUAL: ast.Add(), T.MINEQUAL: ast.Sub(), T.STAREQUAL: ast.Mult(),
    T.ATEQUAL: ast.MatMult(), T.SLASHEQUAL: ast.Div(), T.PERCENTEQUAL: ast.Mod(),
    T.AMPEREQUAL: ast.BitAnd(), T.VBAREQUAL: ast.BitOr(), T.CIRCUMFLEXEQUAL: ast.BitXor(),
    T.LEFTSHIFTEQUAL: ast.LShift(), T.RIGHTSHIFTEQUAL: ast.RShift(),
    T.DOUBLESTAREQUAL: ast.Pow(), T.DOUBLESLASHEQUAL: ast.FloorDiv(),
}
# First tokens of compound statements (compound_stmt's lookaheads; match is soft).
COMPOUND_START = frozenset((KW_DEF, AT, ASYNC, KW_IF, KW_CLASS, KW_WITH, KW_FOR, KW_TRY,
                            KW_WHILE))
# Simple statements that start with their own keyword (simple_stmt's lookaheads);
# neither `assignment` nor star_expressions can start with one of these.
KEYWORD_STATEMENTS = frozenset((KW_RETURN, KW_IMPORT, KW_FROM, KW_RAISE, KW_PASS, KW_DEL,
                                KW_ASSERT, KW_BREAK, KW_CONTINUE, KW_GLOBAL, KW_NONLOCAL))

_Expr, _Assign = ast.Expr, ast.Assign


class StatementRules:
    """Statement rules (mixed into pvm.parser.driver.Parser)."""

    # -- start rules ------------------------------------------------------------

    def file(self):
        """file: [statements] ENDMARKER"""
        body = self.statements() or []
        if self.types[self.pos] != ENDMARKER:
            return None
        # The `# type: ignore` comments the tokenizer met (pegen's type_ignore_comments).
        ignores = [ast.TypeIgnore(lineno=lineno, tag=tag) for lineno, tag in self.type_ignores]
        return ast.Module(body=body, type_ignores=ignores)

    def interactive(self):
        """interactive: statement_newline"""
        body = self.statement_newline()
        if body is None:
            return None
        return ast.Interactive(body=body)

    def eval(self):
        """eval: expressions NEWLINE* ENDMARKER"""
        a = self.expressions()
        if a is None:
            return None
        types = self.types
        while types[self.pos] == NEWLINE:
            self.pos += 1
        if types[self.pos] != ENDMARKER:
            return None
        return ast.Expression(body=a)

    def func_type(self):
        """func_type: '(' [type_expressions] ')' '->' expression NEWLINE* ENDMARKER"""
        types = self.types
        if types[self.pos] != LPAR:
            return None
        self.pos += 1
        argtypes = self.type_expressions() or []
        if types[self.pos] != RPAR or types[self.pos + 1] != RARROW:
            return None
        self.pos += 2
        returns = self.expression()
        if returns is None:
            return None
        while types[self.pos] == NEWLINE:
            self.pos += 1
        if types[self.pos] != ENDMARKER:
            return None
        return ast.FunctionType(argtypes=argtypes, returns=returns)

    def fstring(self):
        """fstring: star_expressions"""
        return self.star_expressions()

    def type_expressions(self):
        """type_expressions: the argument types of a func_type comment, where '*' and
        '**' are allowed and dropped."""
        types = self.types
        start = self.pos
        a = self.gather(self.expression)
        if a is not None:
            if types[self.pos] == COMMA and types[self.pos + 1] in (STAR, DOUBLESTAR):
                mark = self.pos
                star = types[mark + 1]
                self.pos = mark + 2
                b = self.expression()
                if b is not None:
                    if star == STAR and types[self.pos] == COMMA and types[self.pos + 1] == DOUBLESTAR:
                        mark2 = self.pos
                        self.pos += 2
                        c = self.expression()
                        if c is not None:
                            return a + [b, c]
                        self.pos = mark2
                    return a + [b]
                self.pos = mark
            return a
        self.pos = start
        t = types[start]
        if t in (STAR, DOUBLESTAR):
            self.pos = start + 1
            a = self.expression()
            if a is not None:
                if t == STAR and types[self.pos] == COMMA and types[self.pos + 1] == DOUBLESTAR:
                    mark = self.pos
                    self.pos += 2
                    b = self.expression()
                    if b is not None:
                        return [a, b]
                    self.pos = mark
                return [a]
            self.pos = start
        return None

    # -- statement lists -------------------------------------------------------

    def statements(self):
        """statements: statement+ (flattened)"""
        body = []
        types = self.types
        while True:
            t = types[self.pos]
            if t in COMPOUND_START or t == NAME:
                s = self.compound_stmt()
                if s is not None:
                    body.append(s)
                    continue
            ss = self.simple_stmts()
            if ss is None:
                break
            body.extend(ss)
        return body or None

    def statement(self):
        """statement: compound_stmt | simple_stmts  -> list of statements"""
        s = self.compound_stmt()
        if s is not None:
            return [s]
        return self.simple_stmts()

    def statement_newline(self):
        """statement_newline: compound_stmt NEWLINE | simple_stmts | NEWLINE | ENDMARKER"""
        types = self.types
        start = self.pos
        s = self.compound_stmt()
        if s is not None:
            if types[self.pos] == NEWLINE:
                self.pos += 1
                return [s]
            self.pos = start
        ss = self.simple_stmts()
        if ss is not None:
            return ss
        if types[start] == NEWLINE:
            self.pos = start + 1
            end_lineno, end_col = self.last_end()
            lineno, col = self.starts[start]
            return [ast.Pass(lineno=lineno, col_offset=col, end_lineno=end_lineno,
                             end_col_offset=end_col)]
        # ENDMARKER: _PyPegen_interactive_exit, a failure.
        return None

    def simple_stmts(self):
        """simple_stmts: simple_stmt !';' NEWLINE | ';'.simple_stmt+ [';'] NEWLINE"""
        start = self.pos
        s = self.simple_stmt()
        if s is None:
            return None
        types = self.types
        if types[self.pos] == NEWLINE:
            self.pos += 1
            return [s]
        stmts = [s]
        while types[self.pos] == SEMI:
            mark = self.pos
            self.pos += 1
            s = self.simple_stmt()
            if s is None:
                self.pos = mark
                break
            stmts.append(s)
        if types[self.pos] == SEMI:
            self.pos += 1
        if types[self.pos] == NEWLINE:
            self.pos += 1
            return stmts
        self.pos = start
        return None

    def simple_stmt(self):
        """simple_stmt (memo):
            | assignment | star_expressions | &'return' return_stmt
            | &('import' | 'from') import_stmt | &'raise' raise_stmt | 'pass'
            | &'del' del_stmt | &'yield' yield_stmt | &'assert' assert_stmt
            | 'break' | 'continue' | &'global' global_stmt | &'nonlocal' nonlocal_stmt"""
        start = self.pos
        t = self.types[start]
        if t in KEYWORD_STATEMENTS:
            return self.keyword_statement(t, start)
        if t == KW_YIELD:
            if self.call_invalid_rules:
                self.invalid_assignment()
            return self.yield_stmt()
        if not self.faithful:
            return self.expression_statement()
        a = self.assignment()
        if a is not None:
            return a
        e = self.star_expressions()
        if e is None:
            return None
        return self.stmt_node(_Expr, start, {"value": e})

    def stmt_node(self, cls, start, fields):
        n = cls()
        (fields["lineno"], fields["col_offset"]) = self.starts[start]
        (fields["end_lineno"], fields["end_col_offset"]) = self.ends[self.pos - 1]
        n.__dict__ = fields
        return n

    def keyword_statement(self, t, start):
        """The simple statements that start with their own keyword."""
        if t == KW_PASS:
            self.pos = start + 1
            return self.stmt_node(ast.Pass, start, {})
        if t == KW_RETURN:
            return self.return_stmt()
        if t == KW_IMPORT or t == KW_FROM:
            return self.import_stmt()
        if t == KW_RAISE:
            return self.raise_stmt()
        if t == KW_DEL:
            return self.del_stmt()
        if t == KW_ASSERT:
            return self.assert_stmt()
        if t == KW_BREAK:
            self.pos = start + 1
            return self.stmt_node(ast.Break, start, {})
        if t == KW_CONTINUE:
            self.pos = start + 1
            return self.stmt_node(ast.Continue, start, {})
        if t == KW_GLOBAL:
            return self.global_stmt()
        return self.nonlocal_stmt()

    # -- assignment -------------------------------------------------------------

    def expression_statement(self):
        """First pass: an assignment or expression statement, parsed as star_expressions
        first and turned into the grammar's Assign/AugAssign/AnnAssign when the token
        after it says so."""
        start = self.pos
        types = self.types
        e = self.star_expressions()
        if e is None:
            return None
        t = types[self.pos]
        if t == EQUAL:
            return self.assign_rest(start, e)
        op = self.augassign()
        if op is not None:
            if not single_store_target(e):
                self.pos = start
                return None
            value = self.yield_expr() or self.star_expressions()
            if value is None:
                self.pos = start
                return None
            return self.stmt_node(ast.AugAssign, start, {"target": e, "op": op, "value": value})
        if t == COLON:
            if types[start] == LPAR:
                # ('(' single_target ')' | single_subscript_attribute_target) is a group
                # that commits to its first success: `(a).b: int` is refused. Let the
                # grammar's rule decide.
                self.pos = start
                return self.assignment()
            simple = 1 if types[start] == NAME and type(e) is ast.Name else 0
            if not single_store_target(e):
                self.pos = start
                return None
            return self.annotated_rest(start, e, simple)
        n = _Expr()
        lineno, col = self.starts[start]
        end_lineno, end_col = self.ends[self.pos - 1]
        n.__dict__ = {"value": e, "lineno": lineno, "col_offset": col, "end_lineno": end_lineno,
                      "end_col_offset": end_col}
        return n

    def assign_rest(self, start, target):
        """(star_targets '=')+ (yield_expr | star_expressions) !'=' once the first target
        has been parsed as an expression."""
        types = self.types
        targets = [target]
        if not store_target(target):
            self.pos = start
            return None
        while True:
            self.pos += 1
            value = self.yield_expr() or self.star_expressions()
            if value is None:
                self.pos = start
                return None
            if types[self.pos] != EQUAL:
                break
            if not store_target(value):
                self.pos = start
                return None
            targets.append(value)
        comment = self.type_comment() if types[self.pos] == TYPE_COMMENT else None
        n = _Assign()
        lineno, col = self.starts[start]
        end_lineno, end_col = self.ends[self.pos - 1]
        n.__dict__ = {"targets": targets, "value": value, "type_comment": comment, "lineno": lineno,
                      "col_offset": col, "end_lineno": end_lineno, "end_col_offset": end_col}
        return n

    def annotated_rest(self, start, target, simple):
        """':' expression ['=' annotated_rhs] after an annotated assignment's target."""
        types = self.types
        self.pos += 1
        annotation = self.expression()
        if annotation is None:
            self.pos = start
            return None
        value = None
        if types[self.pos] == EQUAL:
            mark = self.pos
            self.pos += 1
            value = self.annotated_rhs()
            if value is None:
                self.pos = mark
        self.check_version(6, "Variable annotation syntax is" if simple
                           else "Variable annotations syntax is")
        return self.stmt_node(ast.AnnAssign, start, {"target": target, "annotation": annotation,
                                                     "value": value, "simple": simple})

    def assignment(self):
        """assignment:
            | NAME ':' expression ['=' annotated_rhs]
            | ('(' single_target ')' | single_subscript_attribute_target) ':' expression
              ['=' annotated_rhs]
            | (star_targets '=')+ (yield_expr | star_expressions) !'=' [TYPE_COMMENT]
            | single_target augassign ~ (yield_expr | star_expressions)
            | invalid_assignment"""
        start = self.pos
        types = self.types
        if types[start] == NAME and types[start + 1] == COLON:
            self.pos = start + 1
            target = self.name_node(start)
            target.ctx = STORE
            a = self.annotated_rest(start, target, 1)
            if a is not None:
                return a
        self.pos = start
        if types[start] == LPAR:
            self.pos = start + 1
            target = self.single_target()
            if target is not None and types[self.pos] == RPAR:
                self.pos += 1
            else:
                target = None
        else:
            target = self.single_subscript_attribute_target()
        if target is not None and types[self.pos] == COLON:
            a = self.annotated_rest(start, target, 0)
            if a is not None:
                return a
        self.pos = start
        a = self.assignment_with_targets(start)
        if a is not None:
            return a
        self.pos = start
        target = self.single_target()
        if target is not None:
            op = self.augassign()
            if op is not None:
                value = self.yield_expr() or self.star_expressions()
                if value is None:
                    # The cut: invalid_assignment is not tried.
                    self.pos = start
                    return None
                return self.stmt_node(ast.AugAssign, start, {"target": target, "op": op,
                                                             "value": value})
        self.pos = start
        if self.call_invalid_rules:
            self.invalid_assignment()
        return None

    def augassign(self):
        """augassign: '+=' | '-=' | ... -> the operator (consumed), or None."""
        t = self.types[self.pos]
        op = AUGMENTED_OPERATORS.get(t)
        if op is not None:
            self.pos += 1
            if t == T.ATEQUAL:
                self.check_version(5, "The '@' operator is")
        return op

    def assignment_with_targets(self, start):
        """(star_targets '=')+ (yield_expr | star_expressions) !'=' [TYPE_COMMENT]"""
        types = self.types
        targets = []
        while True:
            mark = self.pos
            t = self.star_targets()
            if t is None or types[self.pos] != EQUAL:
                self.pos = mark
                break
            self.pos += 1
            targets.append(t)
        if not targets:
            return None
        value = self.yield_expr() or self.star_expressions()
        if value is None or types[self.pos] == EQUAL:
            return None
        comment = self.type_comment()
        return self.stmt_node(_Assign, start, {"targets": targets, "value": value,
                                               "type_comment": comment})

    def type_comment(self):
        """[TYPE_COMMENT]: its text (NEW_TYPE_COMMENT), consumed, or None. The lexer
        makes these tokens only when type comments are asked for."""
        i = self.pos
        if self.types[i] != TYPE_COMMENT:
            return None
        self.pos = i + 1
        return self.strs[i]

    def func_type_comment(self):
        """func_type_comment:
            | NEWLINE TYPE_COMMENT &(NEWLINE INDENT)
            | invalid_double_type_comments
            | TYPE_COMMENT"""
        i = self.pos
        types = self.types
        if types[i] == NEWLINE and types[i + 1] == TYPE_COMMENT and \
                types[i + 2] == NEWLINE and types[i + 3] == INDENT:
            self.pos = i + 2
            return self.strs[i + 1]
        if self.call_invalid_rules:
            self.invalid_double_type_comments()
        return self.type_comment()

    def annotated_rhs(self):
        """annotated_rhs: yield_expr | star_expressions"""
        return self.yield_expr() or self.star_expressions()

    # -- simple statements ------------------------------------------------------

    def return_stmt(self):
        """return_stmt: 'return' [star_expressions]"""
        start = self.pos
        self.pos += 1
        value = self.star_expressions()
        return self.stmt_node(ast.Return, start, {"value": value})

    def raise_stmt(self):
        """raise_stmt: 'raise' expression ['from' expression] | 'raise'"""
        start = self.pos
        self.pos += 1
        exc = self.expression()
        cause = None
        if exc is not None and self.types[self.pos] == KW_FROM:
            mark = self.pos
            self.pos += 1
            cause = self.expression()
            if cause is None:
                self.pos = mark
        return self.stmt_node(ast.Raise, start, {"exc": exc, "cause": cause})

    def global_stmt(self):
        """global_stmt: 'global' ','.NAME+"""
        return self.name_list_statement(ast.Global)

    def nonlocal_stmt(self):
        """nonlocal_stmt: 'nonlocal' ','.NAME+"""
        return self.name_list_statement(ast.Nonlocal)

    def name_list_statement(self, cls):
        start = self.pos
        types = self.types
        i = start + 1
        if types[i] != NAME:
            return None
        names = [identifier(self.strs[i])]
        i += 1
        while types[i] == COMMA and types[i + 1] == NAME:
            names.append(identifier(self.strs[i + 1]))
            i += 2
        self.pos = i
        return self.stmt_node(cls, start, {"names": names})

    def del_stmt(self):
        """del_stmt: 'del' del_targets &(';' | NEWLINE) | invalid_del_stmt"""
        start = self.pos
        self.pos = start + 1
        targets = self.del_targets()
        if targets is not None and self.types[self.pos] in (SEMI, NEWLINE):
            return self.stmt_node(ast.Delete, start, {"targets": targets})
        self.pos = start
        if self.call_invalid_rules:
            self.invalid_del_stmt()
        return None

    def yield_stmt(self):
        """yield_stmt: yield_expr"""
        start = self.pos
        y = self.yield_expr()
        if y is None:
            return None
        return self.stmt_node(_Expr, start, {"value": y})

    def assert_stmt(self):
        """assert_stmt: 'assert' expression [',' expression]"""
        start = self.pos
        self.pos += 1
        test = self.expression()
        if test is None:
            self.pos = start
            return None
        msg = None
        if self.types[self.pos] == COMMA:
            mark = self.pos
            self.pos += 1
            msg = self.expression()
            if msg is None:
                self.pos = mark
        return self.stmt_node(ast.Assert, start, {"test": test, "msg": msg})

    # -- imports ----------------------------------------------------------------

    def import_stmt(self):
        """import_stmt: import_name | import_from"""
        if self.types[self.pos] == KW_IMPORT:
            return self.import_name()
        return self.import_from()

    def import_name(self):
        """import_name: 'import' dotted_as_names"""
        start = self.pos
        self.pos += 1
        names = self.gather(self.dotted_as_name)
        if names is None:
            self.pos = start
            return None
        return self.stmt_node(ast.Import, start, {"names": names})

    def import_from(self):
        """import_from:
            | 'from' ('.' | '...')* dotted_name 'import' import_from_targets
            | 'from' ('.' | '...')+ 'import' import_from_targets"""
        start = self.pos
        types = self.types
        i = start + 1
        level = 0
        while True:
            t = types[i]
            if t == DOT:
                level += 1
            elif t == ELLIPSIS:
                level += 3
            else:
                break
            i += 1
        self.pos = i
        module = self.dotted_name()
        if module is not None and types[self.pos] == KW_IMPORT:
            self.pos += 1
            names = self.import_from_targets()
            if names is not None:
                return self.stmt_node(ast.ImportFrom, start, {"module": module, "names": names,
                                                              "level": level})
        if level and types[i] == KW_IMPORT:
            self.pos = i + 1
            names = self.import_from_targets()
            if names is not None:
                return self.stmt_node(ast.ImportFrom, start, {"module": None, "names": names,
                                                              "level": level})
        self.pos = start
        return None

    def import_from_targets(self):
        """import_from_targets:
            | '(' import_from_as_names [','] ')' | import_from_as_names !',' | '*'
            | invalid_import_from_targets"""
        start = self.pos
        types = self.types
        t = types[start]
        if t == LPAR:
            self.pos = start + 1
            names = self.gather(self.import_from_as_name)
            if names is not None:
                if types[self.pos] == COMMA:
                    self.pos += 1
                if types[self.pos] == RPAR:
                    self.pos += 1
                    return names
            self.pos = start
        names = self.gather(self.import_from_as_name)
        if names is not None and types[self.pos] != COMMA:
            return names
        self.pos = start
        if t == STAR:
            self.pos = start + 1
            return [self.stmt_node(ast.alias, start, {"name": "*", "asname": None})]
        if self.call_invalid_rules:
            self.invalid_import_from_targets()
        return None

    def import_from_as_name(self):
        """import_from_as_name: NAME ['as' NAME]"""
        start = self.pos
        types = self.types
        if types[start] != NAME:
            return None
        asname = None
        self.pos = start + 1
        if types[start + 1] == KW_AS and types[start + 2] == NAME:
            asname = identifier(self.strs[start + 2])
            self.pos = start + 3
        return self.stmt_node(ast.alias, start, {"name": identifier(self.strs[start]),
                                                 "asname": asname})

    def dotted_as_name(self):
        """dotted_as_name: dotted_name ['as' NAME]"""
        start = self.pos
        name = self.dotted_name()
        if name is None:
            return None
        types = self.types
        asname = None
        i = self.pos
        if types[i] == KW_AS and types[i + 1] == NAME:
            asname = identifier(self.strs[i + 1])
            self.pos = i + 2
        return self.stmt_node(ast.alias, start, {"name": name, "asname": asname})

    def dotted_name(self):
        """dotted_name: dotted_name '.' NAME | NAME  -> the dotted string"""
        i = self.pos
        types = self.types
        if types[i] != NAME:
            return None
        parts = [identifier(self.strs[i])]
        i += 1
        while types[i] == DOT and types[i + 1] == NAME:
            parts.append(identifier(self.strs[i + 1]))
            i += 2
        self.pos = i
        return ".".join(parts)

    # -- blocks and compound statements -------------------------------------------

    def compound_stmt(self):
        """compound_stmt: &('def' | '@' | ASYNC) function_def | &'if' if_stmt
            | &('class' | '@') class_def | &('with' | ASYNC) with_stmt
            | &('for' | ASYNC) for_stmt | &'try' try_stmt | &'while' while_stmt | match_stmt"""
        t = self.types[self.pos]
        if t == KW_IF:
            return self.if_stmt()
        if t == KW_DEF:
            return self.function_def()
        if t == KW_CLASS:
            return self.class_def()
        if t == KW_FOR:
            return self.for_stmt()
        if t == KW_WHILE:
            return self.while_stmt()
        if t == KW_TRY:
            return self.try_stmt()
        if t == KW_WITH:
            return self.with_stmt()
        if t == AT:
            return self.function_def() or self.class_def()
        if t == ASYNC:
            return self.function_def() or self.with_stmt() or self.for_stmt()
        if t == NAME and self.strs[self.pos] == "match":
            return self.match_stmt()
        return None

    def block(self):
        """block (memo): NEWLINE INDENT statements DEDENT | simple_stmts | invalid_block"""
        start = self.pos
        memo = self.memo_table("block") if self.faithful else None
        if memo is not None and start in memo:
            result, self.pos = memo[start]
            return result
        types = self.types
        result = None
        if types[start] == NEWLINE:
            if types[start + 1] == INDENT:
                self.pos = start + 2
                body = self.statements()
                if body is not None and types[self.pos] == DEDENT:
                    self.pos += 1
                    result = body
                else:
                    self.pos = start
        if result is None:
            result = self.simple_stmts()
            if result is None and self.call_invalid_rules:
                self.invalid_block()
        if memo is not None:
            memo[start] = (result, self.pos)
        return result

    def decorators(self):
        """decorators: ('@' named_expression NEWLINE)+"""
        types = self.types
        decorators = []
        while types[self.pos] == AT:
            mark = self.pos
            self.pos += 1
            d = self.named_expression()
            if d is None or types[self.pos] != NEWLINE:
                self.pos = mark
                break
            self.pos += 1
            decorators.append(d)
        return decorators or None

    def class_def(self):
        """class_def: decorators class_def_raw | class_def_raw"""
        start = self.pos
        if self.types[start] == AT:
            decorators = self.decorators()
            if decorators is not None:
                c = self.class_def_raw()
                if c is not None:
                    c.decorator_list = decorators
                    return c
            self.pos = start
            return None
        return self.class_def_raw()

    def class_def_raw(self):
        """class_def_raw: invalid_class_def_raw
            | 'class' NAME ['(' [arguments] ')'] ':' block"""
        if self.call_invalid_rules:
            self.invalid_class_def_raw()
        start = self.pos
        types = self.types
        if types[start] != KW_CLASS or types[start + 1] != NAME:
            return None
        self.pos = start + 2
        bases, keywords = [], []
        if types[self.pos] == LPAR:
            mark = self.pos
            self.pos += 1
            b = self.arguments()
            if types[self.pos] == RPAR:
                self.pos += 1
                if b is not None:
                    bases, keywords = b
            else:
                self.pos = mark
        if types[self.pos] != COLON:
            self.pos = start
            return None
        self.pos += 1
        body = self.block()
        if body is None:
            self.pos = start
            return None
        return self.compound_node(ast.ClassDef, start, {
            "name": identifier(self.strs[start + 1]), "bases": bases, "keywords": keywords,
            "body": body, "decorator_list": []})

    def compound_node(self, cls, start, fields):
        """A node spanning from token `start` to the last token of its block."""
        n = cls()
        (fields["lineno"], fields["col_offset"]) = self.starts[start]
        (fields["end_lineno"], fields["end_col_offset"]) = self.last_end()
        n.__dict__ = fields
        return n

    def function_def(self):
        """function_def: decorators function_def_raw | function_def_raw"""
        start = self.pos
        if self.types[start] == AT:
            decorators = self.decorators()
            if decorators is not None:
                f = self.function_def_raw()
                if f is not None:
                    f.decorator_list = decorators
                    return f
            self.pos = start
            return None
        return self.function_def_raw()

    def function_def_raw(self):
        """function_def_raw: invalid_def_raw
            | 'def' NAME &&'(' [params] ')' ['->' expression] &&':' [func_type_comment] block
            | ASYNC 'def' NAME &&'(' [params] ')' ['->' expression] &&':' [func_type_comment] block"""
        if self.call_invalid_rules:
            self.invalid_def_raw()
        start = self.pos
        types = self.types
        i = start
        is_async = types[i] == ASYNC
        if is_async:
            i += 1
        if types[i] != KW_DEF or types[i + 1] != NAME:
            return None
        name = identifier(self.strs[i + 1])
        self.pos = i + 2
        self.expect_forced(LPAR, "(")
        params = self.params()
        if types[self.pos] != RPAR:
            self.pos = start
            return None
        self.pos += 1
        returns = None
        if types[self.pos] == RARROW:
            mark = self.pos
            self.pos += 1
            returns = self.expression()
            if returns is None:
                self.pos = mark
        self.expect_forced(COLON, ":")
        comment = self.func_type_comment()
        body = self.block()
        if body is None:
            self.pos = start
            return None
        if params is None:
            params = self.empty_arguments()
        if is_async:
            self.check_version(5, "Async functions are")
        return self.compound_node(ast.AsyncFunctionDef if is_async else ast.FunctionDef, start, {
            "name": name, "args": params, "body": body, "decorator_list": [], "returns": returns,
            "type_comment": comment})

    def expect_forced(self, kind, text):
        """&&'x': the token must be there, else "expected 'x'" at once, in any pass."""
        i = self.pos
        if self.types[i] != kind:
            self.raise_syntax_error_known_location(f"expected '{text}'", i)
        self.pos = i + 1

    def if_stmt(self):
        """if_stmt: invalid_if_stmt
            | 'if' named_expression ':' block elif_stmt
            | 'if' named_expression ':' block [else_block]"""
        return self.if_or_elif(KW_IF)

    def elif_stmt(self):
        """elif_stmt: invalid_elif_stmt
            | 'elif' named_expression ':' block elif_stmt
            | 'elif' named_expression ':' block [else_block]"""
        return self.if_or_elif(KW_ELIF)

    def if_or_elif(self, keyword):
        if self.call_invalid_rules:
            if keyword == KW_IF:
                self.invalid_if_stmt()
            else:
                self.invalid_elif_stmt()
        start = self.pos
        types = self.types
        if types[start] != keyword:
            return None
        self.pos = start + 1
        test = self.named_expression()
        if test is None or types[self.pos] != COLON:
            self.pos = start
            return None
        self.pos += 1
        body = self.block()
        if body is None:
            self.pos = start
            return None
        orelse = None
        if types[self.pos] == KW_ELIF or self.call_invalid_rules:
            e = self.elif_stmt()
            if e is not None:
                orelse = [e]
        if orelse is None:
            orelse = self.else_block() or []
        return self.compound_node(ast.If, start, {"test": test, "body": body, "orelse": orelse})

    def else_block(self):
        """else_block: invalid_else_stmt | 'else' &&':' block"""
        if self.call_invalid_rules:
            self.invalid_else_stmt()
        start = self.pos
        if self.types[start] != KW_ELSE:
            return None
        self.pos = start + 1
        self.expect_forced(COLON, ":")
        body = self.block()
        if body is None:
            self.pos = start
        return body

    def while_stmt(self):
        """while_stmt: invalid_while_stmt | 'while' named_expression ':' block [else_block]"""
        if self.call_invalid_rules:
            self.invalid_while_stmt()
        start = self.pos
        types = self.types
        self.pos = start + 1
        test = self.named_expression()
        if test is None or types[self.pos] != COLON:
            self.pos = start
            return None
        self.pos += 1
        body = self.block()
        if body is None:
            self.pos = start
            return None
        orelse = self.else_block() or []
        return self.compound_node(ast.While, start, {"test": test, "body": body, "orelse": orelse})

    def for_stmt(self):
        """for_stmt: invalid_for_stmt
            | 'for' star_targets 'in' ~ star_expressions ':' [TYPE_COMMENT] block [else_block]
            | ASYNC 'for' star_targets 'in' ~ star_expressions ':' [TYPE_COMMENT] block [else_block]
            | invalid_for_target"""
        if self.call_invalid_rules:
            self.invalid_for_stmt()
        start = self.pos
        types = self.types
        is_async = types[start] == ASYNC
        i = start + 1 if is_async else start
        if types[i] != KW_FOR:
            return None
        self.pos = i + 1
        target = self.star_targets()
        if target is not None and types[self.pos] == KW_IN:
            self.pos += 1
            # The cut: from here on a failure ends the rule.
            it = self.star_expressions()
            if it is None or types[self.pos] != COLON:
                self.pos = start
                return None
            self.pos += 1
            comment = self.type_comment()
            body = self.block()
            if body is None:
                self.pos = start
                return None
            orelse = self.else_block() or []
            if is_async:
                self.check_version(5, "Async for loops are")
            return self.compound_node(ast.AsyncFor if is_async else ast.For, start, {
                "target": target, "iter": it, "body": body, "orelse": orelse,
                "type_comment": comment})
        self.pos = start
        if self.call_invalid_rules:
            self.invalid_for_target()
        return None

    def with_stmt(self):
        """with_stmt: invalid_with_stmt_indent
            | 'with' '(' ','.with_item+ ','? ')' ':' block
            | 'with' ','.with_item+ ':' [TYPE_COMMENT] block
            | ASYNC 'with' '(' ','.with_item+ ','? ')' ':' block
            | ASYNC 'with' ','.with_item+ ':' [TYPE_COMMENT] block
            | invalid_with_stmt"""
        if self.call_invalid_rules:
            self.invalid_with_stmt_indent()
        start = self.pos
        types = self.types
        is_async = types[start] == ASYNC
        i = start + 1 if is_async else start
        if types[i] == KW_WITH:
            if types[i + 1] == LPAR:
                self.pos = i + 2
                items = self.gather(self.with_item)
                if items is not None:
                    if types[self.pos] == COMMA:
                        self.pos += 1
                    if types[self.pos] == RPAR and types[self.pos + 1] == COLON:
                        self.pos += 2
                        body = self.block()
                        if body is not None:
                            self.check_version(5 if is_async else 9, "Async with statements are"
                                               if is_async else "Parenthesized context managers are")
                            return self.compound_node(ast.AsyncWith if is_async else ast.With, start,
                                                      {"items": items, "body": body,
                                                       "type_comment": None})
            self.pos = i + 1
            items = self.gather(self.with_item)
            if items is not None and types[self.pos] == COLON:
                self.pos += 1
                comment = self.type_comment()
                body = self.block()
                if body is not None:
                    if is_async:
                        self.check_version(5, "Async with statements are")
                    return self.compound_node(ast.AsyncWith if is_async else ast.With, start,
                                              {"items": items, "body": body,
                                               "type_comment": comment})
        self.pos = start
        if self.call_invalid_rules:
            self.invalid_with_stmt()
        return None

    def with_item(self):
        """with_item: expression 'as' star_target &(',' | ')' | ':') | invalid_with_item
                    | expression"""
        start = self.pos
        e = self.expression()
        if e is None:
            return None
        types = self.types
        after = self.pos
        if types[after] == KW_AS:
            self.pos = after + 1
            t = self.star_target()
            if t is not None and types[self.pos] in (COMMA, RPAR, COLON):
                item = ast.withitem()
                item.__dict__ = {"context_expr": e, "optional_vars": t}
                return item
            self.pos = start
            if self.call_invalid_rules:
                self.invalid_with_item()
            self.pos = after
        item = ast.withitem()
        item.__dict__ = {"context_expr": e, "optional_vars": None}
        return item

    def try_stmt(self):
        """try_stmt: invalid_try_stmt
            | 'try' &&':' block finally_block
            | 'try' &&':' block except_block+ [else_block] [finally_block]
            | 'try' &&':' block except_star_block+ [else_block] [finally_block]"""
        if self.call_invalid_rules:
            self.invalid_try_stmt()
        start = self.pos
        self.pos = start + 1
        self.expect_forced(COLON, ":")
        body = self.block()
        if body is None:
            self.pos = start
            return None
        after_body = self.pos
        final = self.finally_block()
        if final is not None:
            return self.compound_node(ast.Try, start, {"body": body, "handlers": [], "orelse": [],
                                                       "finalbody": final})
        for rule, cls in ((self.except_block, ast.Try), (self.except_star_block, ast.TryStar)):
            self.pos = after_body
            handlers = []
            while True:
                h = rule()
                if h is None:
                    break
                handlers.append(h)
            if handlers:
                orelse = self.else_block() or []
                final = self.finally_block() or []
                if cls is ast.TryStar:
                    self.check_version(11, "Exception groups are")
                return self.compound_node(cls, start, {"body": body, "handlers": handlers,
                                                       "orelse": orelse, "finalbody": final})
        self.pos = start
        return None

    def except_block(self):
        """except_block: invalid_except_stmt_indent
            | 'except' expression ['as' NAME] ':' block | 'except' ':' block
            | invalid_except_stmt"""
        if self.call_invalid_rules:
            self.invalid_except_stmt_indent()
        start = self.pos
        types = self.types
        if types[start] != KW_EXCEPT:
            return None
        self.pos = start + 1
        e = self.expression()
        if e is not None:
            name = self.except_as_name()
            if types[self.pos] == COLON:
                self.pos += 1
                body = self.block()
                if body is not None:
                    return self.compound_node(ast.ExceptHandler, start,
                                              {"type": e, "name": name, "body": body})
        if types[start + 1] == COLON:
            self.pos = start + 2
            body = self.block()
            if body is not None:
                return self.compound_node(ast.ExceptHandler, start,
                                          {"type": None, "name": None, "body": body})
        self.pos = start
        if self.call_invalid_rules:
            self.invalid_except_stmt()
        return None

    def except_as_name(self):
        """['as' NAME] after an except clause's expression."""
        i = self.pos
        types = self.types
        if types[i] == KW_AS and types[i + 1] == NAME:
            self.pos = i + 2
            return identifier(self.strs[i + 1])
        return None

    def except_star_block(self):
        """except_star_block: invalid_except_star_stmt_indent
            | 'except' '*' expression ['as' NAME] ':' block | invalid_except_stmt"""
        if self.call_invalid_rules:
            self.invalid_except_star_stmt_indent()
        start = self.pos
        types = self.types
        if types[start] == KW_EXCEPT and types[start + 1] == STAR:
            self.pos = start + 2
            e = self.expression()
            if e is not None:
                name = self.except_as_name()
                if types[self.pos] == COLON:
                    self.pos += 1
                    body = self.block()
                    if body is not None:
                        return self.compound_node(ast.ExceptHandler, start,
                                                  {"type": e, "name": name, "body": body})
        self.pos = start
        if self.call_invalid_rules:
            self.invalid_except_stmt()
        return None

    def finally_block(self):
        """finally_block: invalid_finally_stmt | 'finally' &&':' block"""
        if self.call_invalid_rules:
            self.invalid_finally_stmt()
        start = self.pos
        if self.types[start] != KW_FINALLY:
            return None
        self.pos = start + 1
        self.expect_forced(COLON, ":")
        body = self.block()
        if body is None:
            self.pos = start
        return body
