"""Constant folding on the AST: CPython 3.11's Python/ast_opt.c, in Python.

Compiler stage, first pass after parsing. Consumes a tree of host `ast` nodes and
returns a tree where constant sub-expressions are Constant nodes. Copy-on-write: a
node whose children changed is copied, the others are shared, so a tree the caller
handed in is never modified. What it folds, exactly as ast_opt.c does:

* unary and binary operators on constants, within CPython's limits (ints of at most
  128 bits from *, ** and <<; collections of at most 256 items and 1024 in total;
  strings and bytes of at most 4096 from *; no % on str/bytes); an operation that
  raises is left for run time;
* `not` into a single `is`/`in` comparison (`not a in b` -> `a not in b`);
* tuples of constants; subscripts of constants;
* list and set displays iterated by `for` or tested by `in` become tuples and
  frozensets (a list becomes a tuple node even when not constant);
* `__debug__` becomes True (False under -O).

Annotations are left alone under `from __future__ import annotations`. A folded
string at the head of a body is wrapped so that it does not become a docstring.
"""

import ast

from pvm.bytecode.code import CO_FUTURE_ANNOTATIONS
from pvm.compiler.symtable import RECURSION_LIMIT, deep_recursion

MAX_INT_SIZE = 128          # bits
MAX_COLLECTION_SIZE = 256   # items
MAX_STR_SIZE = 4096         # characters
MAX_TOTAL_ITEMS = 1024      # including nested collections

_Constant = ast.Constant
_Name = ast.Name
_SKIP_UNDER_FUTURE = frozenset(("annotation", "returns"))
# Fields that never hold a node to fold (identifiers, operators, contexts, flags);
# every other field holds a node, a list of nodes (and None), or None.
_LEAF_FIELDS = frozenset(("id", "ctx", "op", "ops", "attr", "arg", "name", "names", "module",
                          "level", "kind", "type_comment", "is_async", "conversion",
                          "simple", "type_ignores", "asname", "tag", "lineno", "rest",
                          "kwd_attrs"))


def _const(node, value):
    new = _Constant(value)
    new.kind = None
    new.lineno = node.lineno
    new.col_offset = node.col_offset
    new.end_lineno = getattr(node, "end_lineno", None)
    new.end_col_offset = getattr(node, "end_col_offset", None)
    return new


def _copy(node, changes):
    cls = node.__class__
    new = cls.__new__(cls)
    new.__dict__.update(node.__dict__)
    new.__dict__.update(changes)
    return new


def _check_complexity(obj, limit):
    if type(obj) is tuple or type(obj) is frozenset:
        limit -= len(obj)
        for item in obj:
            if limit < 0:
                break
            limit = _check_complexity(item, limit)
    return limit


class _NoFold(Exception):
    pass


