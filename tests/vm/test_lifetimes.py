"""Objects die when CPython's do: no temporary of the loop and no reference cycle of the
VM's own keeps them (finalizers, weakref callbacks, generator cleanup run on time)."""
import pytest

from tests.vm.support import check

PRELUDE = """
import gc
gc.disable()
class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
    def method(self):
        return self.name
    def __add__(self, other):
        return 1
    def __iter__(self):
        return iter([1, 2])
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        return False
"""

SNIPPETS = {
    "temporaries": """
        print(Noisy("a").method())
        print("after a")
        x = Noisy("b") + 1
        print("after b")
        for v in Noisy("c"):
            pass
        print("after c")
        a, b = Noisy("d")
        print("after d")
        [Noisy("e")][0].name
        print("after e")
        {Noisy("f"): 1}
        print("after f")
        Noisy("g").name == "g"
        print("after g")
        def ret():
            return Noisy("h")
        ret()
        print("after h")
        def local():
            n = Noisy("i")
            return 1
        local()
        print("after i")
        with Noisy("j"):
            pass
        print("after j")
    """,
    "exceptions": """
        def fails():
            n = Noisy("k")
            raise ValueError("x")
        try:
            fails()
        except ValueError:
            pass
        print("after k")
        def reraises():
            n = Noisy("l")
            try:
                raise KeyError
            finally:
                pass
        try:
            reraises()
        except KeyError as e:
            pass
        print("after l")
        try:
            with Noisy("m"):
                raise TypeError
        except TypeError:
            pass
        print("after m")
    """,
    "generators": """
        def gen():
            try:
                yield Noisy("n")
                yield 2
            finally:
                print("gen cleanup")
        for v in gen():
            break
        del v
        print("after n")
        g = gen()
        next(g)
        del g
        print("after del g")
        def inner():
            try:
                yield 1
                yield 2
            finally:
                print("inner cleanup")
        def outer():
            yield from inner()
        o = outer()
        next(o)
        del o
        print("after outer")
        def raises_inside():
            n = Noisy("o")
            yield 1
            raise KeyError
        try:
            for v in raises_inside():
                pass
        except KeyError:
            pass
        print("after o")
    """,
    "class_instantiation": """
        class Holder:
            def __init__(self, name):
                self.n = Noisy(name)
        Holder("p")
        print("after p")
        class Bad:
            def __init__(self):
                self.n = Noisy("q")
                raise RuntimeError
        try:
            Bad()
        except RuntimeError:
            pass
        print("after q")
    """,
}


@pytest.mark.parametrize("traced", [False, True], ids=["fast", "traced"])
@pytest.mark.parametrize("name", sorted(SNIPPETS))
def test_lifetimes(name, traced):
    import textwrap
    check(PRELUDE + textwrap.dedent(SNIPPETS[name]) + "\ngc.enable()\n", traced=traced)
