"""del: names, attributes, items, slices, several targets, and the errors each raises."""
x = 1
del x
try:
    x
except NameError as exc:
    print("NameError:", exc)

lst = list(range(10))
del lst[0]
del lst[-1]
del lst[1:3]
del lst[::2]
print(lst)
d = {"a": 1, "b": 2, "c": 3}
del d["a"], d["c"]
print(d)
try:
    del d["zz"]
except KeyError as exc:
    print("KeyError:", exc)
try:
    del lst[100]
except IndexError as exc:
    print("IndexError:", exc)


class Obj:
    cls_attr = "class"


o = Obj()
o.a = 1
o.b = 2
del o.a
print(vars(o))
try:
    del o.cls_attr
except AttributeError as exc:
    print("AttributeError:", exc)
del Obj.cls_attr
print(hasattr(o, "cls_attr"))
a, b, c = 1, 2, 3
del a, (b, c)
print("b" in dir(), "c" in globals())
items = [[1, 2], [3, 4]]
del items[0][1], items[1]
print(items)


def local_del():
    v = "value"
    del v
    try:
        return v
    except UnboundLocalError as exc:
        return str(exc)


print(local_del())
try:
    del (1, 2)[0]
except TypeError as exc:
    print("TypeError:", exc)
try:
    del "abc"[0]
except TypeError as exc:
    print("TypeError:", exc)


class Deleter:
    def __delitem__(self, key):
        print("__delitem__", key)

    def __delattr__(self, name):
        print("__delattr__", name)


dl = Deleter()
del dl[1:2, "x"]
del dl.anything
for i in range(3):
    pass
del i
ba = bytearray(b"hello")
del ba[1:3]
print(ba)
