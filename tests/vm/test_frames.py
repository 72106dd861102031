"""Frames, tracebacks and the thread state as pvm code and the runtime see them."""
import pytest

from pvm.vm import state
from tests.vm.support import check, run_pvm

SNIPPETS = {
    "getframe": """
        import sys
        def inner(a, b=2):
            c = a + b
            f = sys._getframe()
            return (f.f_code.co_name, sorted(f.f_locals), f.f_back.f_code.co_name,
                    f.f_globals is globals(), f.f_back.f_lineno)
        def outer():
            return inner(1)
        print(outer())
        def line_of_call():
            return sys._getframe().f_lineno
        print(line_of_call(), sys._getframe().f_code.co_name)
        try:
            sys._getframe(50)
        except ValueError as e:
            print(e)
    """,
    "f_locals_cells_and_free": """
        import sys
        def outer(x):
            y = 2
            def inner():
                return x + y
            z = inner()
            return sorted(sys._getframe().f_locals)
        print(outer(5))
        class K:
            a = 1
            print(sorted(k for k in sys._getframe().f_locals if not k.startswith("__")))
    """,
    "traceback_objects": """
        import traceback
        def f():
            x = 1
            return x / 0
        try:
            f()
        except ZeroDivisionError as e:
            tb = e.__traceback__
            print(type(tb).__name__, tb.tb_frame.f_code.co_name, tb.tb_next.tb_frame.f_code.co_name)
            last = tb.tb_next
            print(last.tb_lineno, last.tb_lasti >= 0, last.tb_next, last.tb_frame.f_locals)
            print([line.strip() for line in traceback.format_tb(e.__traceback__)][-1:])
            print(traceback.format_exception_only(type(e), e))
            summary = traceback.extract_tb(e.__traceback__)
            print([(s.name, s.lineno, s.line) for s in summary])
    """,
    "generator_frames": """
        def g():
            x = yield 1
            yield x
        gen = g()
        print(gen.gi_frame.f_lasti, gen.gi_frame.f_lineno)
        next(gen)
        print(gen.gi_frame.f_lineno, gen.gi_frame.f_back, sorted(gen.gi_frame.f_locals))
        gen.send("v")
        print(gen.gi_frame.f_locals)
    """,
    "frame_clear": """
        import sys
        def f():
            return sys._getframe()
        fr = f()
        fr.clear()
        print(fr.f_locals)
        try:
            sys._getframe().clear()
        except RuntimeError as e:
            print(e)
    """,
}


@pytest.mark.parametrize("name", sorted(SNIPPETS))
def test_snippet(name):
    check(SNIPPETS[name])


def test_current_frame_and_exc_info_outside_pvm():
    assert state.current_frame() is None
    assert state.exc_info() == (None, None, None)


def test_traceback_of_escaping_exception():
    outcome = run_pvm("def f():\n    raise KeyError('k')\n\nf()\n")
    tb = state.traceback_of(outcome.exc)
    entries = []
    while tb is not None:
        entries.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    assert entries == [("<module>", 4), ("f", 2)]


def test_recursion_limit_setters():
    old = state.get_recursion_limit()
    with pytest.raises(ValueError):
        state.set_recursion_limit(0)
    state.set_recursion_limit(5000)
    assert state.get_recursion_limit() == 5000
    import sys
    assert sys.getrecursionlimit() >= 5000
    state.set_recursion_limit(old)


def test_settrace_events():
    events = []
    source = "def f(a):\n    b = a + 1\n    return b\nf(1)\n"
    from tests.vm.support import pvm_builtins, pvm_compile
    from pvm.vm.interp import run_code
    code = pvm_compile(source)

    def tracer(frame, event, arg):
        if frame.f_code.co_name == "f":
            events.append((event, frame.f_lineno, arg))
        return tracer
    state.settrace(tracer)
    try:
        run_code(code, {"__name__": "__main__", "__builtins__": pvm_builtins()})
    finally:
        state.settrace(None)
    assert events == [("call", 1, None), ("line", 2, None), ("line", 3, None),
                      ("return", 3, 2)]


