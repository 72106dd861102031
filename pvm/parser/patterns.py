"""Parser stage, the match statement of Grammar/python.gram (3.11): match_stmt, case
blocks and every pattern kind, building MatchValue, MatchSingleton, MatchSequence,
MatchMapping, MatchClass, MatchStar, MatchAs and MatchOr nodes.

"match", "case" and "_" are soft keywords: NAME tokens recognised by their text.
closed_pattern and star_pattern are memoized (in every pass), as in pegen.
"""

import ast

from pvm.lexer import tokens as T
from pvm.parser.core import (
    DEDENT, INDENT, KW_AS, KW_FALSE, KW_IF, KW_NONE, KW_TRUE, LOAD, NAME, NEWLINE, NUMBER,
    STRING, identifier)

COMMA, LPAR, RPAR, LSQB, RSQB, LBRACE, RBRACE = (T.COMMA, T.LPAR, T.RPAR, T.LSQB, T.RSQB,
                                                 T.LBRACE, T.RBRACE)
COLON, DOT, STAR, DOUBLESTAR, EQUAL, VBAR = T.COLON, T.DOT, T.STAR, T.DOUBLESTAR, T.EQUAL, T.VBAR
PLUS, MINUS = T.PLUS, T.MINUS
CAPTURE_FORBIDDEN_NEXT = frozenset((DOT, LPAR, EQUAL))
SINGLETONS = {KW_NONE: None, KW_TRUE: True, KW_FALSE: False}
USUB, ADD, SUB = ast.USub(), ast.Add(), ast.Sub()


