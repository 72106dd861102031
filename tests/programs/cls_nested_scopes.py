"""Class bodies as scopes: class names invisible in methods, comprehensions in class bodies."""
x = "module x"


class Scope:
    x = "class x"
    y = x + " (seen in body)"
    items = [x for _ in range(2)]
    first_iterable = [c for c in x]

    def method(self):
        return x

    def method_self(self):
        return self.x

    class Inner:
        z = x

    lam = lambda self: x


s = Scope()
print(Scope.y)
print(Scope.items)
print(Scope.first_iterable[:5])
print(s.method(), s.method_self(), Scope.Inner.z, s.lam())


def factory(value):
    class Made:
        attr = value

        def get(self):
            return value
    return Made


A, B = factory(1), factory(2)
print(A.attr, B().get(), A.__qualname__, A is B)


def shadow_in_class():
    v = "function local"

    class K:
        v = "class level"
        seen = v

        def m(self):
            return v
    return K.seen, K().m()


print(shadow_in_class())


def class_nonlocal():
    v = "outer"

    class K:
        nonlocal v
        v = "set from class body"
    return v


print(class_nonlocal())


class Counter:
    total = 0
    for i in range(4):
        total += i
    del i


print(Counter.total, hasattr(Counter, "i"))


class Outer:
    class Middle:
        class Inner:
            pass


print(Outer.Middle.Inner.__qualname__, Outer.Middle.Inner.__name__)


class Locals:
    a = 1
    b = 2
    snapshot = sorted(k for k in locals() if not k.startswith("__"))


print(Locals.snapshot)


def global_in_class():
    class G:
        global made_in_class
        made_in_class = "global from class body"
    return G


global_in_class()
print(made_in_class)  # noqa: F821
