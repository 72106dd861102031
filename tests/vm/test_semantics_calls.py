"""Call semantics against the host: keyword merging (DICT_MERGE, CALL_FUNCTION_EX),
functions made from module-level code, name lookups in dict-subclass namespaces."""
import pathlib
import sys
import textwrap

from tests.vm.support import check

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1] / "cli"))
from pvmrun import assert_same  # noqa: E402


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
