"""Evaluation order: operands, call arguments, subscripts, assignments, dict displays."""
log = []


def v(tag, value=None):
    log.append(tag)
    return tag if value is None else value


def show(label):
    print(label, log)
    log.clear()


v("a", 1) + v("b", 2) * v("c", 3)
show("binary ops:")
v("f", lambda *a, **k: None)(v("arg1"), v("arg2"), k=v("kw"))
show("call:")
d = {v("k1"): v("v1"), v("k2"): v("v2")}
show("dict display:")
v("obj", [0, 0])[v("idx", 1)] = v("rhs")
show("subscript assignment:")
x = [0, 0]
x[v("i", 0)], x[v("j", 1)] = v("r1"), v("r2")
show("tuple assignment:")
v("a", True) and v("b", False) and v("c")
show("and short-circuit:")
v("cond", False) if v("test", False) else v("else")
show("conditional:")
[v(i) for i in ("l1", "l2")]
show("list comp:")
v("x", 1) < v("y", 2) < v("z", 3)
show("chained comparison:")
v("s", "abc")[v("lo", 0):v("hi", 2)]
show("slice:")
a = b = v("multi")
show("chained assignment:")


class Obj:
    def __getattr__(self, name):
        log.append(f"getattr {name}")
        return self


Obj().first.second.third
show("attribute chain:")
v("base", 2) ** v("exp", 3) ** v("exp2", 2)
show("power is right associative:")
print(2 ** 3 ** 2, (2 ** 3) ** 2, -2 ** 2, (-2) ** 2, 2 * 3 % 4, 2 + 3 << 1, 1 | 2 ^ 3 & 4)
print(not 1 == 2, 1 if 0 else 2 if 0 else 3, 10 - 4 - 3, 100 / 10 / 5, 7 // 2 * 2)
{v("e1"), v("e2")}
show("set display:")
f"{v('fa')}{v('fb')}"
show("f-string:")
d = {}
d[v("key")] = d.get(v("get")) or v("default")
show("rhs before target:")
