"""`frame.f_lineno = n` from a trace function (CPython's frame_setlineno and mark_stacks).

Each case runs a function under a trace function that jumps once, as the JumpTracer of
CPython's test_sys_settrace, on pvm and on the host, and compares what the function
recorded and the ValueError refused jumps give.
"""
import pytest

from tests.vm.support import check

HARNESS = '''
import sys

def jump(func, frm, to, event="line"):
    out = []
    code = func.__code__
    st = {"done": False, "first": None}
    def tr(frame, ev, arg):
        if st["done"]:
            return
        if st["first"] is None and frame.f_code == code and ev == "line":
            st["first"] = frame.f_lineno - 1
        if ev == event and st["first"] is not None and frame.f_lineno == st["first"] + frm:
            f = frame
            while f is not None and f.f_code != code:
                f = f.f_back
            if f is not None:
                try:
                    frame.f_lineno = st["first"] + to
                except ValueError as e:
                    out.append(("ValueError", str(e)))
                st["done"] = True
        return tr
    sys.settrace(tr)
    try:
        func(out)
    except Exception as e:
        out.append((type(e).__name__, str(e)))
    finally:
        sys.settrace(None)
    print(func.__name__, out)

class tracecontext:
    def __init__(self, output, value):
        self.output = output
        self.value = value
    def __enter__(self):
        self.output.append(self.value)
    def __exit__(self, *exc_info):
        self.output.append(-self.value)
'''

CASES = {
    "forwards_out_of_with": ("""
        def f(output):
            with tracecontext(output, 1):
                output.append(2)
            output.append(3)
        """, 2, 3),
    "backwards_out_of_with": ("""
        def f(output):
            output.append(1)
            with tracecontext(output, 2):
                output.append(3)
        """, 3, 1),
    "out_of_with_assignment": ("""
        def f(output):
            output.append(1)
            with tracecontext(output, 2) \\
                    as x:
                output.append(4)
            output.append(5)
        """, 3, 5),
    "out_of_nested_withs": ("""
        def f(output):
            with tracecontext(output, 1):
                with tracecontext(output, 2):
                    output.append(3)
                output.append(4)
            output.append(5)
        """, 3, 5),
    "no_jump_into_with": ("""
        def f(output):
            output.append(1)
            with tracecontext(output, 2):
                output.append(3)
        """, 1, 3),
    "no_jump_into_for": ("""
        def f(output):
            output.append(1)
            for i in range(2):
                output.append(3)
        """, 1, 3),
    "out_of_for": ("""
        def f(output):
            for i in range(3):
                output.append(2)
            output.append(3)
        """, 2, 3),
    "no_jump_into_bare_except": ("""
        def f(output):
            output.append(1)
            try:
                output.append(3)
            except:
                output.append(5)
        """, 1, 5),
    "no_jump_into_qualified_except": ("""
        def f(output):
            output.append(1)
            try:
                output.append(3)
            except Exception:
                output.append(5)
        """, 1, 5),
    "out_of_except": ("""
        def f(output):
            try:
                1 / 0
            except ZeroDivisionError:
                output.append(4)
                output.append(5)
            output.append(6)
        """, 4, 6),
    "with_null_on_stack": ("""
        def f(output):
            a = 1
            list.append(
                output, 3
            )
            output.append(5)
            (
                ( # 7
                    a
                    +
                    10
                )
                +
                13
            )
            output.append(15)
        """, 3, 7),
    "call_argument_on_stack": ("""
        def f(output):
            a = 1
            print(
                output.append(3)
            )
            output.append(5)
            (
                ( # 7
                    a
                    +
                    10
                )
                +
                13
            )
            output.append(15)
        """, 3, 7),
    "unpack_to_line_start": ("""
        def f(output):
            output.append(1)
            (
                _, *_, _
            ) = output.append(4) or "Spam"
            output.append(5)
        """, 3, 4),
    "from_call_event": ("""
        def f(output):
            output.append(1)
            def nested():
                output.append(3)
            nested()
            output.append(5)
        """, 2, 3, "call"),
    "from_return_event": ("""
        def f(output):
            output.append(1)
            return
        """, 2, 1, "return"),
    "from_exception_event": ("""
        def f(output):
            output.append(1)
            1 / 0
        """, 2, 1, "exception"),
    "from_yield": ("""
        def f(output):
            def gen():
                output.append(2)
                yield 3
            next(gen())
            output.append(5)
        """, 3, 2, "return"),
    "out_of_range": ("""
        def f(output):
            output.append(1)
            output.append(2)
        """, 1, 50),
    "before_the_code": ("""
        def f(output):
            output.append(1)
            output.append(2)
        """, 2, -3),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_jump(name):
    body, frm, to, *event = CASES[name]
    event = event[0] if event else "line"
    import textwrap
    source = HARNESS + textwrap.dedent(body) + f"jump(f, {frm}, {to}, {event!r})\n"
    check(source)


def test_the_jump_target_sends_no_line_event():
    check("""
        import sys
        def f(output):
            output.append(1)
            output.append(2)
            output.append(3)
            output.append(4)
        events = []
        def tr(frame, event, arg):
            if frame.f_code is f.__code__:
                events.append((event, frame.f_lineno - f.__code__.co_firstlineno))
                if event == "line" and frame.f_lineno == f.__code__.co_firstlineno + 1:
                    frame.f_lineno += 2
            return tr
        out = []
        sys.settrace(tr)
        f(out)
        sys.settrace(None)
        print(out, events)
    """)


def test_setting_f_lineno_outside_a_trace_function():
    check("""
        import sys
        try:
            sys._getframe().f_lineno = 3
        except ValueError as e:
            print(e)
    """)
