"""Generator, coroutine and async generator objects against the host: their attributes
(Objects/genobject.c's getsets), awaiting generator-based coroutines, f_locals."""
from tests.vm.support import check
from tests.vm.test_semantics_calls import same_as_python


def test_names_must_be_str():
    check("""
        def g(): yield
        async def c(): pass
        async def ag(): yield
        for make in (g, c, ag):
            obj = make()
            obj.__name__ = "name"
            obj.__qualname__ = "qual"
            print(obj.__name__, obj.__qualname__, repr(obj).split(" at ")[0])
            for attr in ("__name__", "__qualname__"):
                try:
                    setattr(obj, attr, 123)
                except TypeError as e:
                    print(e)
                try:
                    delattr(obj, attr)
                except TypeError as e:
                    print(e)
            if hasattr(obj, "close"):
                obj.close()
        print(type(g()).__qualname__, type(g()).__name__)
    """)


def test_getset_docs_and_class_getitem():
    check("""
        import types
        for t in (types.GeneratorType, types.CoroutineType, types.AsyncGeneratorType):
            d = t.__dict__
            print(t.__name__, d["__name__"].__doc__, d["__qualname__"].__doc__)
        print(types.GeneratorType.__dict__["gi_yieldfrom"].__doc__)
        print(types.CoroutineType.__dict__["cr_await"].__doc__)
        print(types.AsyncGeneratorType.__dict__["ag_await"].__doc__)
        alias = types.AsyncGeneratorType[int, str]
        print(type(alias).__name__, alias, alias.__origin__ is types.AsyncGeneratorType)
        print(types.AsyncGeneratorType.__class_getitem__.__doc__)
        for t in (types.GeneratorType, types.CoroutineType):
            try:
                t[int]
            except TypeError as e:
                print(e)
    """)


def test_locals_of_a_coroutine_not_started_include_free_variables():
    check("""
        def outer():
            gencoro = "free"
            async def func(a=None):
                b = 'spam'
                await gencoro
            return func
        coro = outer()()
        print(coro.cr_frame.f_locals)
        coro.close()
        def gen_outer(x):
            def g():
                yield x
            return g()
        print(gen_outer(5).gi_frame.f_locals)
    """)


def test_anext_of_a_generator_based_coroutine(tmp_path):
    same_as_python(tmp_path, """
        import asyncio, types
        class It:
            def __init__(self):
                self.n = 0
            def __aiter__(self):
                return self
            @types.coroutine
            def __anext__(self):
                if False:
                    yield "x"
                if self.n >= 2:
                    raise StopAsyncIteration()
                self.n += 1
                return self.n
        async def agen():
            yield 1
        async def main():
            it = It()
            print(await anext(it))
            print(await anext(it, "d"))
            print(await anext(it, "d"))
            print(await anext(agen(), "d"), type(anext(agen(), 5)).__name__)
            a = agen()
            print(await anext(a), await anext(a, None))
            for bad in ((1,), (), (1, 2, 3)):
                try:
                    anext(*bad)
                except TypeError as e:
                    print(e)
        asyncio.run(main())
    """)


# A suspended generator that loses its last reference is closed at once, as CPython's
# refcounting does: its finally blocks run before the next statement.
def test_generators_finalize_when_dropped():
    check("""
        def g(name):
            try:
                yield 1
                yield 2
            finally:
                print("finally", name)
        x = g("del"); next(x); del x; print("after del")
        for i in g("break"):
            break
        print("after break")
        def consume():
            for i in g("return-in-loop"):
                return i
        consume(); print("after return")
        x = g("rebind"); next(x); x = None; print("after rebind")
        def f():
            y = g("local"); next(y)
        f(); print("after local")
        def h():
            y = g("exception"); next(y)
            raise ValueError
        try: h()
        except ValueError: print("after exception")
        print("after except")
        it = (i for i in g("genexp"))
        next(it); del it; print("after genexp")
        l = [g("list")]; next(l[0]); l.clear(); print("after list clear")
        def deleg():
            yield from g("yield from")
        d = deleg(); next(d); del d; print("after yield from")
        def gexit():
            try:
                yield 1
            except GeneratorExit:
                print("GeneratorExit seen")
                raise
        z = gexit(); next(z); del z; print("after gexit")
        x = g("zip"); print(list(zip(x, [1]))); del x; print("after zip")
        def chain():
            a = g("chain")
            yield next(a)
            yield next(a)
        c = chain(); next(c); next(c); del c; print("after chain")
    """)


def test_generators_finalize_when_dropped_more():
    check("""
        def g(name):
            try:
                yield 1
                yield 2
            finally:
                print("finally", name)
        print(any(x for x in g("any"))); print("after any")
        print([next(g(i)) for i in range(2)]); print("after comp")
        def take(gen):
            return next(gen)
        print(take(g("arg"))); print("after arg")
        d = {"k": g("dict")}; next(d["k"]); d.pop("k"); print("after pop")
        class Holder:
            def __init__(self): self.gen = g("attr"); next(self.gen)
        h = Holder(); del h.gen; print("after delattr")
        h = Holder(); del h; print("after del holder")
        x = g("send"); x.send(None); s = x.send; del x; print("still bound"); del s; print("after send")
        def raiser():
            x = g("raise-in-frame"); next(x)
            raise KeyError
        try:
            raiser()
        except KeyError:
            pass
        print("after raiser")
        def m():
            for a in g("nested-for"):
                for b in g("inner-for"):
                    return a, b
        print(m()); print("after nested")
        import itertools
        print(list(itertools.islice(g("islice"), 1))); print("after islice")
        x = g("method"); print(next(iter(x))); x = 5; print("after rebind 2")
        def gen_of_gen():
            yield from (i for i in g("genexp in yield from"))
        y = gen_of_gen(); next(y); y = None; print("after yfg")
        def yielder():
            x = yield
            print("got", type(x).__name__)
            yield
        yy = yielder(); next(yy); yy.send(g("sent")); del yy; print("after sent")
        w = [g("w1"), g("w2")]
        for i in w: next(i)
        del w; print("after list del")
        z = g("unstarted"); del z; print("after unstarted")
    """)


def test_async_generators_finalize_through_asyncio(tmp_path):
    same_as_python(tmp_path, """
        import asyncio
        async def agen(name):
            try:
                yield 1
                yield 2
            finally:
                print("afinally", name)
        async def main():
            async for i in agen("abreak"):
                break
            print("after abreak")
            a = agen("adel"); await a.__anext__(); del a
            print("after adel")
            await asyncio.sleep(0)
            print("after sleep")
            b = agen("shutdown"); await b.__anext__()
            main.keep = b
        asyncio.run(main())
        print("after run")
        async def main2():
            b = agen("shutdown2"); await b.__anext__()
            globals()["keep2"] = b
        asyncio.run(main2())
        print("end")
    """)
