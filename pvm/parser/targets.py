"""Parser stage, assignment and deletion targets of Grammar/python.gram (3.11).

star_targets (assignments, for loops, comprehensions, with ... as), single_target
(augmented and annotated assignments), del_targets, and their shared t_primary. The
memoized rules here (star_target, target_with_star_atom, del_target) are memoized in
every pass: nested parentheses make them re-parse otherwise.

`store_target` and `single_store_target` serve the first pass's shortcut for
statements: the statement is parsed once as an expression and, when '=' or an
augmented operator follows, checked and turned into a target in place. A target of
the grammar parses, as an expression, into the same tree with Load contexts, so the
check only has to say which trees the target rules accept.
"""

import ast

from pvm.lexer import tokens as T
from pvm.parser.core import DEL, LOAD, NAME, STORE, identifier

_Name, _Attribute, _Subscript = ast.Name, ast.Attribute, ast.Subscript
_Starred, _Tuple, _List, _Call = ast.Starred, ast.Tuple, ast.List, ast.Call

COMMA, LPAR, RPAR, LSQB, RSQB, DOT, STAR = T.COMMA, T.LPAR, T.RPAR, T.LSQB, T.RSQB, T.DOT, T.STAR
T_LOOKAHEAD = frozenset((LPAR, LSQB, DOT))


def set_expr_context(e, ctx):
    """_PyPegen_set_expr_context: a copy of `e` with context `ctx` (Name, Tuple, List,
    Subscript, Attribute, Starred; anything else is returned as it is)."""
    cls = type(e)
    if cls is _Name or cls is _Subscript or cls is _Attribute:
        n = cls()
        n.__dict__ = dict(e.__dict__)
        n.ctx = ctx
        return n
    if cls is _Tuple or cls is _List:
        n = cls()
        n.__dict__ = dict(e.__dict__)
        n.elts = [set_expr_context(x, ctx) for x in e.elts]
        n.ctx = ctx
        return n
    if cls is _Starred:
        n = cls()
        n.__dict__ = dict(e.__dict__)
        n.value = set_expr_context(e.value, ctx)
        n.ctx = ctx
        return n
    return e


def store_target(e):
    """Whether the expression `e` is what star_target parses; if so, give it (and its
    parts, as the target rules do) the Store context. Changes `e` in place."""
    cls = type(e)
    if cls is _Name or cls is _Attribute or cls is _Subscript:
        e.ctx = STORE
        return True
    if cls is _Tuple or cls is _List:
        for elt in e.elts:
            if not store_target(elt):
                return False
        e.ctx = STORE
        return True
    if cls is _Starred:
        value = e.value
        if type(value) is _Starred or not store_target(value):
            return False
        e.ctx = STORE
        return True
    return False


def single_store_target(e):
    """Whether `e` is what single_target parses (a name, attribute or subscript, maybe
    parenthesized); if so, give it the Store context."""
    cls = type(e)
    if cls is _Name or cls is _Attribute or cls is _Subscript:
        e.ctx = STORE
        return True
    return False


