"""exec and eval: namespaces, modes, code objects from compile(), functions defined by exec."""
ns = {}
exec("x = 6\ny = x * 7\ndef double(v):\n    return v * 2\n", ns)
print(ns["y"], ns["double"](21), sorted(k for k in ns if k != "__builtins__"), "__builtins__" in ns)
print(eval("x + y", ns), eval("double(x)", ns), eval("[i * i for i in range(x)]", ns))
print(eval("a + b", {"a": 1}, {"b": 2}), eval("len('abc')"), eval("  1 + 1  "), eval("\n2\n"))
code = compile("total = sum(range(n))", "<computed>", "exec")
space = {"n": 10}
exec(code, space)
print(space["total"], code.co_filename, code.co_name, type(code).__name__)
expr = compile("n * 2", "<expr>", "eval")
print(eval(expr, {"n": 21}), expr.co_names)
single = compile("1 + 1", "<single>", "single")
print(single.co_filename)
exec("print('exec prints', 40 + 2)")
local_ns = {}
exec("z = 1", None, local_ns)
print(local_ns)


def in_function():
    exec("inner_var = 5")
    return "inner_var" in locals(), eval("1 + 1")


print(in_function())


def sees_locals():
    secret = "local value"
    return eval("secret"), eval("secret.upper()", globals(), {"secret": "override"})


print(sees_locals())
g = {"__builtins__": {"len": len}}
print(eval("len([1, 2])", g))
try:
    eval("print('x')", g)
except NameError as exc:
    print("NameError:", exc)
exec("class Made:\n    attr = 'made by exec'\n", ns)
print(ns["Made"].attr, ns["Made"].__module__ if "__name__" in ns else ns["Made"].__module__)
exec("def closure_maker(k):\n    return lambda: k * 3\n", ns)
print(ns["closure_maker"]("ab")())
print(eval(compile("'compiled' + ' twice'", "<c>", "eval")))
exec("import math as m\nresult = m.sqrt(16)", ns)
print(ns["result"], ns["m"].__name__)
results = []
for src in ["2 ** 8", "'abc'[1]", "{'k': 1}['k']", "(lambda: 7)()", "[x for x in 'ab']"]:
    results.append(eval(src))
print(results)
try:
    eval("x = 1")
except SyntaxError as exc:
    print("SyntaxError:", exc.msg)
try:
    exec(42)
except TypeError as exc:
    print("TypeError:", exc)
print(eval("__name__"), eval("__name__", {"__name__": "custom"}))
exec("global_from_exec = 'g'")
print(global_from_exec)  # noqa: F821
