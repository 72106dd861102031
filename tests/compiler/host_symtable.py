"""A test-only stand-in for pvm's symbol table, built from the host's `symtable`.

Used by the compiler's tests while (or where) pvm/compiler/symtable.py is not
available; it offers the same small interface the code generator reads:
`scope_for(node)`, `Scope.scope_of(name)`, `varnames`, `cellvars()`, `freevars()`,
`needs_class_closure`, `is_generator`, `is_coroutine`.
"""
import ast
import symtable as host_symtable

SCOPE_OFF = 11
SCOPE_MASK = 15
DEF_FREE_CLASS = 2 << 5
NAMES = {1: "LOCAL", 2: "GLOBAL_EXPLICIT", 3: "GLOBAL_IMPLICIT", 4: "FREE", 5: "CELL"}
_SCOPE_NODES = (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef, ast.Lambda,
                ast.ListComp, ast.SetComp, ast.DictComp, ast.GeneratorExp)
_COMP_NAMES = {ast.ListComp: "listcomp", ast.SetComp: "setcomp", ast.DictComp: "dictcomp",
               ast.GeneratorExp: "genexpr", ast.Lambda: "lambda"}


class Scope:
    def __init__(self, table, node):
        self.table = table
        self.node = node
        raw = table._table
        self.symbols = raw.symbols
        self.varnames = list(raw.varnames)
        self.needs_class_closure = False
        self.is_generator = False
        self.is_coroutine = False

    def scope_of(self, name):
        flags = self.symbols.get(name)
        if flags is None:
            return None
        return NAMES.get((flags >> SCOPE_OFF) & SCOPE_MASK)

    def cellvars(self):
        return sorted(n for n, f in self.symbols.items() if (f >> SCOPE_OFF) & SCOPE_MASK == 5)

    def freevars(self):
        return sorted(n for n, f in self.symbols.items()
                      if (f >> SCOPE_OFF) & SCOPE_MASK == 4 or f & DEF_FREE_CLASS)


class SymbolTable:
    def __init__(self, source, tree, filename):
        top = host_symtable.symtable(source, filename, "exec" if isinstance(tree, ast.Module)
                                     else "eval" if isinstance(tree, ast.Expression)
                                     else "single")
        self.scopes = {}
        self.scopes[id(tree)] = Scope(top, tree)
        nodes = {}
        for node in ast.walk(tree):
            if isinstance(node, _SCOPE_NODES):
                name = _COMP_NAMES.get(type(node), getattr(node, "name", None))
                nodes.setdefault((name, node.lineno), []).append(node)
        for items in nodes.values():
            items.sort(key=lambda n: (n.lineno, n.col_offset))
        self._match(top, nodes)
        for scope in self.scopes.values():
            _flags(scope)
        for scope in self.scopes.values():
            if isinstance(scope.node, ast.ClassDef):
                for child in scope.table.get_children():
                    child_scope = self._by_table.get(id(child))
                    if child_scope and "__class__" in child_scope.freevars():
                        scope.needs_class_closure = True

    def _match(self, table, nodes):
        self._by_table = getattr(self, "_by_table", {})
        for child in table.get_children():
            key = (child.get_name(), child.get_lineno())
            candidates = nodes.get(key)
            if candidates:
                node = candidates.pop(0)
                scope = Scope(child, node)
                self.scopes[id(node)] = scope
                self._by_table[id(child)] = scope
            self._match(child, nodes)

    def scope_for(self, node):
        return self.scopes[id(node)]


def _walk_own(node):
    """Nodes of a scope's body, not descending into nested scopes."""
    todo = list(ast.iter_child_nodes(node))
    if isinstance(node, (ast.ListComp, ast.SetComp, ast.DictComp, ast.GeneratorExp)):
        todo = [c for c in todo if c is not node.generators[0].iter]
        first = node.generators[0]
        todo = [node.generators[0].target] + list(first.ifs) + \
            [g for g in node.generators[1:]] + \
            [x for x in (getattr(node, "elt", None), getattr(node, "key", None),
                         getattr(node, "value", None)) if x is not None]
        todo = [t for t in todo if t is not None]
    elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
        todo = list(node.body)
    elif isinstance(node, ast.Lambda):
        todo = [node.body]
    while todo:
        child = todo.pop()
        yield child
        if isinstance(child, _SCOPE_NODES):
            if isinstance(child, (ast.ListComp, ast.SetComp, ast.DictComp, ast.GeneratorExp)):
                todo.append(child.generators[0].iter)
            continue
        todo.extend(ast.iter_child_nodes(child))


def _flags(scope):
    node = scope.node
    if isinstance(node, ast.AsyncFunctionDef):
        scope.is_coroutine = True
    for child in _walk_own(node):
        if isinstance(child, (ast.Yield, ast.YieldFrom)):
            scope.is_generator = True
        elif isinstance(child, ast.Await) and not isinstance(node, ast.AsyncFunctionDef):
            scope.is_coroutine = True
        elif isinstance(child, ast.comprehension) and child.is_async:
            scope.is_coroutine = True
    if isinstance(node, (ast.ListComp, ast.SetComp, ast.DictComp, ast.GeneratorExp)):
        if any(g.is_async for g in node.generators):
            scope.is_coroutine = True
    if isinstance(node, ast.GeneratorExp):
        scope.is_generator = True


def build(source, tree, filename="<test>"):
    return SymbolTable(source, tree, filename)
