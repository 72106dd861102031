"""A complete interpreter for a tiny language: tokenizer, recursive-descent parser, evaluator.

The language has numbers, strings, variables, arithmetic, comparisons, if/else, while loops,
functions with recursion and closures, lists, and a print statement.
"""
import re

TOKEN_RE = re.compile(r"""
    (?P<num>\d+(?:\.\d+)?) | (?P<str>"[^"]*") | (?P<name>[A-Za-z_]\w*) |
    (?P<op>==|!=|<=|>=|&&|\|\||[-+*/%<>=(){}\[\],;!]) | (?P<ws>\s+) | (?P<comment>\#[^\n]*)
""", re.VERBOSE)
KEYWORDS = {"let", "fn", "if", "else", "while", "return", "print", "true", "false", "nil"}


class LangError(Exception):
    pass


def tokenize(src):
    pos, out = 0, []
    while pos < len(src):
        m = TOKEN_RE.match(src, pos)
        if not m:
            raise LangError(f"unexpected character {src[pos]!r} at {pos}")
        kind = m.lastgroup
        text = m.group()
        pos = m.end()
        if kind in ("ws", "comment"):
            continue
        if kind == "name" and text in KEYWORDS:
            kind = "kw"
        out.append((kind, text))
    out.append(("eof", ""))
    return out


class Parser:
    def __init__(self, tokens):
        self.toks, self.i = tokens, 0

    def peek(self, text=None):
        kind, t = self.toks[self.i]
        return t == text if text is not None else (kind, t)

    def take(self, text=None):
        kind, t = self.toks[self.i]
        if text is not None and t != text:
            raise LangError(f"expected {text!r}, found {t!r}")
        self.i += 1
        return kind, t

    def program(self):
        stmts = []
        while self.peek()[0] != "eof":
            stmts.append(self.statement())
        return ("block", stmts)

    def block(self):
        self.take("{")
        stmts = []
        while not self.peek("}"):
            stmts.append(self.statement())
        self.take("}")
        return ("block", stmts)

    def statement(self):
        if self.peek("let"):
            self.take()
            _, name = self.take()
            self.take("=")
            value = self.expr()
            self.take(";")
            return ("let", name, value)
        if self.peek("print"):
            self.take()
            value = self.expr()
            self.take(";")
            return ("print", value)
        if self.peek("if"):
            self.take()
            cond = self.expr()
            then = self.block()
            other = ("block", [])
            if self.peek("else"):
                self.take()
                other = self.statement() if self.peek("if") else self.block()
            return ("if", cond, then, other)
        if self.peek("while"):
            self.take()
            return ("while", self.expr(), self.block())
        if self.peek("return"):
            self.take()
            value = self.expr()
            self.take(";")
            return ("return", value)
        if self.peek("fn"):
            self.take()
            _, name = self.take()
            return ("let", name, self.function())
        expr = self.expr()
        if self.peek("="):
            self.take()
            value = self.expr()
            self.take(";")
            return ("assign", expr, value)
        self.take(";")
        return ("expr", expr)

    def function(self):
        self.take("(")
        params = []
        while not self.peek(")"):
            params.append(self.take()[1])
            if self.peek(","):
                self.take()
        self.take(")")
        return ("fn", params, self.block())

    BINARY = [("||",), ("&&",), ("==", "!="), ("<", "<=", ">", ">="), ("+", "-"), ("*", "/", "%")]

    def expr(self, level=0):
        if level == len(self.BINARY):
            return self.unary()
        left = self.expr(level + 1)
        while self.peek()[1] in self.BINARY[level]:
            op = self.take()[1]
            left = ("bin", op, left, self.expr(level + 1))
        return left

    def unary(self):
        if self.peek("-") or self.peek("!"):
            op = self.take()[1]
            return ("unary", op, self.unary())
        return self.postfix(self.primary())

    def postfix(self, node):
        while True:
            if self.peek("("):
                self.take()
                args = []
                while not self.peek(")"):
                    args.append(self.expr())
                    if self.peek(","):
                        self.take()
                self.take(")")
                node = ("call", node, args)
            elif self.peek("["):
                self.take()
                node = ("index", node, self.expr())
                self.take("]")
            else:
                return node

    def primary(self):
        kind, text = self.take()
        if kind == "num":
            return ("const", float(text) if "." in text else int(text))
        if kind == "str":
            return ("const", text[1:-1])
        if text in ("true", "false", "nil"):
            return ("const", {"true": True, "false": False, "nil": None}[text])
        if text == "fn":
            return self.function()
        if kind == "name":
            return ("var", text)
        if text == "(":
            e = self.expr()
            self.take(")")
            return e
        if text == "[":
            items = []
            while not self.peek("]"):
                items.append(self.expr())
                if self.peek(","):
                    self.take()
            self.take("]")
            return ("list", items)
        raise LangError(f"unexpected token {text!r}")


