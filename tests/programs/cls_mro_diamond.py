"""Diamonds and C3 linearisation: cooperative super() through a multiple-inheritance graph."""


class Base:
    def __init__(self):
        self.log = ["Base"]

    def who(self):
        return ["Base"]


class Left(Base):
    def __init__(self):
        super().__init__()
        self.log.append("Left")

    def who(self):
        return ["Left"] + super().who()


class Right(Base):
    def __init__(self):
        super().__init__()
        self.log.append("Right")

    def who(self):
        return ["Right"] + super().who()


class Bottom(Left, Right):
    def __init__(self):
        super().__init__()
        self.log.append("Bottom")

    def who(self):
        return ["Bottom"] + super().who()


b = Bottom()
print(b.log)
print(b.who())
print([c.__name__ for c in Bottom.__mro__])
print([c.__name__ for c in Bottom.mro()])


class O: pass
class F(O): pass
class E(O): pass
class D(O): pass
class C(D, F): pass
class B(D, E): pass
class A(B, C): pass


print([k.__name__ for k in A.__mro__])


class X: pass
class Y: pass
class Z: pass
class K1(X, Y): pass
class K2(Y, Z): pass
class K3(X, Z): pass
class Top(K1, K2, K3): pass


print([k.__name__ for k in Top.__mro__])


class Mixin:
    def greet(self):
        return "mixin:" + super().greet()


class Greeter:
    def greet(self):
        return "greeter"


class Combined(Mixin, Greeter):
    pass


print(Combined().greet())


class KwBase:
    def __init__(self, **kwargs):
        self.leftover = kwargs


class A1(KwBase):
    def __init__(self, a=None, **kwargs):
        self.a = a
        super().__init__(**kwargs)


class B1(KwBase):
    def __init__(self, b=None, **kwargs):
        self.b = b
        super().__init__(**kwargs)


class AB(A1, B1):
    pass


ab = AB(a=1, b=2, c=3)
print(ab.a, ab.b, ab.leftover)
