"""Calls: argument binding with CPython's messages, closures, decorators, recursion, host callbacks."""
import pytest

from tests.vm.support import check, recursion_limit, run_pvm

BINDING = """
    def show(f, *args, **kwargs):
        try:
            print(f(*args, **kwargs))
        except TypeError as e:
            print("TypeError:", e)
    def f(a, b, c=3, *args, d, e=5, **kw): return a, b, c, args, d, e, kw
    def g(a, /, b, *, c): return a, b, c
    def h(): return "h"
    def one(x): return x
    def dflt(a, b=2, c=3): return a, b, c
    def kwo(*, a, b=1, c): return a, b, c
    class C:
        def m(self, x, y=1): return x, y
    show(f, 1, 2, d=4)
    show(f, 1, 2, 3, 4, 5, d=6, z=7)
    show(f, 1)
    show(f, 1, 2)
    show(f, a=1, b=2, d=3)
    show(f, 1, 2, a=1, d=3)
    show(g, 1, 2, c=3)
    show(g, 1, b=2, c=3)
    show(g, a=1, b=2, c=3)
    show(g, 1, 2, 3)
    show(g, 1, 2, 3, c=4)
    show(g, 1, 2)
    show(h, 1)
    show(h, 1, 2)
    show(h, x=1)
    show(one)
    show(one, 1, 2)
    show(one, y=1)
    show(dflt)
    show(dflt, 1, 2, 3, 4)
    show(dflt, 1, c=9)
    show(dflt, 1, 2, b=3)
    show(kwo, 1)
    show(kwo)
    show(kwo, a=1)
    show(kwo, a=1, c=2, d=3)
    show(C().m)
    show(C().m, 1, 2, 3)
    show(C.m, 1)
    show(f, 1, 2, **{"d": 1, "zz": 2})
    show(f, *[1, 2], *(3, 4), d=5)
    show(lambda *a, **k: (a, k), 1, x=2)
    def many(a, b, c, d): pass
    show(many, 1)
    show(many)
    show(many, 1, 2, 3, 4, 5)
    def kw_and_pos(a, *, b): pass
    show(kw_and_pos, 1, 2, b=3)
    show(kw_and_pos, 1, 2)
    def too_many_with_kwonly(a, *, b, c): pass
    show(too_many_with_kwonly, 1, 2, b=1, c=2)
    def va(a, b=2, *rest, **kw): return a, b, rest, kw
    def vo(*rest): return rest
    def vk(a, *rest, k=1): return a, rest, k
    show(va, 1)
    show(va, 1, 2, 3, 4)
    show(va, *(1, 2, 3), **{})
    show(vo)
    show(vo, *[1, 2])
    show(vk, 1, 2, 3)
    show(vk)
    show(C().m, *(5,))
    show(len, *["abc"])
    class G:
        def gen(self, *items):
            yield from items
    show(lambda: list(G().gen(*"xyz")))
    def wraps(fn):
        def wrapper(*args, **kwargs):
            return fn(*args, **kwargs)
        return wrapper
    show(wraps(va), 7, 8, 9, z=1)
    show(wraps(dflt), 1)
    show(wraps(g), 1, 2)
"""

CALL_EX_ERRORS = """
    def f(*a, **k): return a, k
    for args, kwargs in ((1, {}), ([], 1), ([], {1: 2})):
        try:
            f(*args, **kwargs)
        except TypeError as e:
            print(e)
    try:
        f(**{"a": 1}, **{"a": 2})
    except TypeError as e:
        print(e)
    try:
        f(a=1, **{"a": 2})
    except TypeError as e:
        print(e)
    class M:
        def keys(self): return ["x", "y"]
        def __getitem__(self, k): return k * 2
    print(f(**M()), {**M()})
    try:
        print(len(**{"x": 1}))
    except TypeError as e:
        print(e)
"""

FUNCTION_ATTRS = """
    def deco(fn):
        def wrapper(*a, **k):
            "wrapper doc"
            return ("wrapped", fn(*a, **k))
        wrapper.__wrapped__ = fn
        return wrapper
    @deco
    def f(x: int, y: "str" = "d", *, z: float = 1.0) -> list:
        "f doc"
        return x
    print(f(1), f.__name__, f.__qualname__, f.__doc__, f.__wrapped__.__doc__)
    g = f.__wrapped__
    print(g.__defaults__, g.__kwdefaults__, sorted(g.__annotations__), g.__module__)
    print(g.__code__.co_varnames, g.__code__.co_argcount, g.__closure__, f.__closure__ is not None)
    g.attr = 5
    print(g.__dict__, g.__name__)
    g.__defaults__ = ("new",)
    print(g(1), g.__globals__ is globals())
    def outer():
        def inner(): pass
        return inner
    print(outer().__qualname__, repr(outer()).startswith("<function outer.<locals>.inner at"))
    import functools
    @functools.wraps(g)
    def w(*a): return g(*a)
    print(w.__name__, w.__wrapped__ is g)
    p = functools.partial(g, 7)
    print(p())
    print(functools.reduce(lambda a, b: a * b, range(1, 6)))
    @functools.lru_cache(maxsize=None)
    def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)
    print(fib(60))
    print(list(map(lambda v: v + 1, [1, 2])), list(filter(lambda v: v % 2, range(6))))
    print(sorted(["bb", "a", "ccc"], key=len, reverse=True))
    print(min([3, 1, 2], key=lambda v: -v))
"""

CLOSURES = """
    def counter():
        count = 0
        def inc(step=1):
            nonlocal count
            count += step
            return count
        return inc
    c = counter()
    c(); c(5)
    print(c(), c.__code__.co_freevars)
    def arg_cell(a, b):
        def get(): return a + b
        a = a * 10
        return get
    print(arg_cell(1, 2)())
    def deep():
        x = 1
        def l1():
            def l2():
                def l3():
                    return x
                return l3
            return l2
        return l1()()()
    print(deep())
    class K:
        y = 5
        def method(self):
            return y
    try:
        K().method()
    except NameError as e:
        print(e)
    def classderef():
        v = "outer"
        class Inner:
            print(v)
            v = "class"
            print(v)
        return Inner.v
    print(classderef())
"""


@pytest.mark.parametrize("source", [BINDING, CALL_EX_ERRORS, FUNCTION_ATTRS, CLOSURES],
                         ids=["binding", "call_ex_errors", "function_attrs", "closures"])
def test_calls(source):
    check(source)


def test_recursion_error_at_limit():
    check("""
        import sys
        depth = 0
        def r():
            global depth
            depth += 1
            r()
        try:
            r()
        except RecursionError as e:
            print(e, depth > 900)
    """, frames=False)


def test_recursion_100000_deep():
    source = """
        def down(n):
            if n == 0:
                return 0
            return down(n - 1) + 1
        print(down(100000))
    """
    with recursion_limit(200_000):
        outcome = run_pvm(__import__("textwrap").dedent(source))
    assert outcome.error is None, outcome.error
    assert outcome.stdout == "100000\n"


def test_recursion_through_host_is_an_error_not_a_crash():
    outcome = run_pvm(__import__("textwrap").dedent("""
        class Deep:
            def __eq__(self, other):
                return Deep() == other
        try:
            Deep() == 1
        except RecursionError as e:
            print("RecursionError")
        def key(v):
            return sorted([v], key=key)
        try:
            key(1)
        except RecursionError:
            print("RecursionError")
    """))
    assert outcome.stdout == "RecursionError\nRecursionError\n", outcome
