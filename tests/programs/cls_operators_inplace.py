"""In-place operators: __iadd__ & co., fallback to binary operators, targets evaluated once."""


class Acc:
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return f"Acc({self.v})"

    def _i(op, fn):
        def method(self, other):
            print(f"  __i{op}__({other})")
            self.v = fn(self.v, other)
            return self
        return method

    __iadd__ = _i("add", lambda a, b: a + b)
    __isub__ = _i("sub", lambda a, b: a - b)
    __imul__ = _i("mul", lambda a, b: a * b)
    __imatmul__ = _i("matmul", lambda a, b: a * 10 + b)
    __itruediv__ = _i("truediv", lambda a, b: a / b)
    __ifloordiv__ = _i("floordiv", lambda a, b: a // b)
    __imod__ = _i("mod", lambda a, b: a % b)
    __ipow__ = _i("pow", lambda a, b: a ** b)
    __ilshift__ = _i("lshift", lambda a, b: a << b)
    __irshift__ = _i("rshift", lambda a, b: a >> b)
    __iand__ = _i("and", lambda a, b: a & b)
    __ior__ = _i("or", lambda a, b: a | b)
    __ixor__ = _i("xor", lambda a, b: a ^ b)


a = Acc(6)
orig = a
a += 4
a -= 1
a *= 3
a @= 2
a //= 4
a %= 50
a **= 2
a <<= 3
a >>= 1
a &= 0xFFF
a |= 1
a ^= 0b1010
print(a, a is orig)
a /= 4
print(a)


class OnlyAdd:
    def __init__(self, v):
        self.v = v

    def __add__(self, other):
        print("  __add__ fallback")
        return OnlyAdd(self.v + other)


x = OnlyAdd(1)
y = x
x += 5
print(x.v, y.v, x is y)


class Returns:
    def __iadd__(self, other):
        return "replaced"


r = Returns()
r += 1
print(r)

lst = [1]
alias = lst
lst += [2]
lst *= 2
print(lst, alias is lst)
t = (1,)
talias = t
t += (2,)
print(t, talias)

log = []


class Box:
    def __init__(self):
        self.items = {"k": 1}

    def __getitem__(self, key):
        log.append(("get", key))
        return self.items[key]

    def __setitem__(self, key, value):
        log.append(("set", key, value))
        self.items[key] = value


def key():
    log.append("key evaluated")
    return "k"


box = Box()
box[key()] += 10
print(log, box.items)


class Attr:
    def __init__(self):
        self.__dict__["count"] = 0

    def __setattr__(self, name, value):
        print(f"  setattr {name}={value}")
        self.__dict__[name] = value


at = Attr()
at.count += 1
print(at.count)

tup = ([1],)
try:
    tup[0] += [2]
except TypeError as exc:
    print("TypeError:", exc)
print(tup)
