"""Code object argument counts and inspect.signature over functions of every shape."""
import inspect


def plain(a, b):
    pass


def full(a, b=1, /, c=2, *args, d, e=3, **kwargs):
    x = 1
    return x


async def coro(x, *, y=2):
    pass


def gen(n):
    yield n


for fn in [plain, full, coro, gen, lambda p, *q: None]:
    code = fn.__code__
    print(fn.__name__, code.co_argcount, code.co_posonlyargcount, code.co_kwonlyargcount,
          code.co_varnames[:code.co_argcount + code.co_kwonlyargcount], code.co_nlocals)
    print("  signature:", inspect.signature(fn))
    print("  flags:", bool(code.co_flags & inspect.CO_VARARGS),
          bool(code.co_flags & inspect.CO_VARKEYWORDS),
          bool(code.co_flags & inspect.CO_GENERATOR),
          bool(code.co_flags & inspect.CO_COROUTINE))

sig = inspect.signature(full)
for name, param in sig.parameters.items():
    print(name, param.kind.name, param.default is inspect.Parameter.empty)

bound = sig.bind(1, 2, 3, 4, 5, d=6, z=7)
print(bound.arguments)
bound.apply_defaults()
print(dict(bound.arguments))
try:
    sig.bind(1)
except TypeError as exc:
    print("TypeError:", exc)


class K:
    def method(self, a, *, b=1):
        pass

    @classmethod
    def cm(cls, z):
        pass


print(inspect.signature(K.method), inspect.signature(K().method), inspect.signature(K.cm))
print(inspect.isfunction(plain), inspect.ismethod(K().method), inspect.isgeneratorfunction(gen),
      inspect.iscoroutinefunction(coro))
print(inspect.getfullargspec(full))
