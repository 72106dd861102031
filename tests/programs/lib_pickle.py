"""pickle round trips: builtins, classes defined in the program, custom state, all protocols."""
import pickle
from collections import OrderedDict, namedtuple
from dataclasses import dataclass


class Account:
    def __init__(self, owner, balance):
        self.owner = owner
        self.balance = balance
        self._cache = {"expensive": True}

    def __getstate__(self):
        state = self.__dict__.copy()
        del state["_cache"]
        return state

    def __setstate__(self, state):
        self.__dict__.update(state)
        self._cache = {"rebuilt": True}

    def __eq__(self, other):
        return (self.owner, self.balance) == (other.owner, other.balance)


@dataclass
class Point:
    x: int
    y: int


Pair = namedtuple("Pair", "left right")


class Reduced:
    def __init__(self, a, b):
        self.a, self.b = a, b

    def __reduce__(self):
        return (Reduced, (self.a, self.b))


values = [
    None, True, 42, -7.5, 2 ** 100, 1 + 2j, "text é", b"bytes", bytearray(b"ba"),
    [1, [2]], (1, 2), {"k": [1]}, {1, 2}, frozenset({3}), OrderedDict(a=1),
    Point(1, 2), Pair(1, "r"), range(3), slice(1, 5), Ellipsis,
]
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    ok = all(pickle.loads(pickle.dumps(v, protocol=proto)) == v for v in values)
    print("protocol", proto, "round trip ok:", ok)
acct = Account("ann", 100)
back = pickle.loads(pickle.dumps(acct))
print(back == acct, back._cache, type(back).__name__, type(back).__module__)
r = pickle.loads(pickle.dumps(Reduced(1, "two")))
print(r.a, r.b)
shared = [1, 2]
data = [shared, shared]
copy = pickle.loads(pickle.dumps(data))
print(copy[0] is copy[1], copy)
cyc = {"self": None}
cyc["self"] = cyc
cc = pickle.loads(pickle.dumps(cyc))
print(cc["self"] is cc)
print(pickle.loads(pickle.dumps(Point, protocol=2)) is Point, pickle.loads(pickle.dumps(len)) is len)
try:
    pickle.dumps(lambda: 1)
except (pickle.PicklingError, AttributeError) as exc:
    print(type(exc).__name__)
try:
    pickle.loads(b"not a pickle")
except pickle.UnpicklingError as exc:
    print("UnpicklingError:", exc)
print(len(pickle.dumps([1, 2, 3], protocol=0)), pickle.dumps(None, protocol=2))
