"""Parser stage, the parameter rules of Grammar/python.gram (3.11): `params` of a def
and `lambda_params` of a lambda, and `_PyPegen_make_arguments` that builds the
`arguments` node from their pieces.

The two families differ only in what closes the list (')' or ':'), in annotations
(def only) and in their invalid_ rules, so each rule here takes `lam` (True for the
lambda_ rule). The `parameters` alternatives re-parse the same parameters at the same
positions, so the one-parameter rules are memoized, in every pass.
"""

import ast

from pvm.lexer import tokens as T
from pvm.parser.core import NAME, identifier

COMMA, RPAR, COLON, STAR, DOUBLESTAR = T.COMMA, T.RPAR, T.COLON, T.STAR, T.DOUBLESTAR
SLASH, EQUAL, TYPE_COMMENT = T.SLASH, T.EQUAL, T.TYPE_COMMENT


def make_arguments(slash_without_default, slash_with_default, plain_names, names_with_default,
                   star_etc):
    """_PyPegen_make_arguments: the pieces of a parameter list -> ast.arguments.

    slash_with_default is (plain args, [(arg, default)]); names_with_default is
    [(arg, default)]; star_etc is (vararg, [(arg, default or None)], kwarg)."""
    if slash_without_default is not None:
        posonlyargs = slash_without_default
    elif slash_with_default is not None:
        posonlyargs = slash_with_default[0] + [a for a, _ in slash_with_default[1]]
    else:
        posonlyargs = []
    args = (plain_names or []) + [a for a, _ in names_with_default or ()]
    defaults = []
    if slash_with_default is not None:
        defaults = [d for _, d in slash_with_default[1]]
    if names_with_default:
        defaults += [d for _, d in names_with_default]
    vararg = kwarg = None
    kwonlyargs = []
    kw_defaults = []
    if star_etc is not None:
        vararg, kwonly, kwarg = star_etc
        if kwonly:
            kwonlyargs = [a for a, _ in kwonly]
            kw_defaults = [d for _, d in kwonly]
    n = ast.arguments()
    n.__dict__ = {"posonlyargs": posonlyargs, "args": args, "vararg": vararg,
                  "kwonlyargs": kwonlyargs, "kw_defaults": kw_defaults, "kwarg": kwarg,
                  "defaults": defaults}
    return n