class Env:
    def __init__(self, parent=None):
        self.vars, self.parent = {}, parent

    def find(self, name):
        env = self
        while env is not None:
            if name in env.vars:
                return env
            env = env.parent
        raise LangError(f"undefined variable {name}")


class Return(Exception):
    def __init__(self, value):
        self.value = value


class Function:
    def __init__(self, params, body, env):
        self.params, self.body, self.env = params, body, env

    def __call__(self, *args):
        if len(args) != len(self.params):
            raise LangError(f"expected {len(self.params)} arguments, got {len(args)}")
        env = Env(self.env)
        env.vars.update(zip(self.params, args))
        try:
            execute(self.body, env)
        except Return as r:
            return r.value
        return None


OPS = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b,
       "/": lambda a, b: a / b if isinstance(a, float) or isinstance(b, float) else a // b,
       "%": lambda a, b: a % b, "==": lambda a, b: a == b, "!=": lambda a, b: a != b,
       "<": lambda a, b: a < b, "<=": lambda a, b: a <= b, ">": lambda a, b: a > b,
       ">=": lambda a, b: a >= b}
OUTPUT = []


def show(v):
    if v is None:
        return "nil"
    if v is True or v is False:
        return "true" if v else "false"
    if isinstance(v, list):
        return "[" + ", ".join(show(x) for x in v) + "]"
    if isinstance(v, Function):
        return f"<fn/{len(v.params)}>"
    return str(v)


def evaluate(node, env):
    tag = node[0]
    if tag == "const":
        return node[1]
    if tag == "var":
        return env.find(node[1]).vars[node[1]]
    if tag == "bin":
        op = node[1]
        if op == "&&":
            return evaluate(node[2], env) and evaluate(node[3], env)
        if op == "||":
            return evaluate(node[2], env) or evaluate(node[3], env)
        return OPS[op](evaluate(node[2], env), evaluate(node[3], env))
    if tag == "unary":
        v = evaluate(node[2], env)
        return -v if node[1] == "-" else not v
    if tag == "call":
        fn = evaluate(node[1], env)
        return fn(*[evaluate(a, env) for a in node[2]])
    if tag == "fn":
        return Function(node[1], node[2], env)
    if tag == "list":
        return [evaluate(x, env) for x in node[1]]
    if tag == "index":
        return evaluate(node[1], env)[evaluate(node[2], env)]
    raise LangError(f"cannot evaluate {tag}")


def execute(node, env):
    tag = node[0]
    if tag == "block":
        for stmt in node[1]:
            execute(stmt, env)
    elif tag == "let":
        env.vars[node[1]] = evaluate(node[2], env)
    elif tag == "assign":
        target = node[1]
        if target[0] == "var":
            env.find(target[1]).vars[target[1]] = evaluate(node[2], env)
        else:
            evaluate(target[1], env)[evaluate(target[2], env)] = evaluate(node[2], env)
    elif tag == "print":
        OUTPUT.append(show(evaluate(node[1], env)))
        print(OUTPUT[-1])
    elif tag == "if":
        execute(node[2] if evaluate(node[1], env) else node[3], Env(env))
    elif tag == "while":
        while evaluate(node[1], env):
            execute(node[2], Env(env))
    elif tag == "return":
        raise Return(evaluate(node[1], env))
    elif tag == "expr":
        evaluate(node[1], env)


def run(src):
    globals_env = Env()
    globals_env.vars.update(len=len, push=lambda l, x: l.append(x), str=show)
    execute(Parser(tokenize(src)).program(), globals_env)


PROGRAM = """
# recursion
fn fib(n) { if n < 2 { return n; } return fib(n - 1) + fib(n - 2); }
print fib(15);
# closures
fn counter() { let n = 0; return fn() { n = n + 1; return n; }; }
let c = counter(); c(); c();
print c();
# loops and lists
let xs = []; let i = 0;
while i < 10 { if i % 3 == 0 { push(xs, i * i); } i = i + 1; }
print xs; print len(xs);
# higher-order functions
fn map(f, l) { let out = []; let j = 0; while j < len(l) { push(out, f(l[j])); j = j + 1; } return out; }
print map(fn(x) { return x * 10; }, [1, 2, 3]);
let s = "str" + "ing"; print s;
print 7 / 2; print 7.0 / 2; print -3 % 5; print !(1 < 2) || 2 >= 2;
if false { print "no"; } else if nil == nil { print "else-if"; } else { print "never"; }
xs[0] = 99; print xs;
print fib;
"""
run(PROGRAM)
for bad in ["print undefined_var;", "let = 5;", "print 1 @ 2;", "fn f(a) { return a; } f(1, 2);"]:
    try:
        run(bad)
    except LangError as exc:
        print("LangError:", exc)
print(len(OUTPUT), "lines printed by the tiny language")