class PatternRules:
    """Match statement rules (mixed into pvm.parser.driver.Parser)."""

    def soft_keyword(self, i, word):
        return self.types[i] == NAME and self.strs[i] == word

    def match_stmt(self):
        """match_stmt: "match" subject_expr ':' NEWLINE INDENT case_block+ DEDENT
                     | invalid_match_stmt"""
        start = self.pos
        types = self.types
        if not self.soft_keyword(start, "match"):
            return None
        self.pos = start + 1
        subject = self.subject_expr()
        if (subject is not None and types[self.pos] == COLON and types[self.pos + 1] == NEWLINE
                and types[self.pos + 2] == INDENT):
            self.pos += 3
            cases = []
            while True:
                c = self.case_block()
                if c is None:
                    break
                cases.append(c)
            if cases and types[self.pos] == DEDENT:
                self.pos += 1
                self.check_version(10, "Pattern matching is")
                return self.compound_node(ast.Match, start, {"subject": subject, "cases": cases})
        self.pos = start
        if self.call_invalid_rules:
            self.invalid_match_stmt()
        return None

    def subject_expr(self):
        """subject_expr: star_named_expression ',' star_named_expressions? | named_expression"""
        start = self.pos
        a = self.star_named_expression()
        if a is not None and self.types[self.pos] == COMMA:
            self.pos += 1
            rest = self.star_named_expressions() or []
            return self.expr_node(ast.Tuple, start, {"elts": [a] + rest, "ctx": LOAD})
        self.pos = start
        return self.named_expression()

    def case_block(self):
        """case_block: invalid_case_block | "case" patterns guard? ':' block"""
        if self.call_invalid_rules:
            self.invalid_case_block()
        start = self.pos
        types = self.types
        if not self.soft_keyword(start, "case"):
            return None
        self.pos = start + 1
        pattern = self.patterns()
        if pattern is not None:
            guard = self.guard()
            if types[self.pos] == COLON:
                self.pos += 1
                body = self.block()
                if body is not None:
                    node = ast.match_case()
                    node.__dict__ = {"pattern": pattern, "guard": guard, "body": body}
                    return node
        self.pos = start
        return None

    def guard(self):
        """guard: 'if' named_expression"""
        start = self.pos
        if self.types[start] != KW_IF:
            return None
        self.pos = start + 1
        a = self.named_expression()
        if a is None:
            self.pos = start
        return a

    def patterns(self):
        """patterns: open_sequence_pattern -> MatchSequence | pattern"""
        start = self.pos
        seq = self.open_sequence_pattern()
        if seq is not None:
            return self.expr_node(ast.MatchSequence, start, {"patterns": seq})
        return self.pattern()

    def pattern(self):
        """pattern: as_pattern | or_pattern
        as_pattern: or_pattern 'as' pattern_capture_target | invalid_as_pattern"""
        start = self.pos
        a = self.or_pattern()
        if a is None:
            return None
        after = self.pos
        if self.types[after] == KW_AS:
            self.pos = after + 1
            target = self.pattern_capture_target()
            if target is not None:
                return self.expr_node(ast.MatchAs, start, {"pattern": a, "name": target})
        if self.call_invalid_rules:
            self.pos = start
            self.invalid_as_pattern()
        self.pos = after
        return a

    def or_pattern(self):
        """or_pattern: '|'.closed_pattern+"""
        start = self.pos
        a = self.closed_pattern()
        if a is None:
            return None
        types = self.types
        items = [a]
        while types[self.pos] == VBAR:
            mark = self.pos
            self.pos += 1
            b = self.closed_pattern()
            if b is None:
                self.pos = mark
                break
            items.append(b)
        if len(items) == 1:
            return a
        return self.expr_node(ast.MatchOr, start, {"patterns": items})

    def closed_pattern(self):
        """closed_pattern (memo): literal_pattern | capture_pattern | wildcard_pattern
            | value_pattern | group_pattern | sequence_pattern | mapping_pattern | class_pattern"""
        start = self.pos
        memo = self.memo_table("closed_pattern")
        hit = memo.get(start)
        if hit is not None:
            self.pos = hit[1]
            return hit[0]
        result = (self.literal_pattern() or self.capture_pattern() or self.wildcard_pattern()
                  or self.value_pattern() or self.group_pattern() or self.sequence_pattern()
                  or self.mapping_pattern() or self.class_pattern())
        memo[start] = (result, self.pos)
        return result

    # -- literals --------------------------------------------------------------

    def literal_pattern(self):
        """literal_pattern: signed_number !('+' | '-') | complex_number | strings
                          | 'None' | 'True' | 'False'"""
        start = self.pos
        value = self.literal_value()
        if value is None:
            t = self.types[start]
            if t in SINGLETONS:
                self.pos = start + 1
                return self.expr_node(ast.MatchSingleton, start, {"value": SINGLETONS[t]})
            return None
        return self.expr_node(ast.MatchValue, start, {"value": value})

    def literal_expr(self):
        """literal_expr: signed_number !('+' | '-') | complex_number | strings
                       | 'None' | 'True' | 'False'"""
        start = self.pos
        value = self.literal_value()
        if value is None:
            t = self.types[start]
            if t in SINGLETONS:
                self.pos = start + 1
                return self.constant_node(SINGLETONS[t], start)
        return value

    def literal_value(self):
        """The first three alternatives shared by literal_pattern and literal_expr."""
        start = self.pos
        types = self.types
        a = self.signed_number()
        if a is not None and types[self.pos] not in (PLUS, MINUS):
            return a
        self.pos = start
        a = self.complex_number()
        if a is not None:
            return a
        if types[start] == STRING:
            return self.strings()
        return None

    def complex_number(self):
        """complex_number: signed_real_number ('+' | '-') imaginary_number"""
        start = self.pos
        real = self.signed_real_number()
        if real is not None:
            t = self.types[self.pos]
            if t in (PLUS, MINUS):
                self.pos += 1
                imag = self.imaginary_number()
                if imag is not None:
                    return self.expr_node(ast.BinOp, start, {"left": real, "op": ADD if t == PLUS
                                                             else SUB, "right": imag})
        self.pos = start
        return None

    def signed_number(self):
        """signed_number: NUMBER | '-' NUMBER"""
        start = self.pos
        types = self.types
        if types[start] == NUMBER:
            self.pos = start + 1
            return self.number_node(start)
        if types[start] == MINUS and types[start + 1] == NUMBER:
            self.pos = start + 2
            return self.expr_node(ast.UnaryOp, start, {"op": USUB,
                                                       "operand": self.number_node(start + 1)})
        return None

    def signed_real_number(self):
        """signed_real_number: real_number | '-' real_number"""
        start = self.pos
        types = self.types
        if types[start] == NUMBER:
            return self.real_number()
        if types[start] == MINUS:
            self.pos = start + 1
            a = self.real_number()
            if a is not None:
                return self.expr_node(ast.UnaryOp, start, {"op": USUB, "operand": a})
            self.pos = start
        return None

    def real_number(self):
        """real_number: NUMBER (_PyPegen_ensure_real)"""
        i = self.pos
        if self.types[i] != NUMBER:
            return None
        self.pos = i + 1
        a = self.number_node(i)
        if isinstance(a.value, complex):
            self.raise_syntax_error_known_location("real number required in complex literal", a)
        return a

    def imaginary_number(self):
        """imaginary_number: NUMBER (_PyPegen_ensure_imaginary)"""
        i = self.pos
        if self.types[i] != NUMBER:
            return None
        self.pos = i + 1
        a = self.number_node(i)
        if not isinstance(a.value, complex):
            self.raise_syntax_error_known_location("imaginary number required in complex literal", a)
        return a

    # -- names, values, groups -----------------------------------------------------

    def capture_pattern(self):
        """capture_pattern: pattern_capture_target -> MatchAs(None, name)"""
        start = self.pos
        name = self.pattern_capture_target()
        if name is None:
            return None
        return self.expr_node(ast.MatchAs, start, {"pattern": None, "name": name})

    def pattern_capture_target(self):
        """pattern_capture_target: !"_" NAME !('.' | '(' | '=')  -> the name"""
        i = self.pos
        types = self.types
        if types[i] != NAME or self.strs[i] == "_" or types[i + 1] in CAPTURE_FORBIDDEN_NEXT:
            return None
        self.pos = i + 1
        return identifier(self.strs[i])

    def wildcard_pattern(self):
        """wildcard_pattern: "_" -> MatchAs(None, None)"""
        start = self.pos
        if not self.soft_keyword(start, "_"):
            return None
        self.pos = start + 1
        return self.expr_node(ast.MatchAs, start, {"pattern": None, "name": None})

    def value_pattern(self):
        """value_pattern: attr !('.' | '(' | '=')"""
        start = self.pos
        a = self.attr()
        if a is None or self.types[self.pos] in CAPTURE_FORBIDDEN_NEXT:
            self.pos = start
            return None
        return self.expr_node(ast.MatchValue, start, {"value": a})

    def attr(self):
        """attr: name_or_attr '.' NAME  (a dotted name with at least one dot)"""
        start = self.pos
        types = self.types
        if types[start] != NAME or types[start + 1] != DOT or types[start + 2] != NAME:
            return None
        return self.name_or_attr()

    def name_or_attr(self):
        """name_or_attr: attr | NAME  -> Name or Attribute chain"""
        start = self.pos
        types = self.types
        if types[start] != NAME:
            return None
        a = self.name_node(start)
        i = start + 1
        while types[i] == DOT and types[i + 1] == NAME:
            self.pos = i + 2
            a = self.expr_node(ast.Attribute, start, {"value": a, "attr": identifier(self.strs[i + 1]),
                                                      "ctx": LOAD})
            i += 2
        self.pos = i
        return a

    def group_pattern(self):
        """group_pattern: '(' pattern ')'"""
        start = self.pos
        types = self.types
        if types[start] != LPAR:
            return None
        self.pos = start + 1
        a = self.pattern()
        if a is not None and types[self.pos] == RPAR:
            self.pos += 1
            return a
        self.pos = start
        return None

    # -- sequences -------------------------------------------------------------------

    def sequence_pattern(self):
        """sequence_pattern: '[' maybe_sequence_pattern? ']' | '(' open_sequence_pattern? ')'"""
        start = self.pos
        types = self.types
        t = types[start]
        if t == LSQB:
            self.pos = start + 1
            items = self.maybe_sequence_pattern() or []
            if types[self.pos] == RSQB:
                self.pos += 1
                return self.expr_node(ast.MatchSequence, start, {"patterns": items})
        elif t == LPAR:
            self.pos = start + 1
            items = self.open_sequence_pattern() or []
            if types[self.pos] == RPAR:
                self.pos += 1
                return self.expr_node(ast.MatchSequence, start, {"patterns": items})
        self.pos = start
        return None

    def open_sequence_pattern(self):
        """open_sequence_pattern: maybe_star_pattern ',' maybe_sequence_pattern?"""
        start = self.pos
        a = self.maybe_star_pattern()
        if a is None or self.types[self.pos] != COMMA:
            self.pos = start
            return None
        self.pos += 1
        rest = self.maybe_sequence_pattern() or []
        return [a] + rest

    def maybe_sequence_pattern(self):
        """maybe_sequence_pattern: ','.maybe_star_pattern+ ','?"""
        items = self.gather(self.maybe_star_pattern)
        if items is not None and self.types[self.pos] == COMMA:
            self.pos += 1
        return items

    def maybe_star_pattern(self):
        """maybe_star_pattern: star_pattern | pattern"""
        return self.star_pattern() or self.pattern()

    def star_pattern(self):
        """star_pattern (memo): '*' pattern_capture_target | '*' wildcard_pattern"""
        start = self.pos
        if self.types[start] != STAR:
            return None
        memo = self.memo_table("star_pattern")
        hit = memo.get(start)
        if hit is not None:
            self.pos = hit[1]
            return hit[0]
        self.pos = start + 1
        result = None
        name = self.pattern_capture_target()
        if name is not None:
            result = self.expr_node(ast.MatchStar, start, {"name": name})
        elif self.wildcard_pattern() is not None:
            result = self.expr_node(ast.MatchStar, start, {"name": None})
        else:
            self.pos = start
        memo[start] = (result, self.pos)
        return result

    # -- mappings and classes ------------------------------------------------------------

    def mapping_pattern(self):
        """mapping_pattern: '{' '}' | '{' double_star_pattern ','? '}'
            | '{' items_pattern ',' double_star_pattern ','? '}' | '{' items_pattern ','? '}'"""
        start = self.pos
        types = self.types
        if types[start] != LBRACE:
            return None
        if types[start + 1] == RBRACE:
            self.pos = start + 2
            return self.expr_node(ast.MatchMapping, start, {"keys": [], "patterns": [], "rest": None})
        self.pos = start + 1
        rest = self.double_star_pattern()
        if rest is not None:
            if self.close_brace():
                return self.expr_node(ast.MatchMapping, start, {"keys": [], "patterns": [],
                                                                "rest": rest})
        self.pos = start + 1
        items = self.gather(self.key_value_pattern)
        if items is not None:
            after = self.pos
            keys = [k for k, _ in items]
            patterns = [p for _, p in items]
            if types[after] == COMMA:
                self.pos = after + 1
                rest = self.double_star_pattern()
                if rest is not None and self.close_brace():
                    return self.expr_node(ast.MatchMapping, start, {"keys": keys,
                                                                    "patterns": patterns,
                                                                    "rest": rest})
            self.pos = after
            if self.close_brace():
                return self.expr_node(ast.MatchMapping, start, {"keys": keys, "patterns": patterns,
                                                                "rest": None})
        self.pos = start
        return None

    def close_brace(self):
        """','? '}'"""
        types = self.types
        i = self.pos
        if types[i] == COMMA:
            i += 1
        if types[i] == RBRACE:
            self.pos = i + 1
            return True
        return False

    def key_value_pattern(self):
        """key_value_pattern: (literal_expr | attr) ':' pattern  -> (key, pattern)"""
        start = self.pos
        key = self.literal_expr() or self.attr()
        if key is not None and self.types[self.pos] == COLON:
            self.pos += 1
            p = self.pattern()
            if p is not None:
                return (key, p)
        self.pos = start
        return None

    def double_star_pattern(self):
        """double_star_pattern: '**' pattern_capture_target"""
        start = self.pos
        if self.types[start] != DOUBLESTAR:
            return None
        self.pos = start + 1
        name = self.pattern_capture_target()
        if name is None:
            self.pos = start
        return name

    def class_pattern(self):
        """class_pattern: name_or_attr '(' ')'
            | name_or_attr '(' positional_patterns ','? ')'
            | name_or_attr '(' keyword_patterns ','? ')'
            | name_or_attr '(' positional_patterns ',' keyword_patterns ','? ')'
            | invalid_class_pattern"""
        start = self.pos
        types = self.types
        cls = self.name_or_attr()
        if cls is not None and types[self.pos] == LPAR:
            open_paren = self.pos
            if types[open_paren + 1] == RPAR:
                self.pos = open_paren + 2
                return self.class_node(start, cls, [], [])
            self.pos = open_paren + 1
            positional = self.gather(self.pattern)
            if positional is not None:
                after = self.pos
                if self.close_paren():
                    return self.class_node(start, cls, positional, [])
                self.pos = after
            self.pos = open_paren + 1
            keywords = self.gather(self.keyword_pattern)
            if keywords is not None and self.close_paren():
                return self.class_node(start, cls, [], keywords)
            self.pos = open_paren + 1
            positional = self.gather(self.pattern)
            if positional is not None and types[self.pos] == COMMA:
                self.pos += 1
                keywords = self.gather(self.keyword_pattern)
                if keywords is not None and self.close_paren():
                    return self.class_node(start, cls, positional, keywords)
        self.pos = start
        if self.call_invalid_rules:
            self.invalid_class_pattern()
        return None

    def close_paren(self):
        """','? ')'"""
        types = self.types
        i = self.pos
        if types[i] == COMMA:
            i += 1
        if types[i] == RPAR:
            self.pos = i + 1
            return True
        return False

    def class_node(self, start, cls, positional, keywords):
        return self.expr_node(ast.MatchClass, start, {
            "cls": cls, "patterns": positional, "kwd_attrs": [k for k, _ in keywords],
            "kwd_patterns": [p for _, p in keywords]})

    def keyword_pattern(self):
        """keyword_pattern: NAME '=' pattern  -> (name, pattern)"""
        start = self.pos
        types = self.types
        if types[start] != NAME or types[start + 1] != EQUAL:
            return None
        self.pos = start + 2
        p = self.pattern()
        if p is None:
            self.pos = start
            return None
        return (identifier(self.strs[start]), p)
