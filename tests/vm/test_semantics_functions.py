"""Function objects against the host: the getsets and members of Objects/funcobject.c
(what each accepts, deleting, CPython's messages) and the function type itself."""
from tests.vm.support import check
from tests.vm.test_semantics_calls import same_as_python


def test_function_attribute_setters_and_deleters():
    check("""
        def f(a, b=2, *, c=3):
            "doc"
            return a, b, c
        def g(): pass
        def attempt(label, fn):
            try:
                r = fn()
                print(label, "->", repr(r))
            except Exception as e:
                print(label, "!!", type(e).__name__, e)
        def setattr_(o, n, v): setattr(o, n, v); return getattr(o, n)
        def delattr_(o, n): delattr(o, n); return getattr(o, n, "<missing>")
        for name, values in [("__dict__", [1, {}, {"x": 1}]), ("__qualname__", [7, "q"]), ("__name__", [7, "n"]),
                             ("__module__", [7, None, "m"]), ("__doc__", [7, None]),
                             ("__defaults__", [1, [], (), (5,), None]), ("__kwdefaults__", [1, {}, {"c": 9}, None]),
                             ("__annotations__", [1, {}, {"a": int}, None]), ("__code__", [1]),
                             ("__closure__", [None]), ("__globals__", [{}]), ("__builtins__", [{}])]:
            for v in values:
                attempt(f"set {name}={v!r}", lambda: setattr_(f, name, v))
            attempt(f"del {name}", lambda: delattr_(f, name))
            attempt(f"get {name}", lambda: type(getattr(f, name, "<missing>")).__name__ if name in ("__globals__", "__builtins__", "__code__") else getattr(f, name, "<missing>"))
        def f2(a, b=2, *, c=3): return a, b, c
        f2.__defaults__ = (); attempt("call no defaults", lambda: f2(1))
        f2.__defaults__ = (1, 2); f2.__kwdefaults__ = {}; attempt("call no kwdefaults", lambda: f2())
        del f2.__kwdefaults__; attempt("get", lambda: f2.__kwdefaults__)
        def outer():
            x = 1
            def inner(): return x
            return inner
        attempt("code freevars", lambda: setattr(outer(), "__code__", g.__code__))
        attempt("code freevars2", lambda: setattr(g, "__code__", outer().__code__))
        f3 = outer(); f3.__name__ = "renamed"
        attempt("code freevars3", lambda: setattr(f3, "__code__", g.__code__))
        print(type(f).__dict__.keys() - object.__dict__.keys() == type(f).__dict__.keys() - object.__dict__.keys())
        attempt("vars", lambda: vars(f))
        f.x = 1; attempt("dict", lambda: f.__dict__)
        attempt("type module", lambda: (type(f).__module__, type(type(f)), type(f).__doc__[:10]))
    """)


def test_function_type_reads_as_the_hosts():
    check("""
        import types
        def f(): pass
        print(type(f), type(type(f)), type(f).__module__, type(f).__qualname__)
        print(types.FunctionType.__doc__.splitlines()[0], f.__doc__, f.__module__)
        f.__doc__ = "d"; f.__module__ = "m"
        print(f.__doc__, f.__module__, type(f).__doc__.splitlines()[0], type(f).__module__)
        print(repr(type(f)), type(f).__name__)
    """)


def test_dir_of_a_function_lists_what_the_hosts_does():
    check("""
        def f(a, b=3): return a
        f.x = 1
        print(dir(f))
    """)


def test_mock_autospec_of_a_function(tmp_path):
    # create_autospec sets every method dir() lists on its stand-in function.
    same_as_python(tmp_path, """
        from unittest import mock
        def function(a, b=3):
            return "foo"
        f = mock.create_autospec(function, return_value=5)
        print(f(1), f(1, b=2))
        try:
            f()
        except TypeError as e:
            print(e)
        print(f.call_args_list)
    """)
