"""__traceback__: tb_next chains, line numbers, frame names, with_traceback, tb_frame locals."""
import sys


def level3():
    local_value = 42
    raise ValueError("deep")


def level2():
    level3()


def level1():
    level2()


def walk(tb):
    out = []
    while tb is not None:
        out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    return out


try:
    level1()
except ValueError as exc:
    tb = exc.__traceback__
    print(walk(tb))
    last = tb
    while last.tb_next:
        last = last.tb_next
    print(last.tb_frame.f_locals["local_value"], type(tb).__name__)
    print(exc.__traceback__ is sys.exc_info()[2])

e = ValueError("fresh")
print(e.__traceback__)
e2 = e.with_traceback(None)
print(e2 is e)
try:
    raise e
except ValueError as caught:
    first = walk(caught.__traceback__)
try:
    raise e
except ValueError as caught:
    second = walk(caught.__traceback__)
print(first, len(second))


def reraise():
    try:
        level3()
    except ValueError as exc:
        raise exc


try:
    reraise()
except ValueError as exc:
    print(walk(exc.__traceback__))


def capture():
    try:
        level2()
    except ValueError as exc:
        return exc


saved = capture()
try:
    raise saved.with_traceback(saved.__traceback__)
except ValueError as exc:
    print(walk(exc.__traceback__))

try:
    raise KeyError("k").with_traceback(None)
except KeyError as exc:
    print(walk(exc.__traceback__))

try:
    e.__traceback__ = "bad"
except TypeError as exc:
    print("TypeError:", exc)


def frame_info():
    try:
        1 / 0
    except ZeroDivisionError as exc:
        tb = exc.__traceback__
        return tb.tb_frame.f_code.co_name, tb.tb_lineno - frame_info.__code__.co_firstlineno, \
            tb.tb_lasti >= 0


print(frame_info())
