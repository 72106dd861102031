"""Expressions, statements and scopes behave as under the host (differential)."""
import pytest

from tests.vm.support import check

SNIPPETS = {
    "arith": """
        a, b = 7, 3
        print(a + b, a - b, a * b, a / b, a // b, a % b, a ** b, -a, +a, ~a)
        print(a << 2, a >> 1, a & b, a | b, a ^ b, 2.5 * 4, 10 / 4, divmod(a, b))
        x = 5; x += 2; x -= 1; x *= 3; x //= 2; x **= 2; x %= 7; x <<= 3; x >>= 1
        x |= 8; x &= 12; x ^= 5; x /= 2
        print(x)
        print("ab" * 3, [1] * 2, (1, 2) + (3,), 3 @ 3 if False else "no matmul")
    """,
    "compare_chain": """
        x = 5
        print(1 < x < 10, 1 < x > 10, x == 5 != 6, x is None, x is not None, 3 in [3], 4 not in (3,))
        print(not x, not 0, x and 0, x or 0, 0 or "", None and 1)
    """,
    "if_while_for": """
        total = 0
        i = 0
        while i < 10:
            i += 1
            if i % 2:
                continue
            if i == 8:
                break
            total += i
        else:
            print("no")
        for j in range(3):
            pass
        else:
            print("for-else", j)
        print(total, i)
        for k in []:
            print("never")
        n = 0
        while n < 3:
            n += 1
        else:
            print("while-else", n)
    """,
    "unpacking": """
        a, b, c = 1, 2, 3
        (d, e), f = (4, 5), 6
        g, *h = range(5)
        *i, j = "xyz"
        k, *l, m = [1, 2, 3, 4, 5]
        print(a, b, c, d, e, f, g, h, i, j, k, l, m)
        print([*range(3), *"ab"], (*[1], 2), {**{1: 2}, 3: 4}, {*"aa", 1})
        first, second = {"x": 1, "y": 2}
        print(first, second)
    """,
    "unpack_errors": """
        for source in ([1, 2, 3], [1], iter([1, 2, 3]), 5, "a"):
            try:
                a, b = source
            except (ValueError, TypeError) as exc:
                print(type(exc).__name__, exc)
        try:
            a, b, *c = [1]
        except ValueError as exc:
            print(exc)
        try:
            [*5]
        except TypeError as exc:
            print(exc)
        try:
            {**5}
        except TypeError as exc:
            print(exc)
    """,
    "comprehensions": """
        print([x * x for x in range(5) if x % 2])
        print({x: x + 1 for x in "ab"}, {x % 3 for x in range(10)})
        print(list(y for y in range(3)), sum(z for z in range(100)))
        print([(a, b) for a in range(3) for b in range(a)])
        x = 10
        print([x for x in range(2)], x)
        print([[j for j in range(i)] for i in range(3)])
    """,
    "fstrings": """
        x, name = 3.14159, "pvm"
        print(f"{x:.2f} {name!r} {name!s:>6} {x!a} {'q'} {{}} {x=} {name=!r}")
        width = 8
        print(f"{name:{width}}|{42:#x}|{12345:,}|{'nested ' + f'{x:.1f}'}")
        print([f"", f"{''}", f"a" f"", f"{x!r:}"], f"" == "")
    """,
    "strings_bytes_slices": """
        s = "hello world"
        print(s[1], s[-1], s[1:5], s[::2], s[::-1], s[slice(2, 4)])
        l = list(range(10))
        l[2:4] = ["a", "b", "c"]
        del l[0]
        del l[::3]
        print(l)
        d = {"a": 1}
        d["b"] = 2
        del d["a"]
        print(d, b"ab"[0], bytearray(b"x") + b"y")
    """,
    "globals_nonlocal": """
        counter = 0
        def bump():
            global counter
            counter += 1
        bump(); bump()
        def outer():
            n = 0
            def inc():
                nonlocal n
                n += 1
                return n
            inc(); inc()
            return n, inc
        r, f = outer()
        print(counter, r, f(), f.__closure__[0].cell_contents)
        def make():
            fs = []
            for i in range(3):
                fs.append(lambda i=i: i)
            return [f() for f in fs]
        print(make())
    """,
    "del_and_unbound": """
        x = 1
        del x
        try:
            x
        except NameError as e:
            print(e)
        def f():
            y = 1
            del y
            return y
        try:
            f()
        except UnboundLocalError as e:
            print(e)
        def g():
            if False:
                z = 1
            return z
        try:
            g()
        except UnboundLocalError as e:
            print(e)
        def h():
            def inner():
                return w
            try:
                inner()
            except NameError as e:
                print(e)
            w = 2
        h()
        try:
            del undefined_name
        except NameError as e:
            print(e)
    """,
    "assert": """
        assert True
        try:
            assert 1 == 2, "math"
        except AssertionError as e:
            print("assert", e.args)
        try:
            assert False
        except AssertionError as e:
            print("bare", e.args)
    """,
    "lambda_ternary_walrus": """
        f = lambda x, *a, k=2, **kw: (x, a, k, kw)
        print(f(1, 2, 3, k=4, z=5))
        print("yes" if f else "no")
        if (n := len("abc")) > 2:
            print(n)
        print([y := 5, y ** 2])
    """,
    "builtins_use": """
        print(len("abc"), sorted({3, 1, 2}), max([1, 5, 2]), min(4, 2), abs(-3))
        print(isinstance(1, int), issubclass(bool, int), list(map(str, [1, 2])))
        print(list(zip("ab", [1, 2])), list(enumerate("xy")), any([0, 1]), all([]))
        print(repr(None), hash(1) == hash(1.0), type(3).__name__, getattr(1, "real"))
    """,
    "big_literals": """
        data = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20]
        print(sum(data), len(data))
        d = {"a": 1, "b": 2, "c": 3, "d": 4}
        print(d, (1, 2), {1, 2, 3}, {1: 2}, [], {}, ())
        s = "x" * 300
        values = [i for i in range(300)]
        print(len(s), values[299])
    """,
    "chained_assign_augmented_targets": """
        a = b = c = [0, 0]
        a[0] += 5
        class O: pass
        o = O()
        o.x = 1
        o.x += 2
        d = {"k": [1]}
        d["k"] += [2]
        print(a, b, c, o.x, d)
    """,
    "augmented_targets_errors": """
        class O:
            def __init__(self): self.n = 1
        o, d, l = O(), {"k": 1}, [1, 2]
        o.n += 2; d["k"] *= 5; l[1] -= 7; l[-1] **= 2
        print(o.n, d, l)
        for target in ("dict", "attr", "index"):
            try:
                if target == "dict":
                    d["missing"] += 1
                elif target == "attr":
                    o.missing += 1
                else:
                    l[10] += 1
            except (KeyError, AttributeError, IndexError) as e:
                print(type(e).__name__, e)
        x, y = 1, 2
        x, y = y, x
        (a, b), c = [3, 4], 5
        p, q = "pq"
        print(x, y, a, b, c, p, q)
        try:
            m, n = 1, 2, 3
        except ValueError as e:
            print(e)
    """,
    "integers_long": """
        print(2 ** 100, -(2 ** 63) // 7, 10 ** 20 % 97, int("123" * 5) * 3)
        print(1e300 * 1e10, float("nan") != float("nan"), round(2.675, 2), 7 // -2, -7 % 3)
    """,
    "try_finally_flow": """
        def f():
            try:
                return "try"
            finally:
                print("finally runs")
        print(f())
        def g():
            for i in range(3):
                try:
                    if i == 1:
                        continue
                    if i == 2:
                        break
                finally:
                    print("fin", i)
            return i
        print(g())
        def h():
            try:
                return 1
            finally:
                return 2
        print(h())
    """,
    "many_locals_extended_arg": "\n".join(
        ["def f():"] + [f"    v{i} = {i}" for i in range(300)] + ["    return v0 + v299 + v150",
         "print(f())"]),
    "long_jump": "\n".join(
        ["x = 0", "for i in range(3):"] + [f"    x += {i}" for i in range(200)] + ["print(x)"]),
}


@pytest.mark.parametrize("name", sorted(SNIPPETS))
def test_snippet(name):
    check(SNIPPETS[name])