def _safe_multiply(v, w):
    if type(v) is int and type(w) is int and v and w:
        if v.bit_length() + w.bit_length() > MAX_INT_SIZE:
            raise _NoFold
    elif isinstance(v, int) and type(w) in (tuple, frozenset):
        size = len(w)
        if size:
            if v < 0 or v > MAX_COLLECTION_SIZE // size:
                raise _NoFold
            if v and _check_complexity(w, MAX_TOTAL_ITEMS // v) < 0:
                raise _NoFold
    elif isinstance(v, int) and type(w) in (str, bytes):
        size = len(w)
        if size and (v < 0 or v > MAX_STR_SIZE // size):
            raise _NoFold
    elif isinstance(w, int) and type(v) in (tuple, frozenset, str, bytes):
        return _safe_multiply(w, v)
    return v * w


def _safe_power(v, w):
    if isinstance(v, int) and isinstance(w, int) and v and w > 0:
        if v.bit_length() > MAX_INT_SIZE // w:
            raise _NoFold
    return v ** w


def _safe_lshift(v, w):
    if isinstance(v, int) and isinstance(w, int) and v and w:
        if w < 0:
            raise _NoFold
        if w > MAX_INT_SIZE or v.bit_length() > MAX_INT_SIZE - w:
            raise _NoFold
    return v << w


def _safe_mod(v, w):
    if type(v) in (str, bytes):
        raise _NoFold
    return v % w


_BINOPS = {
    "Add": lambda v, w: v + w, "Sub": lambda v, w: v - w, "Mult": _safe_multiply,
    "Div": lambda v, w: v / w, "FloorDiv": lambda v, w: v // w, "Mod": _safe_mod,
    "Pow": _safe_power, "LShift": _safe_lshift, "RShift": lambda v, w: v >> w,
    "BitOr": lambda v, w: v | w, "BitXor": lambda v, w: v ^ w, "BitAnd": lambda v, w: v & w,
}
_UNARYOPS = {"Invert": lambda v: ~v, "Not": lambda v: not v, "UAdd": lambda v: +v,
             "USub": lambda v: -v}
_INVERTED = {"Is": ast.IsNot, "IsNot": ast.Is, "In": ast.NotIn, "NotIn": ast.In}


def _compute(node, func, *args):
    """func(*args) as a Constant in place of `node`, or `node` if it raises."""
    try:
        value = func(*args)
    except KeyboardInterrupt:
        raise
    except _NoFold:
        return node
    except Exception:
        return node
    return _const(node, value)


class Folder:
    """One folding run (CPython's _PyASTOptimizeState: the -O level and future flags)."""

    def __init__(self, optimize, future_flags):
        self.optimize = optimize
        self.skip_annotations = bool(future_flags & CO_FUTURE_ANNOTATIONS)
        self.post = {
            ast.UnaryOp: self.fold_unaryop, ast.BinOp: self.fold_binop,
            ast.Tuple: self.fold_tuple, ast.Subscript: self.fold_subscr,
            ast.Compare: self.fold_compare, ast.Name: self.fold_name,
            ast.For: self.fold_for, ast.AsyncFor: self.fold_for,
            ast.comprehension: self.fold_for,
        }
        self.plans = {}
        self.depth = 0

    def fold(self, node):
        # ast_opt.c's recursion_depth check, at the symbol table's limit.
        self.depth += 1
        if self.depth > RECURSION_LIMIT:
            raise RecursionError("maximum recursion depth exceeded during compilation")
        cls = node.__class__
        fields = self.plans.get(cls)
        if fields is None:
            fields = self.plans[cls] = self.child_fields(cls)
        changes = None
        for name in fields:
            value = getattr(node, name, None)
            if value is None:
                continue
            kind = value.__class__
            if kind is list:
                new_list = None
                for i, item in enumerate(value):
                    kind = item.__class__
                    # Constants, and names other than __debug__, never change.
                    if kind is _Constant or item is None or \
                            (kind is _Name and item.id != "__debug__"):
                        continue
                    new = self.fold(item)
                    if new is not item:
                        if new_list is None:
                            new_list = list(value)
                        new_list[i] = new
                if new_list is not None:
                    if name == "body" and cls is not ast.Expression:
                        new_list = _protect_docstring(value, new_list)
                    if changes is None:
                        changes = {}
                    changes[name] = new_list
            elif kind is _Constant or (kind is _Name and value.id != "__debug__"):
                continue
            else:
                new = self.fold(value)
                if new is not value:
                    if changes is None:
                        changes = {}
                    changes[name] = new
        if changes:
            node = _copy(node, changes)
        self.depth -= 1
        post = self.post.get(cls)
        if post is not None:
            return post(node)
        return node

    def child_fields(self, cls):
        """The fields of `cls` that can hold nodes to fold: not names, operators,
        contexts or flags, nor annotations under `from __future__ import annotations`."""
        fields = [name for name in cls._fields if name not in _LEAF_FIELDS]
        if cls is _Constant or cls is ast.MatchSingleton:
            fields = []
        if self.skip_annotations:
            fields = [name for name in fields if name not in _SKIP_UNDER_FUTURE]
        return tuple(fields)

    # -- the folds (ast_opt.c's fold_* functions) -------------------------------

    def fold_name(self, node):
        if node.id == "__debug__" and node.ctx.__class__ is ast.Load:
            return _const(node, not self.optimize)
        return node

    def fold_unaryop(self, node):
        operand = node.operand
        kind = node.op.__class__.__name__
        if operand.__class__ is not _Constant:
            if kind == "Not" and operand.__class__ is ast.Compare and len(operand.ops) == 1:
                inverted = _INVERTED.get(operand.ops[0].__class__.__name__)
                if inverted is not None:
                    # COPY_NODE(node, arg): the comparison's own position stays.
                    return _copy(operand, {"ops": [inverted()]})
            return node
        return _compute(node, _UNARYOPS[kind], operand.value)

    def fold_binop(self, node):
        left, right = node.left, node.right
        if left.__class__ is not _Constant:
            return node
        if node.op.__class__ is ast.Mod and right.__class__ is ast.Tuple and \
                isinstance(left.value, str) and \
                not any(e.__class__ is ast.Starred for e in right.elts):
            return optimize_format(node, left.value, right.elts)
        if right.__class__ is not _Constant:
            return node
        func = _BINOPS.get(node.op.__class__.__name__)
        if func is None:
            return node
        return _compute(node, func, left.value, right.value)

    def fold_tuple(self, node):
        if node.ctx.__class__ is not ast.Load:
            return node
        value = _const_tuple(node.elts)
        if value is None:
            return node
        return _const(node, value)

    def fold_subscr(self, node):
        if node.ctx.__class__ is not ast.Load:
            return node
        value, index = node.value, node.slice
        if value.__class__ is not _Constant or index.__class__ is not _Constant:
            return node
        return _compute(node, lambda v, i: v[i], value.value, index.value)

    def fold_compare(self, node):
        kind = node.ops[-1].__class__.__name__
        if kind in ("In", "NotIn"):
            last = node.comparators[-1]
            new = fold_iter(last)
            if new is not last:
                return _copy(node, {"comparators": node.comparators[:-1] + [new]})
        return node

    def fold_for(self, node):
        new = fold_iter(node.iter)
        if new is not node.iter:
            return _copy(node, {"iter": new})
        return node


# ---------------------------------------------------------------------------
# "%s, %r" % (a, b) -> f"{a!s}, {b!r}" (ast_opt.c's optimize_format, 3.11)
# ---------------------------------------------------------------------------

MAXDIGITS = 3


def _parse_literal(fmt, pos):
    """(Constant text up to the next lone %, new position) or (None, pos)."""
    start = pos
    size = len(fmt)
    has_percents = False
    while pos < size:
        if fmt[pos] != "%":
            pos += 1
        elif pos + 1 < size and fmt[pos + 1] == "%":
            has_percents = True
            pos += 2
        else:
            break
    if pos == start:
        return None, pos
    text = fmt[start:pos]
    if has_percents:
        text = text.replace("%%", "%")
    return text, pos


def _parse_number(fmt, pos):
    """(value, position after) of the ASCII digits at `pos` (0 for none); the value
    is None for MAXDIGITS digits or more, which make CPython give up."""
    end = pos
    size = len(fmt)
    while end < size and "0" <= fmt[end] <= "9":
        end += 1
    if end - pos >= MAXDIGITS:
        return None, end
    return int(fmt[pos:end] or "0"), end


def _parse_format(fmt, pos):
    """(conversion char, format spec or None, new position) of one %-unit, or None."""
    size = len(fmt)
    ljust = False
    width = prec = -1

    def char(at):
        return fmt[at] if at < size else None
    ch = char(pos)
    while ch is not None and ch in "-+ #0":
        # Only '-' changes a string's formatting; the other flags are accepted and ignored.
        if ch == "-":
            ljust = True
        pos += 1
        ch = char(pos)
    if ch is None:
        return None
    if "0" <= ch <= "9":
        width, pos = _parse_number(fmt, pos)
        if width is None or pos >= size:
            return None
        ch = fmt[pos]
    if ch == ".":
        prec, pos = _parse_number(fmt, pos + 1)
        if prec is None or pos >= size:
            return None
        ch = fmt[pos]
    if ch not in ("s", "r", "a"):
        return None
    spec = ""
    if not ljust and width > 0:
        spec += ">"
    if width >= 0:
        spec += str(width)
    if prec >= 0:
        spec += f".{prec}"
    return ch, spec or None, pos + 1


def optimize_format(node, fmt, elts):
    """A JoinedStr for `fmt % (elts)` when every unit is %s, %r or %a with plain
    width/precision and the counts agree; else `node` unchanged."""
    values = []
    pos = 0
    count = 0
    while True:
        text, pos = _parse_literal(fmt, pos)
        if text is not None:
            values.append(_const(node, text))
        if pos >= len(fmt):
            break
        if count >= len(elts):
            return node
        parsed = _parse_format(fmt, pos + 1)
        if parsed is None:
            return node
        conversion, spec, pos = parsed
        arg = elts[count]
        count += 1
        format_spec = None
        if spec is not None:
            format_spec = ast.JoinedStr([_const(arg, spec)])
            _locate(format_spec, arg)
        value = ast.FormattedValue(arg, ord(conversion), format_spec)
        _locate(value, arg)
        values.append(value)
    if count < len(elts):
        return node
    joined = ast.JoinedStr(values)
    _locate(joined, node)
    return joined


def _locate(new, node):
    for attr in ("lineno", "col_offset", "end_lineno", "end_col_offset"):
        setattr(new, attr, getattr(node, attr, None))


def _const_tuple(elts):
    values = []
    for elt in elts:
        if elt.__class__ is not _Constant:
            return None
        values.append(elt.value)
    return tuple(values)


def fold_iter(node):
    """A list or set iterated over becomes a tuple or frozenset (ast_opt.c fold_iter)."""
    cls = node.__class__
    if cls is ast.List:
        if any(e.__class__ is ast.Starred for e in node.elts):
            return node
        value = _const_tuple(node.elts)
        if value is None:
            tup = ast.Tuple(node.elts, node.ctx)
            for attr in ("lineno", "col_offset", "end_lineno", "end_col_offset"):
                setattr(tup, attr, getattr(node, attr, None))
            return tup
        return _const(node, value)
    if cls is ast.Set:
        value = _const_tuple(node.elts)
        if value is None:
            return node
        try:
            return _const(node, frozenset(value))
        except TypeError:
            return node
    return node


def _is_docstring(stmts):
    if stmts:
        first = stmts[0]
        if first.__class__ is ast.Expr and first.value.__class__ is _Constant and \
                type(first.value.value) is str:
            return True
    return False


def _protect_docstring(old, new):
    """A string folded at the head of a body must not become its docstring (astfold_body)."""
    if not _is_docstring(old) and _is_docstring(new):
        first = new[0]
        joined = ast.JoinedStr([first.value])
        for attr in ("lineno", "col_offset", "end_lineno", "end_col_offset"):
            setattr(joined, attr, getattr(first.value, attr, None))
        new[0] = _copy(first, {"value": joined})
    return new


def fold(tree, optimize=0, future_flags=0):
    """The folded tree (a new root when anything changed; the input is never modified)."""
    with deep_recursion():
        return Folder(optimize, future_flags).fold(tree)
