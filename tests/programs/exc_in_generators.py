"""Exceptions and generators: propagation, PEP 479 StopIteration conversion, handlers inside."""


def failing():
    yield 1
    raise ValueError("generator failed")


g = failing()
print(next(g))
try:
    next(g)
except ValueError as exc:
    print("ValueError:", exc)
print(next(g, "exhausted after error"))


def leaks_stopiteration():
    yield 1
    raise StopIteration("explicit")


try:
    list(leaks_stopiteration())
except RuntimeError as exc:
    print("RuntimeError:", exc, "| cause:", repr(exc.__cause__))


def next_on_empty():
    yield next(iter([]))


try:
    list(next_on_empty())
except RuntimeError as exc:
    print("RuntimeError:", exc)


def handles_inside():
    for i in range(4):
        try:
            if i == 2:
                raise KeyError(i)
            yield i
        except KeyError as exc:
            yield f"handled {exc}"


print(list(handles_inside()))


def cleanup():
    try:
        yield "a"
        yield "b"
    except GeneratorExit:
        print("  GeneratorExit seen")
        raise
    finally:
        print("  cleanup finally")


c = cleanup()
print(next(c))
c.close()
print("closed; next ->", next(c, "nothing"))


def catch_in_caller():
    data = [1, 0, 2]
    for d in data:
        yield 10 / d


out = []
try:
    for v in catch_in_caller():
        out.append(v)
except ZeroDivisionError as exc:
    out.append(f"stopped: {exc}")
print(out)


def exc_info_in_generator():
    import sys
    try:
        raise TypeError("inside")
    except TypeError:
        yield repr(sys.exc_info()[1])
        yield repr(sys.exc_info()[1])
    yield repr(sys.exc_info()[1])


gen = exc_info_in_generator()
print(next(gen))
try:
    raise IndexError("caller's")
except IndexError:
    print(next(gen))
print(next(gen))


def return_stops():
    yield 1
    return "done"


r = return_stops()
next(r)
try:
    next(r)
except StopIteration as exc:
    print("StopIteration value:", exc.value, exc.args)

genexp = (1 / x for x in [1, 0])
print(next(genexp))
try:
    next(genexp)
except ZeroDivisionError as exc:
    print("ZeroDivisionError in genexp:", exc)