class ParamRules:
    """Parameter rules (mixed into pvm.parser.driver.Parser)."""

    def empty_arguments(self):
        """_PyPegen_empty_arguments"""
        return make_arguments(None, None, None, None, None)

    def params(self):
        """params: invalid_parameters | parameters"""
        if self.call_invalid_rules:
            self.invalid_parameters()
        return self.parameters(False)

    def lambda_params(self):
        """lambda_params: invalid_lambda_parameters | lambda_parameters"""
        if self.call_invalid_rules:
            self.invalid_lambda_parameters()
        return self.parameters(True)

    def parameters(self, lam):
        """parameters (lambda_parameters when `lam`):
            | slash_no_default param_no_default* param_with_default* [star_etc]
            | slash_with_default param_with_default* [star_etc]
            | param_no_default+ param_with_default* [star_etc]
            | param_with_default+ [star_etc]
            | star_etc"""
        start = self.pos
        a = self.slash_no_default(lam)
        if a is not None:
            b = self.repeat(self.param_no_default, lam)
            c = self.repeat(self.param_with_default, lam)
            d = self.star_etc(lam)
            self.check_version(8, "Positional-only parameters are")
            return make_arguments(a, None, b, c, d)
        a = self.slash_with_default(lam)
        if a is not None:
            b = self.repeat(self.param_with_default, lam)
            c = self.star_etc(lam)
            self.check_version(8, "Positional-only parameters are")
            return make_arguments(None, a, None, b, c)
        a = self.repeat(self.param_no_default, lam)
        if a:
            b = self.repeat(self.param_with_default, lam)
            c = self.star_etc(lam)
            return make_arguments(None, None, a, b, c)
        self.pos = start
        a = self.repeat(self.param_with_default, lam)
        if a:
            b = self.star_etc(lam)
            return make_arguments(None, None, None, a, b)
        self.pos = start
        a = self.star_etc(lam)
        if a is not None:
            return make_arguments(None, None, None, None, a)
        return None

    def repeat(self, rule, lam):
        """rule* as a list (rule+ when the caller checks it is not empty)."""
        items = []
        while True:
            a = rule(lam)
            if a is None:
                return items
            items.append(a)

    def closes(self, lam):
        return COLON if lam else RPAR

    def slash_no_default(self, lam):
        """slash_no_default: param_no_default+ '/' ',' | param_no_default+ '/' &')'"""
        start = self.pos
        a = self.repeat(self.param_no_default, lam)
        types = self.types
        if a and types[self.pos] == SLASH:
            t = types[self.pos + 1]
            if t == COMMA:
                self.pos += 2
                return a
            if t == self.closes(lam):
                self.pos += 1
                return a
        self.pos = start
        return None

    def slash_with_default(self, lam):
        """slash_with_default: param_no_default* param_with_default+ '/' (',' | &')')
        -> (plain args, [(arg, default)])"""
        start = self.pos
        a = self.repeat(self.param_no_default, lam)
        b = self.repeat(self.param_with_default, lam)
        types = self.types
        if b and types[self.pos] == SLASH:
            t = types[self.pos + 1]
            if t == COMMA:
                self.pos += 2
                return (a, b)
            if t == self.closes(lam):
                self.pos += 1
                return (a, b)
        self.pos = start
        return None

    def star_etc(self, lam):
        """star_etc: invalid_star_etc
            | '*' param_no_default param_maybe_default* [kwds]
            | '*' param_no_default_star_annotation param_maybe_default* [kwds]
            | '*' ',' param_maybe_default+ [kwds]
            | kwds
        -> (vararg, [(kwonly arg, default)], kwarg)"""
        if self.call_invalid_rules:
            if lam:
                self.invalid_lambda_star_etc()
            else:
                self.invalid_star_etc()
        start = self.pos
        types = self.types
        if types[start] == STAR:
            self.pos = start + 1
            a = self.param_no_default(lam)
            if a is None and not lam:
                a = self.param_no_default_star_annotation()
            if a is not None:
                b = self.repeat(self.param_maybe_default, lam)
                c = self.kwds(lam)
                return (a, b, c)
            if types[start + 1] == COMMA:
                self.pos = start + 2
                b = self.repeat(self.param_maybe_default, lam)
                if b:
                    c = self.kwds(lam)
                    return (None, b, c)
            self.pos = start
        a = self.kwds(lam)
        if a is not None:
            return (None, None, a)
        return None

    def kwds(self, lam):
        """kwds: invalid_kwds | '**' param_no_default"""
        if self.call_invalid_rules:
            if lam:
                self.invalid_lambda_kwds()
            else:
                self.invalid_kwds()
        start = self.pos
        if self.types[start] != DOUBLESTAR:
            return None
        self.pos = start + 1
        a = self.param_no_default(lam)
        if a is None:
            self.pos = start
        return a

    def param_end(self, lam):
        """(',' | &')') after a parameter: True if there, consuming the comma."""
        t = self.types[self.pos]
        if t == COMMA:
            self.pos += 1
            return True
        return t == self.closes(lam)

    def param_end_commented(self, a, lam):
        """(',' TYPE_COMMENT? | TYPE_COMMENT? &')') after a def's parameter `a`: `a`,
        with the comment when there is one (_PyPegen_add_type_comment_to_arg), or None."""
        if lam:
            return a if self.param_end(True) else None
        types = self.types
        i = self.pos
        t = types[i]
        if t == COMMA:
            i += 1
            if types[i] != TYPE_COMMENT:
                self.pos = i
                return a
        elif t != TYPE_COMMENT:
            return a if t == RPAR else None
        elif types[i + 1] != RPAR:
            return None
        self.pos = i + 1
        return self.with_type_comment(a, self.strs[i])

    def with_type_comment(self, a, comment):
        """A copy of arg `a` carrying a type comment (the memoized `a` stays as it is)."""
        n = ast.arg()
        n.__dict__ = dict(a.__dict__, type_comment=comment)
        return n

    def param_no_default(self, lam):
        """param_no_default: param ',' TYPE_COMMENT? | param TYPE_COMMENT? &')'"""
        start = self.pos
        memo = self.memo_table("lambda_param_no_default" if lam else "param_no_default")
        hit = memo.get(start)
        if hit is not None:
            self.pos = hit[1]
            return hit[0]
        a = self.param(lam)
        if a is not None:
            a = self.param_end_commented(a, lam)
        if a is None:
            self.pos = start
        memo[start] = (a, self.pos)
        return a

    def param_no_default_star_annotation(self):
        """param_no_default_star_annotation: param_star_annotation ',' TYPE_COMMENT?
            | param_star_annotation TYPE_COMMENT? &')'"""
        start = self.pos
        a = self.param_star_annotation()
        if a is not None:
            a = self.param_end_commented(a, False)
            if a is not None:
                return a
        self.pos = start
        return None

    def param_with_default(self, lam):
        """param_with_default: param default ',' TYPE_COMMENT? | param default TYPE_COMMENT? &')'
        -> (arg, default)"""
        start = self.pos
        memo = self.memo_table("lambda_param_with_default" if lam else "param_with_default")
        hit = memo.get(start)
        if hit is not None:
            self.pos = hit[1]
            return hit[0]
        result = None
        a = self.param(lam)
        if a is not None:
            d = self.default()
            if d is not None:
                a = self.param_end_commented(a, lam)
                if a is not None:
                    result = (a, d)
        if result is None:
            self.pos = start
        memo[start] = (result, self.pos)
        return result

    def param_maybe_default(self, lam):
        """param_maybe_default: param default? ',' TYPE_COMMENT? | param default? TYPE_COMMENT? &')'
        -> (arg, default or None)"""
        start = self.pos
        memo = self.memo_table("lambda_param_maybe_default" if lam else "param_maybe_default")
        hit = memo.get(start)
        if hit is not None:
            self.pos = hit[1]
            return hit[0]
        result = None
        a = self.param(lam)
        if a is not None:
            d = self.default()
            a = self.param_end_commented(a, lam)
            if a is not None:
                result = (a, d)
        if result is None:
            self.pos = start
        memo[start] = (result, self.pos)
        return result

    def param(self, lam):
        """param: NAME annotation?  (lambda_param: NAME)"""
        start = self.pos
        types = self.types
        if types[start] != NAME:
            return None
        self.pos = start + 1
        annotation = None
        if not lam and types[start + 1] == COLON:
            self.pos = start + 2
            annotation = self.expression()
            if annotation is None:
                self.pos = start + 1
        return self.expr_node(ast.arg, start, {"arg": identifier(self.strs[start]),
                                               "annotation": annotation, "type_comment": None})

    def param_star_annotation(self):
        """param_star_annotation: NAME star_annotation  (star_annotation: ':' star_expression)"""
        start = self.pos
        types = self.types
        if types[start] != NAME or types[start + 1] != COLON:
            return None
        self.pos = start + 2
        annotation = self.star_expression()
        if annotation is None:
            self.pos = start
            return None
        return self.expr_node(ast.arg, start, {"arg": identifier(self.strs[start]),
                                               "annotation": annotation, "type_comment": None})

    def default(self):
        """default: '=' expression | invalid_default"""
        start = self.pos
        if self.types[start] == EQUAL:
            self.pos = start + 1
            a = self.expression()
            if a is not None:
                return a
            self.pos = start
        if self.call_invalid_rules:
            self.invalid_default()
        return None
