"""A small expression evaluator and simplifier built from match statements on tuples."""


def evaluate(expr, env):
    match expr:
        case int() | float() as number:
            return number
        case str(name):
            return env[name]
        case ("neg", e):
            return -evaluate(e, env)
        case ("+" | "-" | "*" | "/" as op, left, right):
            a, b = evaluate(left, env), evaluate(right, env)
            match op:
                case "+": return a + b
                case "-": return a - b
                case "*": return a * b
                case "/": return a / b
        case ("let", str(name), value, body):
            return evaluate(body, {**env, name: evaluate(value, env)})
        case ("if", cond, then, otherwise):
            return evaluate(then if evaluate(cond, env) else otherwise, env)
        case ("call", fn, *args):
            return env[fn](*(evaluate(a, env) for a in args))
        case _:
            raise ValueError(f"bad expression {expr!r}")


def simplify(expr):
    match expr:
        case (op, left, right):
            left, right = simplify(left), simplify(right)
            match (op, left, right):
                case ("+", 0, e) | ("+", e, 0) | ("*", 1, e) | ("*", e, 1):
                    return e
                case ("*", 0, _) | ("*", _, 0):
                    return 0
                case (_, int(a), int(b)) if op in "+-*":
                    return {"+": a + b, "-": a - b, "*": a * b}[op]
                case _:
                    return (op, left, right)
        case ("neg", ("neg", e)):
            return simplify(e)
        case _:
            return expr


env = {"x": 3, "y": 4, "max": max}
programs = [
    ("+", 1, ("*", "x", "y")),
    ("let", "z", ("+", "x", 1), ("*", "z", "z")),
    ("if", ("-", "x", 3), 100, 200),
    ("call", "max", 1, ("neg", -9), "y"),
    ("/", 7, 2),
]
for p in programs:
    print(p, "=", evaluate(p, env))
try:
    evaluate(("pow", 1, 2), env)
except ValueError as exc:
    print("ValueError:", exc)
for e in [("+", 0, ("*", 1, "x")), ("*", ("+", 2, 3), ("-", 10, 4)), ("*", "x", ("+", 0, 0)),
          ("neg", ("neg", ("+", "a", 0))), ("-", "a", ("*", 2, 3))]:
    print(e, "=>", simplify(e))
