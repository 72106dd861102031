"""functools.wraps: names, docs, __wrapped__, __dict__ and unwrapping chains."""
import functools
import inspect


def plain(fn):
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs)
    return wrapper


def wrapped(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        """wrapper doc"""
        return fn(*args, **kwargs)
    return wrapper


def documented(a: int, b: int = 2) -> int:
    """Add two numbers."""
    return a + b


documented.custom = "attr"
p = plain(documented)
w = wrapped(documented)
print(p.__name__, p.__qualname__, p.__doc__)
print(w.__name__, w.__qualname__, w.__doc__, w.custom, w.__annotations__)
print(w.__wrapped__ is documented, inspect.signature(w), inspect.signature(p))
print(w(1), w(1, b=5))

ww = wrapped(wrapped(documented))
print(inspect.unwrap(ww) is documented, ww.__wrapped__.__wrapped__ is documented)


def with_arg(prefix):
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*args):
            return prefix + str(fn(*args))
        return wrapper
    return deco


class Service:
    @with_arg("result=")
    def compute(self, x):
        """Compute something."""
        return x * x


print(Service().compute(7), Service.compute.__qualname__, Service.compute.__doc__)


def update_only(fn):
    def wrapper():
        return fn()
    functools.update_wrapper(wrapper, fn, assigned=("__name__",), updated=())
    return wrapper


def original():
    """doc"""
    return "orig"


u = update_only(original)
print(u.__name__, u.__doc__, u())
print(functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)
