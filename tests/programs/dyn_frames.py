"""sys._getframe and frame objects: names, line numbers, f_back chains, f_locals, inspect.stack."""
import inspect
import sys


def who_called():
    frame = sys._getframe(1)
    return frame.f_code.co_name


def outer_function():
    return who_called()


print(outer_function(), who_called())


def chain():
    names = []
    frame = sys._getframe()
    while frame is not None:
        names.append(frame.f_code.co_name)
        frame = frame.f_back
    return names


def a():
    return b()


def b():
    return chain()


print(a())


def line_numbers():
    here = sys._getframe().f_lineno
    there = sys._getframe().f_lineno
    return there - here


print(line_numbers())


def frame_locals():
    value = 42
    name = "frame"
    return {k: v for k, v in sys._getframe().f_locals.items() if k in ("value", "name")}


print(frame_locals())


def globals_of_frame():
    return sys._getframe().f_globals is globals(), sys._getframe().f_builtins is __builtins__.__dict__


print(globals_of_frame())


def with_inspect():
    frame = inspect.currentframe()
    info = inspect.getframeinfo(frame)
    stack = inspect.stack()
    return info.function, [s.function for s in stack], stack[0].code_context is not None


print(with_inspect())
try:
    sys._getframe(1000)
except ValueError as exc:
    print("ValueError:", exc)
print(sys._getframe().f_code.co_name, sys._getframe().f_back)


class Tracer:
    def method(self):
        f = sys._getframe()
        return f.f_code.co_name, f.f_code.co_qualname, "self" in f.f_locals


print(Tracer().method())


def gen():
    yield sys._getframe().f_code.co_name
    yield sys._getframe(1).f_code.co_name


print(list(gen()))
print(inspect.getmodule(sys._getframe().f_code) if False else __name__,
      inspect.getouterframes(inspect.currentframe())[0].function)
