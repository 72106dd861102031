"""Generators, coroutines and async generators, driven by pvm code and by the host."""
import pytest

from tests.vm.support import check

SNIPPETS = {
    "send_throw_close": """
        def echo():
            received = None
            try:
                while True:
                    try:
                        received = yield received
                    except ValueError as e:
                        received = f"caught {e}"
            finally:
                print("echo closed")
        g = echo()
        print(next(g), g.send(1), g.send("two"), g.throw(ValueError("v")), g.send(3))
        g.close()
        g.close()
        try:
            g.send(5)
        except StopIteration as e:
            print("stopped", e.value)
        def stubborn():
            try:
                yield 1
            except GeneratorExit:
                yield 2
        s = stubborn()
        next(s)
        try:
            s.close()
        except RuntimeError as e:
            print(e)
        def fresh():
            yield 1
        f = fresh()
        try:
            f.send(1)
        except TypeError as e:
            print(e)
        try:
            f.throw(KeyError("k"))
        except KeyError as e:
            print("thrown into fresh", e)
        print(list(f))
    """,
    "return_value_and_yield_from": """
        def inner():
            x = yield 1
            y = yield x
            return (x, y)
        def outer():
            result = yield from inner()
            print("inner returned", result)
            yield from range(2)
            return "outer done"
        g = outer()
        print(next(g), g.send("a"), g.send("b"), next(g))
        try:
            next(g)
        except StopIteration as e:
            print(e.value)
        def thrower():
            try:
                yield from inner()
            except KeyError as e:
                print("outer caught", e)
                yield "after"
        t = thrower()
        next(t)
        print(t.throw(KeyError("k")))
        def delegating_close():
            try:
                yield from inner()
            finally:
                print("delegator closed")
        d = delegating_close()
        next(d)
        d.close()
        class It:
            def __init__(self): self.n = 0
            def __iter__(self): return self
            def __next__(self):
                self.n += 1
                if self.n > 2:
                    raise StopIteration("it-done")
                return self.n
        def via_iterator():
            r = yield from It()
            yield r
        print(list(via_iterator()))
    """,
    "pep479_and_states": """
        def bad():
            yield 1
            raise StopIteration("oops")
        try:
            list(bad())
        except RuntimeError as e:
            print(e, type(e.__cause__).__name__)
        def gen():
            yield 1
            yield 2
        g = gen()
        print(g.gi_running, g.gi_frame is not None, g.gi_code.co_name, g.gi_suspended)
        next(g)
        print(g.gi_frame.f_lineno, g.gi_suspended, g.gi_yieldfrom)
        list(g)
        print(g.gi_frame, g.__name__, g.__qualname__, repr(g)[:25])
        def running():
            yield me.gi_running
            try:
                next(me)
            except ValueError as e:
                yield str(e)
        me = running()
        print(list(me))
        def yf():
            yield from gen()
        y = yf()
        next(y)
        print(type(y.gi_yieldfrom).__name__)
    """,
    "generator_pipeline": """
        def numbers(n):
            for i in range(n):
                yield i
        def squares(it):
            for v in it:
                yield v * v
        def evens(it):
            return (v for v in it if v % 2 == 0)
        print(sum(evens(squares(numbers(100)))), list(zip(numbers(3), "abc")))
        import itertools
        print(list(itertools.islice(squares(itertools.count()), 5)))
        gens = [x * 2 for x in range(3)]
        print(max(v for v in gens), sorted((v for v in gens), reverse=True))
    """,
    "finally_on_gc": """
        def g():
            try:
                yield 1
            finally:
                print("finalized")
        x = g()
        next(x)
        del x
        print("after del")
    """,
    "coroutines_asyncio": """
        import asyncio
        async def add(a, b):
            await asyncio.sleep(0)
            return a + b
        async def gather():
            results = await asyncio.gather(add(1, 2), add(3, 4))
            return results
        async def main():
            r = await add(1, 1)
            print("r", r, await gather())
            task = asyncio.ensure_future(add(5, 5))
            print("task", await task)
            try:
                await asyncio.wait_for(asyncio.sleep(10), 0.01)
            except asyncio.TimeoutError:
                print("timeout")
            return "main done"
        print(asyncio.run(main()))
        import collections.abc, inspect
        c = add(1, 2)
        print(isinstance(c, collections.abc.Coroutine), inspect.isawaitable(c), c.cr_running)
        print(c.cr_code.co_name, c.cr_frame is not None)
        try:
            c.send(None)
        except StopIteration:
            print("hmm")
        c.close()
    """,
    "await_protocol": """
        class Awaitable:
            def __await__(self):
                value = yield "suspend"
                return f"resumed with {value}"
        async def user():
            return await Awaitable()
        co = user()
        print(co.send(None))
        try:
            co.send("x")
        except StopIteration as e:
            print(e.value)
        async def bad():
            await 5
        try:
            bad().send(None)
        except TypeError as e:
            print(e)
        async def reuse():
            return 1
        r = reuse()
        try:
            r.send(None)
        except StopIteration:
            pass
        try:
            r.send(None)
        except RuntimeError as e:
            print(e)
        async def first(): return 1
        async def second(c):
            return await c
        c1 = first()
        w = c1.__await__()
        print(type(w).__name__ != "coroutine", hasattr(w, "__next__"))
        try:
            next(w)
        except StopIteration as e:
            print("wrapper", e.value)
    """,
    "async_generators": """
        import asyncio
        async def ticker(n):
            for i in range(n):
                await asyncio.sleep(0)
                yield i
        async def main():
            out = [v async for v in ticker(3)]
            total = 0
            async for v in ticker(4):
                total += v
            agen = ticker(5)
            print(await agen.__anext__(), await agen.asend(None))
            await agen.aclose()
            try:
                await agen.__anext__()
            except StopAsyncIteration:
                print("exhausted")
            async def catcher():
                try:
                    yield 1
                except KeyError:
                    yield "caught"
            c = catcher()
            await c.__anext__()
            print(await c.athrow(KeyError))
            print(c.ag_running, c.ag_code.co_name)
            return out, total
        print(asyncio.run(main()))
        import collections.abc
        async def ag(): yield 1
        print(isinstance(ag(), collections.abc.AsyncGenerator))
    """,
    "async_with_and_for_errors": """
        import asyncio
        class ACM:
            async def __aenter__(self):
                print("aenter")
                return "val"
            async def __aexit__(self, *exc):
                print("aexit", exc[0])
                return True
        class AIter:
            def __init__(self): self.i = 0
            def __aiter__(self): return self
            async def __anext__(self):
                self.i += 1
                if self.i > 2:
                    raise StopAsyncIteration
                return self.i
        async def main():
            async with ACM() as v:
                print(v)
                raise ValueError("swallowed")
            async for x in AIter():
                print("x", x)
            try:
                async with 5:
                    pass
            except TypeError as e:
                print(e)
            try:
                async for y in 5:
                    pass
            except TypeError as e:
                print(e)
        asyncio.run(main())
    """,
    "resumed_in_place": """
        def pairs():
            yield 1, "a"
            yield 2, "b"
        for n, letter in pairs():
            print(n, letter)
        def gen_raises():
            yield 1
            raise KeyError("inside")
        try:
            for v in gen_raises():
                print("got", v)
        except KeyError as e:
            print("propagated", e)
        def gen_stops():
            yield 1
            raise StopIteration
        try:
            for v in gen_stops():
                pass
        except RuntimeError as e:
            print(e, type(e.__cause__).__name__)
        def watch():
            yield w.gi_running, w.gi_frame.f_back is not None
        w = watch()
        for item in w:
            print(item, w.gi_frame.f_back if w.gi_frame else "done")
        def nested(depth):
            if depth:
                result = yield from nested(depth - 1)
                return result + 1
            yield "bottom"
            return 0
        g = nested(300)
        print(next(g))
        try:
            next(g)
        except StopIteration as e:
            print("depth", e.value)
        def counter():
            total = 0
            while True:
                x = yield total
                if x is None:
                    return total
                total += x
        def driver():
            r = yield from counter()
            yield ("final", r)
        d = driver()
        print(next(d), d.send(5), d.send(6), next(d))
        import sys
        def exc_state():
            try:
                raise ValueError("in gen")
            except ValueError:
                yield sys.exc_info()[0].__name__
            yield sys.exc_info()[0]
        try:
            raise KeyError("outer")
        except KeyError:
            for item in exc_state():
                print(item, sys.exc_info()[0].__name__)
        def gen_tb():
            yield 1
            1 / 0
        def consume():
            for x in gen_tb():
                pass
        consume()
    """,
    "await_chain_in_place": """
        import types
        @types.coroutine
        def suspend():
            return (yield "tick")
        async def leaf(n):
            got = await suspend()
            return n * 2 + (got or 0)
        async def middle(n):
            return await leaf(n) + 1
        async def top():
            results = []
            for i in range(3):
                results.append(await middle(i))
            return results
        co = top()
        value = co.send(None)
        try:
            while True:
                value = co.send(10)
        except StopIteration as e:
            print(value, e.value)
        async def failing():
            await suspend()
            raise ValueError("async fail")
        async def catcher():
            try:
                await failing()
            except ValueError as e:
                return f"caught {e}"
        c = catcher()
        c.send(None)
        try:
            c.send(None)
        except StopIteration as e:
            print(e.value)
    """,
}


@pytest.mark.parametrize("name", sorted(SNIPPETS))
def test_snippet(name):
    check(SNIPPETS[name])
