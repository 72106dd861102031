"""super(type, obj) and super(type, type): skipping classes in the MRO, unbound super."""


class A:
    def name(self):
        return "A"

    @classmethod
    def cname(cls):
        return "A:" + cls.__name__

    @staticmethod
    def sname():
        return "static A"


class B(A):
    def name(self):
        return "B>" + super().name()


class C(A):
    def name(self):
        return "C>" + super().name()


class D(B, C):
    def name(self):
        return "D>" + super().name()


d = D()
print(d.name())
print(super(D, d).name())
print(super(B, d).name())
print(super(C, d).name())
print(super(D, D).cname())
print(super(B, D).cname(), super(D, d).sname())
print(super(D, D).name(d))

try:
    super(B, 5)
except TypeError as exc:
    print("TypeError:", exc)

try:
    super(D, d).missing
except AttributeError as exc:
    print("AttributeError:", exc)


class Meta(type):
    def describe(cls):
        return f"Meta.describe({cls.__name__})"


class SubMeta(Meta):
    def describe(cls):
        return "SubMeta+" + super().describe()


class WithMeta(metaclass=SubMeta):
    pass


print(WithMeta.describe())


class New:
    def __new__(cls, *args):
        inst = super().__new__(cls)
        inst.args = args
        return inst


class NewChild(New):
    def __new__(cls, *args):
        inst = super().__new__(cls, *args, "child")
        return inst


print(NewChild(1, 2).args)


class InitSub:
    subclasses = []

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        InitSub.subclasses.append(cls.__name__)


class S1(InitSub):
    pass


class S2(S1):
    pass


print(InitSub.subclasses)


class SetAttr:
    def __setattr__(self, key, value):
        super().__setattr__(key, str(value) + "!")


sa = SetAttr()
sa.x = 1
print(sa.x)
