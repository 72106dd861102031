"""__set_name__: descriptors learn their attribute names, typed fields, validation."""


class Field:
    def __init__(self, kind, default=None):
        self.kind = kind
        self.default = default

    def __set_name__(self, owner, name):
        print(f"__set_name__({owner.__name__}, {name!r})")
        self.name = name
        self.private = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private, self.default)

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name} must be {self.kind.__name__}, "
                            f"not {type(value).__name__}")
        setattr(obj, self.private, value)


class Product:
    name = Field(str, "unnamed")
    price = Field(float, 0.0)
    quantity = Field(int, 0)

    def __init__(self, **kw):
        for k, v in kw.items():
            setattr(self, k, v)


p = Product(name="widget", price=2.5)
print(p.name, p.price, p.quantity, sorted(vars(p)))
try:
    p.quantity = "many"
except TypeError as exc:
    print("TypeError:", exc)
print(Product.name.name, Product.price.private)


class Tracker:
    def __set_name__(self, owner, name):
        self.where = f"{owner.__qualname__}.{name}"


class Outer:
    class Inner:
        t = Tracker()
    u = Tracker()


print(Outer.Inner.t.where, Outer.u.where)

late = Tracker()
Outer.late = late
print(hasattr(late, "where"))

Dynamic = type("Dynamic", (), {"x": Tracker()})
print(Dynamic.x.where)


class Noisy:
    def __set_name__(self, owner, name):
        raise ValueError("refusing " + name)


try:
    class Fails:
        attr = Noisy()
except Exception as exc:
    print(type(exc).__name__ + ":", exc, "| cause:", repr(exc.__cause__))