def test_tracing_started_in_the_middle_of_frames():
    """pdb's set_trace: the callers get f_trace, then settrace; their next lines are traced."""
    source = (
        "import sys\n"
        "events = []\n"
        "def tracer(frame, event, arg):\n"
        "    if frame.f_code.co_name in ('work', 'outer'):\n"
        "        events.append((frame.f_code.co_name, event, frame.f_lineno))\n"
        "    return tracer\n"
        "def set_trace():\n"
        "    frame = sys._getframe().f_back\n"
        "    while frame:\n"
        "        frame.f_trace = tracer\n"
        "        frame = frame.f_back\n"
        "    sys.settrace(tracer)\n"
        "def work():\n"
        "    set_trace()\n"
        "    a = 1\n"
        "    return a\n"
        "def outer():\n"
        "    x = work()\n"
        "    y = x + 1\n"
        "    return y\n"
        "result = outer()\n"
        "sys.settrace(None)\n"
        "print(result, events)\n")
    from tests.vm.support import run_host
    host = run_host(source)
    mine = run_pvm(source)
    assert mine.error is None, mine.error
    assert mine.stdout == host.stdout


JUMP_PROGRAM = """
import sys
def jumper(target_from, target_to):
    jumped = False
    def trace(frame, event, arg):
        nonlocal jumped
        if event == "line" and frame.f_code.co_name == "body" and not jumped:
            first = frame.f_code.co_firstlineno
            if frame.f_lineno == first + target_from:
                # Once only: returning None does not stop line events in 3.11, so a
                # backward jump taken every time would loop for ever.
                jumped = True
                try:
                    frame.f_lineno = first + target_to
                except ValueError as e:
                    out.append(str(e))
                return None
        return trace
    return trace
def body():
    out.append(1)
    out.append(2)
    for i in range(2):
        out.append(4)
    try:
        out.append(6)
    except Exception:
        out.append(8)
    out.append(9)
for start, to in ((1, 3), (2, 9), (9, 2), (4, 9), (9, 4), (1, 8), (1, 50), (2, -3)):
    out = []
    sys.settrace(jumper(start, to))
    body()
    sys.settrace(None)
    print(start, to, out)
def no_trace():
    try:
        sys._getframe().f_lineno = 3
    except ValueError as e:
        print(e)
no_trace()
"""


def test_jumps_from_a_trace_function():
    from tests.vm.support import run_host
    host = run_host(JUMP_PROGRAM)
    mine = run_pvm(JUMP_PROGRAM)
    assert mine.error is None, mine.error
    assert mine.stdout == host.stdout


def test_instruction_without_location_has_no_line():
    # A location table whose entries say "no location": f_lineno and tb_lineno read None
    # (test_exceptions PEP626Tests.test_missing_lineno_shows_as_none).
    check("""
        def f():
            1/0
        def lines_after_raise(f):
            try:
                f()
            except Exception as ex:
                tb = ex.__traceback__.tb_next
                frame = tb.tb_frame
                return frame.f_lineno and frame.f_lineno - frame.f_code.co_firstlineno, tb.tb_lineno
        print(lines_after_raise(f)[0])
        f.__code__ = f.__code__.replace(co_linetable=b'\\xf8\\xf8\\xf8\\xf9\\xf8\\xf8\\xf8')
        print(lines_after_raise(f))
        """, frames=False)


def test_uncaught_without_location_shows_line_minus_one(tmp_path):
    # The C traceback display prints the stored int: "line -1".
    from tests.cli.pvmrun import run_pvm as run_pvm_command, run_python
    (tmp_path / "prog.py").write_text(
        "def f():\n    1/0\n"
        "f.__code__ = f.__code__.replace(co_linetable=b'\\xf8\\xf8\\xf8\\xf9\\xf8\\xf8\\xf8')\n"
        "f()\n")
    host = run_python(["prog.py"], cwd=tmp_path)
    ours = run_pvm_command(["prog.py"], cwd=tmp_path)
    assert b'line -1, in f' in host.stderr
    assert ours.stderr == host.stderr
