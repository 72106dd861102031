"""The events sys.settrace sees, compared with the host's (CPython 3.11's ceval.c)."""
import gc

import pytest

from tests.vm.support import check


@pytest.fixture(autouse=True)
def _collect_earlier_garbage():
    # Garbage of earlier tests (a generator whose finally prints) must not be collected
    # while a test's output is captured; when the collector runs depends on allocations.
    gc.collect()

RECORDER = '''
import sys
events = []
def tracer(frame, event, arg):
    shown = None
    if event == "exception":
        shown = arg[0].__name__
    elif event == "return":
        shown = type(arg).__name__
    events.append((frame.f_code.co_name, event, frame.f_lineno, shown))
    return tracer
def show():
    for e in events:
        print(e)
'''


def test_await_and_async_for_report_the_stop_iteration_of_send():
    check(RECORDER + '''
async def sub():
    return 5
async def agen():
    yield 1
async def f():
    x = await sub()
    async for i in agen():
        pass
sys.settrace(tracer)
try:
    f().send(None)
except StopIteration:
    pass
sys.settrace(None)
show()
''')


def test_yield_from_reports_stop_iteration_only_when_one_is_raised():
    check(RECORDER + '''
def g(r):
    yield 1
    return r
def outer():
    a = yield from g(2)
    b = yield from g(None)
    c = yield from iter([1])
sys.settrace(tracer)
list(outer())
sys.settrace(None)
show()
''')


def test_a_handler_on_another_line_gets_a_line_event():
    check(RECORDER + '''
def func():
    try:
        1/0
    except ZeroDivisionError:
        pass
    try:
        try:
            [][1]
        finally:
            x = 1
    except IndexError:
        pass
sys.settrace(tracer)
func()
sys.settrace(None)
show()
''')


def test_a_trace_function_raising_on_call_or_exception_leaves_no_frame_behind():
    # Garbage of earlier tests (a generator whose finally prints) must not be collected
    # while this one's output is captured.
    gc.collect()
    check('''
import sys
def f(event):
    if event == "exception":
        x = 0
        y = 1 / x
    return 1
for event in ("call", "exception", "line", "return"):
    def trace(frame, ev, arg, event=event):
        if ev == event:
            raise ValueError(event)
        return trace
    caught = 0
    # More calls than pvm's default depth limit: a frame left on the chain each
    # time would end in RecursionError.
    for i in range(1500):
        sys.settrace(trace)
        try:
            f(event)
        except ValueError:
            caught += 1
    sys.settrace(None)
    print(event, caught, sys.gettrace())
''')


def test_an_exception_the_trace_function_raises_can_be_caught_by_the_frame():
    check('''
import sys
def f():
    try:
        1 / 0
    except ValueError as e:
        return "caught " + str(e)
def trace(frame, event, arg):
    if event == "exception":
        raise ValueError("from the tracer")
    return trace
sys.settrace(trace)
print(f())
sys.settrace(None)
''')


def test_for_loops_report_a_stop_iteration_that_was_raised():
    check(RECORDER + '''
def g(r):
    yield 1
    return r
class It:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 2:
            raise StopIteration
        return self.n
def main():
    for i in g(5):
        pass
    for i in g(None):
        pass
    for i in [1, 2]:
        pass
    for i in It():
        pass
    for i in map(str, [1]):
        pass
sys.settrace(tracer)
main()
sys.settrace(None)
show()
''')
