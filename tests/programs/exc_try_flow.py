"""try/except/else/finally: which blocks run, in which order, for each way out."""


def run(action):
    log = []
    try:
        log.append("try")
        if action == "raise":
            raise ValueError("v")
        if action == "other":
            raise KeyError("k")
        log.append("try-end")
    except ValueError as exc:
        log.append(f"except ValueError {exc}")
    except (KeyError, IndexError) as exc:
        log.append(f"except tuple {type(exc).__name__}")
    else:
        log.append("else")
    finally:
        log.append("finally")
    return log


for action in ["none", "raise", "other"]:
    print(action, run(action))


def nested(n):
    try:
        try:
            if n == 1:
                raise TypeError("inner")
            if n == 2:
                raise ZeroDivisionError("passes inner")
        except TypeError:
            print("  inner handler")
            raise RuntimeError("from inner handler")
        finally:
            print("  inner finally")
    except RuntimeError as exc:
        print("  outer caught RuntimeError:", exc, "| context:", repr(exc.__context__))
    except ArithmeticError as exc:
        print("  outer caught ArithmeticError:", exc)
    else:
        print("  outer else")


for n in range(3):
    print("nested", n)
    nested(n)


def classify(exc):
    try:
        raise exc
    except LookupError:
        return "LookupError branch"
    except ArithmeticError:
        return "ArithmeticError branch"
    except Exception as e:
        return f"Exception branch ({type(e).__name__})"


for e in [KeyError(), IndexError(), ZeroDivisionError(), OverflowError(), OSError(), StopIteration()]:
    print(type(e).__name__, "->", classify(e))

try:
    raise ValueError
except ValueError as e:
    print(repr(e), e.args)

try:
    raise ValueError("a", 1, None)
except ValueError as e:
    print(repr(e), str(e), e.args)

exc_types = (TypeError, ValueError)
try:
    int("x")
except exc_types as e:
    print("caught via tuple variable:", e)

try:
    try:
        raise KeyError("x")
    except 42:
        pass
except TypeError as e:
    print("TypeError:", e)

for i in range(3):
    try:
        if i == 1:
            continue
        print("loop body", i)
    finally:
        print("loop finally", i)
