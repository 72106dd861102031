"""copy: shallow vs deep copies, cycles, __copy__/__deepcopy__, __reduce_ex__-based copying."""
import copy

original = {"list": [1, [2, 3]], "tuple": (4, [5]), "str": "s"}
shallow = copy.copy(original)
deep = copy.deepcopy(original)
original["list"][1].append("mutated")
original["tuple"][1].append("also")
print(shallow["list"], deep["list"], shallow["tuple"], deep["tuple"])
print(shallow is original, shallow["list"] is original["list"], deep["list"] is original["list"])
cycle = [1, 2]
cycle.append(cycle)
dc = copy.deepcopy(cycle)
print(dc[2] is dc, dc[2] is cycle, dc[:2])


class Node:
    def __init__(self, name, children=()):
        self.name = name
        self.children = list(children)


tree = Node("root", [Node("a"), Node("b", [Node("c")])])
tree.children[0].parent = tree
t2 = copy.deepcopy(tree)
print(t2.children[1].children[0].name, t2.children[0].parent is t2, t2 is not tree)


class Tracked:
    def __init__(self, data):
        self.data = data

    def __copy__(self):
        print("  __copy__ called")
        return Tracked(self.data)

    def __deepcopy__(self, memo):
        print("  __deepcopy__ called, memo has", len(memo), "entries")
        return Tracked(copy.deepcopy(self.data, memo))


tr = Tracked([1, 2])
c1 = copy.copy(tr)
c2 = copy.deepcopy([tr, tr])
print(c1.data is tr.data, c2[0] is c2[1], c2[0].data is tr.data)


class Slotted:
    __slots__ = ("a", "b")

    def __init__(self):
        self.a = [1]
        self.b = "b"


sl = copy.deepcopy(Slotted())
print(sl.a, sl.b)


class Reduced:
    def __init__(self, v):
        self.v = v

    def __reduce__(self):
        return (Reduced, (self.v * 2,))


print(copy.copy(Reduced(5)).v, copy.deepcopy(Reduced(5)).v)
print(copy.copy(42), copy.deepcopy("s"), copy.copy((1, 2)) == (1, 2), copy.deepcopy(None))
fs = frozenset([1])
print(copy.copy(fs) is fs, copy.deepcopy(len) is len, copy.copy(Node).__name__)
try:
    copy.deepcopy(iter([]))
except TypeError as exc:
    print("TypeError:", exc)
