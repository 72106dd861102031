"""Call semantics against the host: keyword merging (DICT_MERGE, CALL_FUNCTION_EX),
functions made from module-level code, name lookups in dict-subclass namespaces."""
import pathlib
import sys
import textwrap

from tests.vm.support import check

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1] / "cli"))
from pvmrun import assert_same, run_pvm  # noqa: E402


def same_as_python(tmp_path, source):
    """Run `source` as a program under python3 and pvm: same output and status.

    For what needs the runtime (compile, exec, asyncio), which `check` leaves to the host."""
    (tmp_path / "prog.py").write_text(textwrap.dedent(source))
    assert_same(["prog.py"], cwd=tmp_path)


def test_duplicate_keyword_reported_before_the_str_check():
    check("""
        def f(*a, **k): pass
        for call in [lambda: f(**{1: 3}, **{1: 5}), lambda: f(**{1: 3}),
                     lambda: f(**{'a': 3}, **{1: 5}), lambda: f(**{'a': 1}, **{'a': 2})]:
            try:
                call()
            except TypeError as e:
                print(e)
    """)


def test_str_subclass_keywords():
    check("""
        class Name(str): pass
        x = {Name("a"): 1, Name("b"): 2}
        def g(a, b): print(a, b)
        g(**x)
        def h(**k): print(k, [type(t).__name__ for t in k])
        h(**x)
        h(**{Name("a"): 1}, **{"b": 2})
        class M:
            def keys(self): return [Name("a"), "b"]
            def __getitem__(self, k): return k * 2
        g(**M())
    """)


def test_function_of_module_code_runs_in_its_globals(tmp_path):
    same_as_python(tmp_path, """
        import types
        g = {}
        f = types.FunctionType(compile("a = 1\\nprint(locals() is globals())\\ndel a\\nb = 2",
                                       "?", "exec"), g)
        print(f())
        print(sorted(k for k in g if k != "__builtins__"))
        try:
            types.FunctionType(compile("print(missing)", "<m>", "exec"), {})()
        except NameError as e:
            print(e)
    """)


def test_function_of_top_level_await_code_is_a_coroutine(tmp_path):
    same_as_python(tmp_path, """
        import ast, asyncio, types
        co = compile("await asyncio.sleep(0)\\nb = 2\\nprint('ran', locals() is globals())",
                     "?", "exec", flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
        g = {"asyncio": asyncio}
        c = types.FunctionType(co, g)()
        print(type(c).__name__)
        asyncio.run(c)
        print(g["b"])
    """)


def test_globals_and_builtins_that_are_not_exact_dicts(tmp_path):
    # LOAD_GLOBAL's slow path: PyObject_GetItem (so __missing__ and __getitem__ run) on
    # globals, then builtins; LOAD_NAME and __builtins__ use the dict API.
    same_as_python(tmp_path, """
        class G(dict):
            def __missing__(self, k):
                if k == "x": return 7
                raise KeyError(k)
        print(eval("lambda: x", G())())
        print(eval("x", G()))
        g = G(); exec("def f(): return (x, len)\\nprint(f())", g)
        class B(dict):
            def __getitem__(self, k):
                if k == "special": return "from B"
                return dict.__getitem__(self, k)
        b = B(len=len, print=print, NameError=NameError)
        g2 = {"__builtins__": b}
        exec("def f(): return special\\nprint(f(), len([1]))\\n"
             "try:\\n  nope\\nexcept NameError as e: print(e)\\n"
             "try:\\n  (lambda: nope)()\\nexcept NameError as e: print(e)", g2)
        try: eval("lambda: y", {})()
        except NameError as e: print(e)
        class H(dict):
            def __getitem__(self, k): raise ValueError(k)
        try: eval("lambda: z", H())()
        except ValueError as e: print("VE", e)
        class L(dict):
            def get(self, k, d=None): return "L.get"
            def __getitem__(self, k): return "L.getitem"
        try: exec("print(x)", L(), {})
        except NameError as e: print(e)
        exec("print(len)", {}, L())
    """)


def test_recursion_error_deep_in_host_called_dunders_is_not_swallowed(tmp_path):
    # Past the host's capped limit, the RecursionError must not arise on entering
    # Function.__get__ (the host swallows it there: the comparison gave False).
    program = textwrap.dedent("""\
        import sys
        class A:
            def __init__(self, n): self.n = n
            def __eq__(self, other):
                return self.n == 0 or A(self.n - 1) == other
        sys.setrecursionlimit(10 ** 6)
        def at(depth, f):
            if depth:
                return at(depth - 1, f)
            try:
                return f()
            except RecursionError:
                return "RecursionError"
        print({at(d, lambda: A(10 ** 6) == 1) for d in range(2)})
    """)
    (tmp_path / "prog.py").write_text(program)
    out = run_pvm(["prog.py"], cwd=tmp_path)
    assert out.stdout == b"{'RecursionError'}\n", out.stderr[-2000:]
