"""Implicit chaining: __context__ set by raising in handlers, finally blocks and nested calls."""


def ctx_names(exc):
    out = []
    while exc is not None:
        out.append(f"{type(exc).__name__}({exc})")
        exc = exc.__context__
    return " <- ".join(out)


try:
    try:
        raise ValueError("one")
    except ValueError:
        raise KeyError("two")
except KeyError as exc:
    print(ctx_names(exc))

try:
    try:
        raise ValueError("in try")
    finally:
        raise OSError("in finally")
except OSError as exc:
    print(ctx_names(exc))


def helper():
    raise IndexError("from helper")


try:
    try:
        {}[0]
    except KeyError:
        helper()
except IndexError as exc:
    print(ctx_names(exc))

try:
    try:
        raise ValueError("handled")
    except ValueError:
        pass
    raise TypeError("after handled block")
except TypeError as exc:
    print(ctx_names(exc))

try:
    try:
        raise ValueError("x")
    except ValueError as e:
        raise e
except ValueError as exc:
    print("re-raise same object:", ctx_names(exc), exc.__context__ is None)

err = None
try:
    try:
        raise ValueError("a")
    except ValueError as e:
        err = e
        try:
            raise KeyError("b")
        except KeyError:
            raise err
except ValueError as exc:
    print("cycle avoided:", ctx_names(exc))

try:
    try:
        raise ValueError("first")
    except ValueError:
        try:
            raise KeyError("second")
        except KeyError:
            pass
        raise IndexError("third")
except IndexError as exc:
    print(ctx_names(exc))


def generator():
    try:
        yield 1
    except GeneratorExit:
        raise RuntimeError("closing failed")


g = generator()
next(g)
try:
    g.close()
except RuntimeError as exc:
    print(ctx_names(exc))

try:
    try:
        raise ValueError("inner")
    except ValueError:
        raise
except ValueError as exc:
    print("bare raise keeps context:", exc.__context__)
