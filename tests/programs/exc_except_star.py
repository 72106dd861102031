"""except* and ExceptionGroup: splitting, nesting, re-raising, subgroup/split/derive."""


def show(eg, indent=""):
    print(f"{indent}{type(eg).__name__}: {eg.message if isinstance(eg, BaseExceptionGroup) else eg}")
    if isinstance(eg, BaseExceptionGroup):
        for sub in eg.exceptions:
            show(sub, indent + "  ")


try:
    raise ExceptionGroup("batch", [ValueError("v1"), TypeError("t1"), ValueError("v2"),
                                   KeyError("k")])
except* ValueError as group:
    print("value errors:", [str(e) for e in group.exceptions], type(group).__name__)
except* (TypeError, KeyError) as group:
    print("type/key errors:", [repr(e) for e in group.exceptions])

try:
    try:
        raise ExceptionGroup("outer", [ValueError("a"), ExceptionGroup("inner", [TypeError("b"),
                                                                               OSError("c")])])
    except* TypeError as g:
        print("handled TypeError part:")
        show(g, "  ")
except ExceptionGroup as rest:
    print("unhandled rest:")
    show(rest, "  ")

try:
    raise ValueError("naked")
except* ValueError as g:
    print("naked exception wrapped:", type(g).__name__, g.exceptions, g.message == "")

eg = ExceptionGroup("all", [ValueError(1), TypeError(2), ValueError(3)])
match, rest = eg.split(ValueError)
print([e.args for e in match.exceptions], [e.args for e in rest.exceptions])
print(eg.subgroup(lambda e: isinstance(e, TypeError)).exceptions)
print(eg.subgroup(KeyError), eg.split(Exception)[1])
d = eg.derive([KeyError("new")])
print(type(d).__name__, d.message, d.exceptions)

try:
    ExceptionGroup("bad", [])
except ValueError as exc:
    print("ValueError:", exc)
try:
    ExceptionGroup("bad", [1])
except ValueError as exc:
    print("ValueError:", exc)
print(type(BaseExceptionGroup("x", [ValueError()])).__name__,
      type(BaseExceptionGroup("x", [KeyboardInterrupt()])).__name__)


def raiser():
    try:
        raise ExceptionGroup("g", [ValueError("x"), TypeError("y")])
    except* ValueError:
        raise KeyError("raised in handler")


try:
    raiser()
except ExceptionGroup as eg2:
    show(eg2)

try:
    try:
        raise ExceptionGroup("g", [ValueError("z")])
    except* ValueError:
        raise
except ExceptionGroup as eg3:
    show(eg3)

results = []
for exc in [ExceptionGroup("only types", [TypeError()]), ExceptionGroup("mixed", [OSError(), TypeError()])]:
    try:
        try:
            raise exc
        except* TypeError:
            results.append("T")
        except* OSError:
            results.append("O")
    except Exception as leftover:
        results.append(f"left {type(leftover).__name__}")
print(results)
eg = ExceptionGroup("notes", [ValueError("n")])
eg.add_note("a note on the group")
print(eg.__notes__, str(eg), repr(eg))
