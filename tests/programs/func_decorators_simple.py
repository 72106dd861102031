"""Decorators: plain, with arguments, stacked (order of application and of calls)."""
trace = []


def logged(fn):
    def wrapper(*args, **kwargs):
        trace.append(f"call {fn.__name__}{args}")
        result = fn(*args, **kwargs)
        trace.append(f"ret {fn.__name__} -> {result!r}")
        return result
    return wrapper


def repeat(times):
    def decorator(fn):
        def wrapper(*args):
            return [fn(*args) for _ in range(times)]
        return wrapper
    return decorator


def tag(name):
    print("making tag", name)

    def decorator(fn):
        print("applying tag", name, "to", fn.__name__)

        def wrapper(*args):
            return f"<{name}>{fn(*args)}</{name}>"
        wrapper.__name__ = fn.__name__
        return wrapper
    return decorator


@logged
def add(a, b):
    return a + b


@repeat(3)
def hello(name):
    return "hi " + name


@tag("b")
@tag("i")
def text(s):
    return s


print(add(2, 3))
print(trace)
print(hello("bob"))
print(text("x"))

registry = {}


def register(fn):
    registry[fn.__name__] = fn
    return fn


@register
def alpha():
    return "a"


@register
def beta():
    return "b"


print(sorted(registry), registry["beta"]())

# Any expression can be a decorator (PEP 614).
decorators = [logged, repeat(2)]


@decorators[1]
def twice():
    return 2


@(lambda fn: lambda: fn() * 100)
def hundred():
    return 3


print(twice(), hundred())


def counted(fn):
    def wrapper(*a):
        wrapper.calls += 1
        return fn(*a)
    wrapper.calls = 0
    return wrapper


@counted
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)


print(fact(10), fact.calls)


class Decorated:
    @logged
    def method(self, x):
        return x * 2


trace.clear()
print(Decorated().method(21), trace[0].startswith("call method(<__main__.Decorated object"))