class TargetRules:
    """Target rules (mixed into pvm.parser.driver.Parser)."""

    def star_targets(self):
        """star_targets: star_target !',' | star_target (',' star_target)* [','] -> Tuple"""
        start = self.pos
        a = self.star_target()
        if a is None:
            return None
        types = self.types
        if types[self.pos] != COMMA:
            return a
        elts = [a]
        while types[self.pos] == COMMA:
            mark = self.pos
            self.pos += 1
            b = self.star_target()
            if b is None:
                self.pos = mark
                break
            elts.append(b)
        if types[self.pos] == COMMA:
            self.pos += 1
        return self.expr_node(_Tuple, start, {"elts": elts, "ctx": STORE})

    def star_targets_list_seq(self):
        """star_targets_list_seq: ','.star_target+ [',']"""
        elts = self.gather(self.star_target)
        if elts is not None and self.types[self.pos] == COMMA:
            self.pos += 1
        return elts

    def star_targets_tuple_seq(self):
        """star_targets_tuple_seq: star_target (',' star_target)+ [','] | star_target ','"""
        start = self.pos
        a = self.star_target()
        if a is None:
            return None
        types = self.types
        if types[self.pos] != COMMA:
            self.pos = start
            return None
        elts = [a]
        while types[self.pos] == COMMA:
            mark = self.pos
            self.pos += 1
            b = self.star_target()
            if b is None:
                self.pos = mark
                break
            elts.append(b)
        if types[self.pos] == COMMA:
            self.pos += 1
        return elts

    def star_target(self):
        """star_target (memo): '*' (!'*' star_target) | target_with_star_atom"""
        start = self.pos
        memo = self.memo_table("star_target")
        hit = memo.get(start)
        if hit is not None:
            self.pos = hit[1]
            return hit[0]
        types = self.types
        result = None
        if types[start] == STAR:
            if types[start + 1] != STAR:
                self.pos = start + 1
                a = self.star_target()
                if a is not None:
                    result = self.expr_node(_Starred, start,
                                            {"value": set_expr_context(a, STORE), "ctx": STORE})
            if result is None:
                self.pos = start
        else:
            result = self.target_with_star_atom()
        memo[start] = (result, self.pos)
        return result

    def target_with_star_atom(self):
        """target_with_star_atom (memo):
            | t_primary '.' NAME !t_lookahead | t_primary '[' slices ']' !t_lookahead
            | star_atom"""
        start = self.pos
        memo = self.memo_table("target_with_star_atom")
        hit = memo.get(start)
        if hit is not None:
            self.pos = hit[1]
            return hit[0]
        result = self.subscript_attribute_target(STORE)
        if result is None:
            result = self.star_atom()
        memo[start] = (result, self.pos)
        return result

    def subscript_attribute_target(self, ctx):
        """t_primary '.' NAME !t_lookahead | t_primary '[' slices ']' !t_lookahead, with
        context `ctx` (single_subscript_attribute_target and friends)."""
        start = self.pos
        a = self.t_primary()
        if a is None:
            return None
        types = self.types
        i = self.pos
        if types[i] == DOT and types[i + 1] == NAME and types[i + 2] not in T_LOOKAHEAD:
            self.pos = i + 2
            return self.expr_node(_Attribute, start, {"value": a, "attr": identifier(self.strs[i + 1]),
                                                      "ctx": ctx})
        if types[i] == LSQB:
            self.pos = i + 1
            b = self.slices()
            if b is not None and types[self.pos] == RSQB and types[self.pos + 1] not in T_LOOKAHEAD:
                self.pos += 1
                return self.expr_node(_Subscript, start, {"value": a, "slice": b, "ctx": ctx})
        self.pos = start
        return None

    def star_atom(self):
        """star_atom: NAME | '(' target_with_star_atom ')' | '(' [star_targets_tuple_seq] ')'
                    | '[' [star_targets_list_seq] ']'"""
        start = self.pos
        types = self.types
        t = types[start]
        if t == NAME:
            self.pos = start + 1
            n = self.name_node(start)
            n.ctx = STORE
            return n
        if t == LPAR:
            self.pos = start + 1
            a = self.target_with_star_atom()
            if a is not None and types[self.pos] == RPAR:
                self.pos += 1
                return set_expr_context(a, STORE)
            self.pos = start + 1
            elts = self.star_targets_tuple_seq() or []
            if types[self.pos] == RPAR:
                self.pos += 1
                return self.expr_node(_Tuple, start, {"elts": elts, "ctx": STORE})
        elif t == LSQB:
            self.pos = start + 1
            elts = self.star_targets_list_seq() or []
            if types[self.pos] == RSQB:
                self.pos += 1
                return self.expr_node(_List, start, {"elts": elts, "ctx": STORE})
        self.pos = start
        return None

    def single_target(self):
        """single_target: single_subscript_attribute_target | NAME | '(' single_target ')'"""
        a = self.subscript_attribute_target(STORE)
        if a is not None:
            return a
        start = self.pos
        types = self.types
        t = types[start]
        if t == NAME:
            self.pos = start + 1
            n = self.name_node(start)
            n.ctx = STORE
            return n
        if t == LPAR:
            self.pos = start + 1
            a = self.single_target()
            if a is not None and types[self.pos] == RPAR:
                self.pos += 1
                return a
        self.pos = start
        return None

    def single_subscript_attribute_target(self):
        return self.subscript_attribute_target(STORE)

    def t_primary(self):
        """t_primary (left-recursive, as a loop):
            | t_primary '.' NAME &t_lookahead | t_primary '[' slices ']' &t_lookahead
            | t_primary genexp &t_lookahead | t_primary '(' [arguments] ')' &t_lookahead
            | atom &t_lookahead"""
        start = self.pos
        types = self.types
        a = self.atom()
        if a is None or types[self.pos] not in T_LOOKAHEAD:
            self.pos = start
            return None
        while True:
            i = self.pos
            t = types[i]
            if t == DOT:
                if types[i + 1] == NAME and types[i + 2] in T_LOOKAHEAD:
                    self.pos = i + 2
                    a = self.expr_node(_Attribute, start, {"value": a,
                                                           "attr": identifier(self.strs[i + 1]),
                                                           "ctx": LOAD})
                    continue
                return a
            if t == LSQB:
                self.pos = i + 1
                b = self.slices()
                if b is not None and types[self.pos] == RSQB and types[self.pos + 1] in T_LOOKAHEAD:
                    self.pos += 1
                    a = self.expr_node(_Subscript, start, {"value": a, "slice": b, "ctx": LOAD})
                    continue
                self.pos = i
                if self.call_invalid_rules:
                    # t_primary genexp: its invalid_comprehension also looks at '['.
                    self.genexp()
                return a
            if t == LPAR:
                g = self.genexp()
                if g is not None and types[self.pos] in T_LOOKAHEAD:
                    a = self.expr_node(_Call, start, {"func": a, "args": [g], "keywords": []})
                    continue
                self.pos = i + 1
                b = self.arguments()
                if types[self.pos] == RPAR and types[self.pos + 1] in T_LOOKAHEAD:
                    self.pos += 1
                    args, keywords = b if b is not None else ([], [])
                    a = self.expr_node(_Call, start, {"func": a, "args": args, "keywords": keywords})
                    continue
                self.pos = i
            return a

    # -- del -------------------------------------------------------------------

    def del_targets(self):
        """del_targets: ','.del_target+ [',']"""
        elts = self.gather(self.del_target)
        if elts is not None and self.types[self.pos] == COMMA:
            self.pos += 1
        return elts

    def del_target(self):
        """del_target (memo): t_primary '.' NAME !t_lookahead
                            | t_primary '[' slices ']' !t_lookahead | del_t_atom"""
        start = self.pos
        memo = self.memo_table("del_target")
        hit = memo.get(start)
        if hit is not None:
            self.pos = hit[1]
            return hit[0]
        result = self.subscript_attribute_target(DEL)
        if result is None:
            result = self.del_t_atom()
        memo[start] = (result, self.pos)
        return result

    def del_t_atom(self):
        """del_t_atom: NAME | '(' del_target ')' | '(' [del_targets] ')' | '[' [del_targets] ']'"""
        start = self.pos
        types = self.types
        t = types[start]
        if t == NAME:
            self.pos = start + 1
            n = self.name_node(start)
            n.ctx = DEL
            return n
        if t == LPAR:
            self.pos = start + 1
            a = self.del_target()
            if a is not None and types[self.pos] == RPAR:
                self.pos += 1
                return set_expr_context(a, DEL)
            self.pos = start + 1
            elts = self.del_targets() or []
            if types[self.pos] == RPAR:
                self.pos += 1
                return self.expr_node(_Tuple, start, {"elts": elts, "ctx": DEL})
        elif t == LSQB:
            self.pos = start + 1
            elts = self.del_targets() or []
            if types[self.pos] == RSQB:
                self.pos += 1
                return self.expr_node(_List, start, {"elts": elts, "ctx": DEL})
        self.pos = start
        return None
