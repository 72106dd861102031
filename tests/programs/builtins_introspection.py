"""Introspection: type(), isinstance, __name__/__qualname__/__module__, __mro__, __dict__ keys."""
import types


def func():
    pass


class K:
    def m(self):
        pass

    @staticmethod
    def s():
        pass


objects = [1, 1.5, "s", b"b", [1], (1,), {1: 2}, {1}, frozenset(), None, True, 1j, range(1),
           func, K, K(), K.m, K().m, K.s, len, [].append, (x for x in ()), types, type,
           object, NotImplemented, ..., slice(1), property(), staticmethod(func), iter([]),
           zip(), map(str, []), reversed([]), enumerate([]), memoryview(b"")]
for obj in objects:
    t = type(obj)
    print(f"{t.__name__:28} {t.__module__:10} {callable(obj)!s:5} {isinstance(obj, type)!s:5} "
          f"{hasattr(obj, '__iter__')!s:5} {hasattr(obj, '__len__')!s:5}")
print(type(func) is types.FunctionType, type(K().m) is types.MethodType,
      type(len) is types.BuiltinFunctionType, type(types) is types.ModuleType)
print(isinstance(func, types.FunctionType), isinstance((x for x in ()), types.GeneratorType))
print(K.__name__, K.__qualname__, K.m.__qualname__, func.__module__, K.__module__, types.__name__)
print(int.__mro__, bool.__mro__, K.__mro__[-1], type.__class__, object.__class__)
print(sorted(k for k in K.__dict__ if not k.startswith("__")), "__dict__" in K.__dict__)
print(type(K.__dict__["s"]).__name__, type(K.__dict__["m"]).__name__, K.__dict__["m"] is K.m)
print(type(1).__bases__, isinstance(K, object), issubclass(K, object), issubclass(type, object))
print(types.SimpleNamespace(a=1, b=2), types.MappingProxyType({"x": 1})["x"])
ns = types.SimpleNamespace(x=1)
ns.y = 2
print(ns, ns == types.SimpleNamespace(x=1, y=2), vars(ns))
print(types.new_class("Dyn", (K,)).__mro__[1].__name__, types.MethodType(func, 1).__self__)
print(len.__self__, [].append.__self__, type(len.__self__).__name__, len.__qualname__)
