"""Exceptions: handlers, chaining, tracebacks through pvm frames, except*, with."""
import pytest

from tests.vm.support import check, run_pvm

SNIPPETS = {
    "try_except_else_finally": """
        def f(x):
            try:
                if x == 0:
                    raise ValueError("zero")
                r = 10 // x
            except ValueError as e:
                print("value", e)
                return "v"
            except (ZeroDivisionError, TypeError) as e:
                print("other", type(e).__name__)
            else:
                print("else", r)
            finally:
                print("finally", x)
            return "end"
        print(f(0), f(2), f("s"))
        try:
            try:
                raise KeyError("k")
            finally:
                print("inner finally")
        except KeyError as e:
            print("outer", repr(e))
        try:
            pass
        except:
            print("never")
        else:
            print("else runs")
    """,
    "context_and_cause": """
        def show(e):
            print(type(e).__name__, e, type(e.__context__).__name__, type(e.__cause__).__name__,
                  e.__suppress_context__)
        try:
            try:
                {}["missing"]
            except KeyError:
                int("x")
        except ValueError as e:
            show(e)
        try:
            try:
                1 / 0
            except ZeroDivisionError as z:
                raise RuntimeError("wrapped") from z
        except RuntimeError as e:
            show(e)
        try:
            try:
                1 / 0
            except ZeroDivisionError:
                raise RuntimeError("hidden") from None
        except RuntimeError as e:
            show(e)
        try:
            try:
                raise TypeError("first")
            except TypeError as t:
                raise t
        except TypeError as e:
            show(e)
        try:
            raise ValueError from KeyError
        except ValueError as e:
            show(e)
        def inner():
            raise IndexError("from a call")
        try:
            try:
                raise KeyError(1)
            except KeyError:
                inner()
        except IndexError as e:
            show(e)
    """,
    "raise_forms_and_errors": """
        for thing in (ValueError, ValueError("x"), 5, object):
            try:
                raise thing
            except Exception as e:
                print(type(e).__name__, e)
        try:
            raise ValueError from 5
        except TypeError as e:
            print(e)
        try:
            raise
        except RuntimeError as e:
            print(e)
        class Bad(Exception):
            def __new__(cls): return 5
        try:
            raise Bad
        except TypeError as e:
            print(str(e)[:40])
        try:
            try:
                1 / 0
            except 5:
                pass
        except TypeError as e:
            print(e)
        try:
            try:
                1 / 0
            except (ZeroDivisionError, 5):
                print("matched before the bad entry")
        except TypeError as e:
            print("type error", e)
    """,
    "bare_reraise_and_exc_info": """
        import sys
        def g():
            try:
                raise KeyError("deep")
            except KeyError:
                print("in handler", sys.exc_info()[0].__name__)
                raise
        try:
            g()
        except KeyError as e:
            print("reraised", e)
        print(sys.exc_info())
        try:
            raise ValueError(1)
        except ValueError:
            try:
                raise TypeError(2)
            except TypeError:
                print(sys.exc_info()[1])
            print(sys.exc_info()[1])
        print(sys.exc_info()[0])
    """,
    "exception_variable_cleared": """
        try:
            raise ValueError
        except ValueError as err:
            pass
        try:
            err
        except NameError as e:
            print(e)
        def f():
            try:
                1 / 0
            except ZeroDivisionError as e:
                return e.args
        print(f())
    """,
    "uncaught_traceback_lines": """
        def a():
            return b()
        def b():
            x = [1]
            return x[5]
        a()
    """,
    "uncaught_in_method_and_lambda": """
        class C:
            def m(self):
                return (lambda: {}["k"])()
        def call():
            C().m()
        call()
    """,
    "uncaught_from_handler": """
        def f():
            try:
                raise ValueError("a")
            except ValueError:
                raise TypeError("b")
        f()
    """,
    "uncaught_reraise_keeps_line": """
        def f():
            try:
                1 / 0
            except ZeroDivisionError:
                print("log")
                raise
        f()
    """,
    "uncaught_from_iterator_on_back_edge": """
        class Countdown:
            def __init__(self): self.n = 2
            def __iter__(self): return self
            def __next__(self):
                self.n -= 1
                if self.n < 0:
                    raise ValueError("exhausted badly")
                return self.n
        def consume():
            seen = []
            for item in Countdown():
                seen.append(item)
            return seen
        consume()
    """,
    "uncaught_finally": """
        def f():
            try:
                int("bad")
            finally:
                print("cleanup")
        f()
    """,
    "traceback_attribute": """
        import traceback
        def fail():
            raise ValueError("tb")
        try:
            fail()
        except ValueError as e:
            tb = e.__traceback__
            lines = []
            while tb is not None:
                lines.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
                tb = tb.tb_next
            print(lines[-2:])
            print([(f.name, f.lineno) for f in traceback.extract_tb(e.__traceback__)][-2:])
            e2 = e.with_traceback(None)
            print(e2 is e, e.__traceback__)
    """,
    "with_statement": """
        class CM:
            def __init__(self, name, swallow=False):
                self.name, self.swallow = name, swallow
            def __enter__(self):
                print("enter", self.name)
                return self.name
            def __exit__(self, t, v, tb):
                print("exit", self.name, t.__name__ if t else None, tb is not None)
                return self.swallow
        with CM("a") as a, CM("b") as b:
            print("body", a, b)
        with CM("s", True):
            raise KeyError
        try:
            with CM("n"):
                raise KeyError("out")
        except KeyError as e:
            print("propagated", e)
        def ret():
            with CM("r"):
                return "returned"
        print(ret())
        for i in range(3):
            with CM(i):
                if i == 1:
                    continue
                if i == 2:
                    break
        try:
            with 5:
                pass
        except TypeError as e:
            print(e)
        import contextlib
        @contextlib.contextmanager
        def managed():
            print("setup")
            try:
                yield 42
            except ZeroDivisionError:
                print("handled in generator")
            finally:
                print("teardown")
        with managed() as v:
            print(v)
            1 / 0
        with contextlib.suppress(KeyError):
            {}[1]
        print("done")
    """,
    "except_star": """
        def run(excs):
            try:
                raise ExceptionGroup("eg", excs)
            except* ValueError as g:
                print("values", [str(e) for e in g.exceptions])
            except* TypeError as g:
                print("types", len(g.exceptions))
        run([ValueError("a"), TypeError("b"), ValueError("c")])
        try:
            run([KeyError("k"), ValueError("v")])
        except ExceptionGroup as rest:
            print("rest", [type(e).__name__ for e in rest.exceptions])
        try:
            raise ValueError("naked")
        except* ValueError as g:
            print("naked wrapped", type(g).__name__, g.exceptions)
        try:
            try:
                raise ExceptionGroup("outer", [ValueError(1), OSError(2)])
            except* ValueError:
                raise
        except ExceptionGroup as e:
            print("reraised", [type(x).__name__ for x in e.exceptions])
        try:
            try:
                raise ExceptionGroup("o", [ValueError(1)])
            except* ValueError:
                raise KeyError("new")
        except ExceptionGroup as e:
            print("new raised", type(e).__name__, [type(x).__name__ for x in e.exceptions])
        try:
            try:
                raise ValueError
            except* ExceptionGroup:
                pass
        except TypeError as e:
            print(e)
    """,
    "exception_group_split_with_functions": """
        eg = ExceptionGroup("g", [ValueError(1), TypeError(2), ExceptionGroup("in", [KeyError(3)])])
        match, rest = eg.split(lambda e: isinstance(e, (TypeError, KeyError)))
        print(repr(match), repr(rest))
        print(repr(eg.subgroup(lambda e: isinstance(e, ValueError))))
        print(repr(eg.subgroup(ValueError)), eg.split((KeyError,))[0].exceptions)
        print("a b".split(), "x-y".split("-"))
    """,
    "exception_in_generator_expression_and_comprehension": """
        try:
            [1 / x for x in (1, 0)]
        except ZeroDivisionError as e:
            print("comp", e)
        try:
            sum(1 / x for x in (1, 0))
        except ZeroDivisionError as e:
            print("genexp", e)
    """,
    "custom_exceptions": """
        class AppError(Exception):
            def __init__(self, code, msg):
                super().__init__(msg)
                self.code = code
            def __str__(self): return f"[{self.code}] {self.args[0]}"
        try:
            raise AppError(7, "broken")
        except AppError as e:
            print(e, e.code, repr(e), e.args)
        class Sub(AppError): pass
        try:
            raise Sub(8, "sub")
        except AppError as e:
            print(type(e).__name__, e)
        import pickle, copy
        e = AppError(1, "p")
        print(pickle.loads(pickle.dumps(ValueError("pick"))), copy.copy(e).code)
    """,
    "keyboard_interrupt_like": """
        class Stop(BaseException): pass
        def f():
            try:
                raise Stop
            except Exception:
                print("not here")
        try:
            f()
        except BaseException as e:
            print("base", type(e).__name__)
        try:
            raise SystemExit(3)
        except SystemExit as e:
            print("exit code", e.code)
    """,
}


@pytest.mark.parametrize("name", sorted(SNIPPETS))
def test_snippet(name):
    check(SNIPPETS[name])


def test_exception_with_pvm_traceback_pickles():
    outcome = run_pvm("import pickle\ntry:\n    1/0\nexcept ZeroDivisionError as e:\n"
                      "    print(type(pickle.loads(pickle.dumps(e))).__name__)\n")
    assert outcome.stdout == "ZeroDivisionError\n"
