"""UnboundLocalError and NameError, with CPython's messages, including free variables."""
x = "global x"


def reads_before_assign():
    print(x)
    x = "local"


def deleted_then_read():
    y = 1
    del y
    return y


def free_unbound():
    def inner():
        return z
    try:
        return inner()
    finally:
        z = 1


def free_deleted():
    w = 1

    def inner():
        return w
    del w
    return inner()


def conditional_assign(flag):
    if flag:
        value = "set"
    return value


def undefined_name():
    return totally_undefined  # noqa: F821


for fn, args in [(reads_before_assign, ()), (deleted_then_read, ()), (free_unbound, ()),
                 (free_deleted, ()), (conditional_assign, (False,)), (undefined_name, ())]:
    try:
        fn(*args)
    except NameError as exc:
        print(type(exc).__name__, "|", exc, "|", isinstance(exc, NameError))
print(conditional_assign(True))
print(issubclass(UnboundLocalError, NameError))
try:
    del never_defined  # noqa: F821
except NameError as exc:
    print("NameError:", exc, exc.name)
