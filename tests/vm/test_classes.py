"""Classes: made by the host's type machinery, with pvm dunders called back by the host."""
import pytest

from tests.vm.support import check

SNIPPETS = {
    "inheritance_super_mro": """
        class A:
            def who(self): return "A"
            def __init__(self): self.trail = ["A"]
        class B(A):
            def who(self): return "B" + super().who()
            def __init__(self):
                super().__init__()
                self.trail.append("B")
        class C(A):
            def who(self): return "C" + super().who()
            def __init__(self):
                super().__init__()
                self.trail.append("C")
        class D(B, C):
            def who(self): return "D" + super().who()
            def __init__(self):
                super().__init__()
                self.trail.append("D")
        d = D()
        print(d.who(), d.trail, [k.__name__ for k in D.__mro__], D.__qualname__)
        print(super(B, d).who(), isinstance(d, A), issubclass(D, C), type(d).__name__)
        class E(A):
            @classmethod
            def make(cls): return super().__new__(cls)
            @staticmethod
            def st(x): return x * 2
        print(type(E.make()).__name__, E.st(2), E().st(3))
    """,
    "super_errors": """
        def f():
            return super()
        try:
            f()
        except RuntimeError as e:
            print(e)
        class A:
            def m(): return super()
            def n(self):
                del self
                return super()
        try:
            A.m()
        except RuntimeError as e:
            print(e)
        try:
            A().n()
        except RuntimeError as e:
            print(e)
        class B:
            def cell(self):
                g = lambda: self
                return super().__repr__()[:9], g() is self
        print(B().cell())
    """,
    "metaclasses": """
        class Meta(type):
            @classmethod
            def __prepare__(mcs, name, bases, **kw):
                print("prepare", name, kw)
                return {"injected": 1}
            def __new__(mcs, name, bases, ns, **kw):
                print("new", name, sorted(k for k in ns if not k.startswith("__")))
                return super().__new__(mcs, name, bases, ns)
            def __init__(cls, name, bases, ns, **kw):
                super().__init__(name, bases, ns)
                cls.tag = kw.get("tag")
            def __call__(cls, *a):
                print("call", cls.__name__, a)
                return super().__call__(*a)
        class X(metaclass=Meta, tag="t"):
            def m(self): return self.injected
        print(X().m(), X.tag, type(X).__name__)
        class Y(X): pass
        print(type(Y).__name__, Y.tag)
        class M1(type): pass
        class M2(type): pass
        class P(metaclass=M1): pass
        class Q(metaclass=M2): pass
        try:
            class R(P, Q): pass
        except TypeError as e:
            print(e)
        def fmeta(name, bases, ns):
            return (name, sorted(k for k in ns if not k.startswith("__")))
        class Z(metaclass=fmeta):
            a = 1
        print(Z)
    """,
    "init_subclass_set_name_class_getitem": """
        class Base:
            registry = []
            def __init_subclass__(cls, /, flavor=None, **kw):
                super().__init_subclass__(**kw)
                cls.flavor = flavor
                Base.registry.append(cls.__name__)
            def __class_getitem__(cls, item):
                return f"{cls.__name__}[{item!r}]"
        class Sub(Base, flavor="mint"): pass
        print(Sub.flavor, Base.registry, Base[int], Sub["x"])
        class Named:
            def __set_name__(self, owner, name):
                self.where = (owner.__name__, name)
            def __get__(self, obj, owner=None):
                return self.where if obj is None else ("bound", self.where)
        class Holder:
            field = Named()
        print(Holder.field, Holder().field)
        class WithNew:
            def __new__(cls, value):
                self = super().__new__(cls)
                self.value = value * 2
                return self
        print(WithNew(4).value)
    """,
    "properties_slots_descriptors": """
        class P:
            __slots__ = ("_x", "y")
            def __init__(self): self._x = 0
            @property
            def x(self): return self._x
            @x.setter
            def x(self, v): self._x = v * 10
            @x.deleter
            def x(self): print("deleting")
        p = P()
        p.x = 2
        print(p.x, P.__slots__)
        del p.x
        try:
            p.z = 1
        except AttributeError as e:
            print(e)
        class Desc:
            def __get__(self, obj, owner): return ("get", obj is None)
            def __set__(self, obj, value): print("set", value)
            def __delete__(self, obj): print("delete")
        class H:
            d = Desc()
        h = H()
        h.d = 5
        print(h.d, H.d)
        del h.d
    """,
    "dunders_called_by_host": """
        import functools
        @functools.total_ordering
        class V:
            def __init__(self, x): self.x = x
            def __repr__(self): return f"V({self.x})"
            def __str__(self): return f"<{self.x}>"
            def __format__(self, spec): return f"V[{self.x:{spec}}]"
            def __add__(self, o): return V(self.x + (o.x if isinstance(o, V) else o))
            def __radd__(self, o): return V(o + self.x)
            def __iadd__(self, o): self.x += o; return self
            def __neg__(self): return V(-self.x)
            def __eq__(self, o): return isinstance(o, V) and self.x == o.x
            def __lt__(self, o): return self.x < o.x
            def __hash__(self): return hash(self.x)
            def __len__(self): return abs(self.x)
            def __bool__(self): return self.x != 0
            def __iter__(self): return iter(range(self.x))
            def __getitem__(self, i): return i * self.x
            def __contains__(self, v): return v == self.x
            def __call__(self, *a): return ("called", a)
            def __enter__(self): print("enter"); return self
            def __exit__(self, *exc): print("exit", exc[0]); return True
        a, b = V(2), V(3)
        print(a + b, a + 1, 1 + a, -a, a == V(2), a < b, a >= b, len(b), bool(V(0)))
        print(str(a), repr(a), format(a, "03d"), f"{b:>4}", list(b), a[5], 2 in a)
        print({a: 1, V(2): 2}, sorted([b, a, V(1)]), max(a, b), sum([a, b], V(0)))
        c = a
        c += 5
        print(c, a is c, a(1, 2), [x for x in V(3)], set([V(1), V(1)]))
        with V(7) as v:
            raise ValueError("swallowed")
        print("after with", v)
        print(list(map(V, [1, 2])), functools.reduce(lambda p, q: p + q, [a, b]))
    """,
    "getattr_hooks": """
        class Lazy:
            def __init__(self): self.real = 1
            def __getattr__(self, name):
                if name.startswith("_"):
                    raise AttributeError(name)
                return f"lazy-{name}"
        l = Lazy()
        print(l.real, l.other, getattr(l, "x"), hasattr(l, "_p"))
        class Guard:
            def __getattribute__(self, name):
                if name == "secret":
                    return "hidden"
                return object.__getattribute__(self, name)
            def __setattr__(self, name, value):
                object.__setattr__(self, name, value * 2)
            def __delattr__(self, name):
                print("delattr", name)
        g = Guard()
        g.v = 4
        print(g.secret, g.v)
        del g.v
    """,
    "class_attrs_and_namespace": """
        class K:
            "doc of K"
            count = 0
            items = [i * 2 for i in range(3)]
            def __init__(self):
                K.count += 1
            x: int = 5
            y: "str"
        K(); K()
        print(K.count, K.items, K.__doc__, K.__module__, K.__annotations__, K.__name__)
        print(sorted(k for k in vars(K) if not k.startswith("__")))
        def factory(n):
            class Local:
                value = n
                def get(self): return self.value
            return Local
        print(factory(3)().get(), factory(4).__qualname__)
    """,
    "orig_bases_mro_entries": """
        class Alias:
            def __mro_entries__(self, bases):
                return (dict,)
        class D(Alias()): pass
        print(D.__orig_bases__[0].__class__.__name__, D.__bases__, D.__mro__[1])
        from typing import Generic, TypeVar, NamedTuple
        T = TypeVar("T")
        class Box(Generic[T]):
            def __init__(self, v: T): self.v = v
        print(Box[int](3).v, Box.__orig_bases__)
        class Pt(NamedTuple):
            x: int
            y: int = 0
        print(Pt(1), Pt(1, 2)._asdict())
    """,
    "dataclass_enum_abc": """
        import dataclasses, enum, abc
        @dataclasses.dataclass(order=True)
        class DC:
            a: int
            b: list = dataclasses.field(default_factory=list)
        print(DC(1), DC(1) == DC(1), DC(1) < DC(2), dataclasses.asdict(DC(2, [1])))
        class Color(enum.Enum):
            RED = 1
            GREEN = 2
            def describe(self): return f"{self.name}={self.value}"
        print(Color.RED, Color(2), Color.GREEN.describe(), list(Color))
        class Shape(abc.ABC):
            @abc.abstractmethod
            def area(self): ...
        class Sq(Shape):
            def area(self): return 4
        try:
            Shape()
        except TypeError as e:
            print(e)
        print(Sq().area(), isinstance(Sq(), Shape))
    """,
    "classcell_errors": """
        class Meta(type):
            def __new__(mcs, name, bases, ns):
                ns.pop("__classcell__", None)
                return super().__new__(mcs, name, bases, ns)
        try:
            class A(metaclass=Meta):
                def f(self): return __class__
        except RuntimeError as e:
            print(e)
        try:
            class B(3): pass
        except TypeError as e:
            print(e)
    """,
    "instantiation": """
        class P:
            def __init__(self, a, b=2, *rest, **kw):
                self.v = (a, b, rest, kw)
        print(P(1).v, P(1, 3, 4, k=5).v)
        class Q:
            def __init__(self):
                self = None
        print(type(Q()).__name__)
        class R:
            def __init__(self):
                return 5
        try:
            R()
        except TypeError as e:
            print(e)
        class S:
            def __init__(self):
                raise ValueError("in init")
        try:
            S()
        except ValueError as e:
            print(e)
        class D(dict):
            def __init__(self, **kw):
                super().__init__(**kw)
                self.extra = 1
        print(D(a=1), D(a=1).extra)
        class N:
            def __new__(cls, *a):
                print("new", a)
                return super().__new__(cls)
            def __init__(self, *a):
                print("init", a)
        N(1, 2)
        class Other:
            def __new__(cls):
                return 42
            def __init__(self):
                print("never")
        print(Other())
        class Gen:
            def __init__(self):
                yield 1
        try:
            Gen()
        except TypeError as e:
            print(e)
        class Node:
            def __init__(self, depth):
                self.child = Node(depth - 1) if depth else None
        n = Node(400)
        count = 0
        while n:
            n, count = n.child, count + 1
        print(count)
        class Base:
            def __init__(self):
                self.order = ["base"]
        class Derived(Base):
            def __init__(self):
                super().__init__()
                self.order.append("derived")
        print(Derived().order, [type(Derived()).__name__ for _ in range(2)])
    """,
    "init_returns_value_traceback": """
        class R:
            def __init__(self):
                return 5
        def make():
            return R()
        make()
    """,
}


@pytest.mark.parametrize("name", sorted(SNIPPETS))
def test_snippet(name):
    check(SNIPPETS[name])
