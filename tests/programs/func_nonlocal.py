"""nonlocal across several levels, shared by sibling closures, and with global alongside."""
g = "global g"


def level1():
    a = 1

    def level2():
        nonlocal a
        a += 10
        b = 2

        def level3():
            nonlocal a, b
            a += 100
            b += 200
            return a, b
        r = level3()
        return r, b
    r = level2()
    return r, a


print(level1())


def siblings():
    total = 0

    def add(n):
        nonlocal total
        total += n

    def sub(n):
        nonlocal total
        total -= n

    def get():
        return total
    return add, sub, get


add, sub, get = siblings()
add(5)
sub(2)
add(10)
print(get())


def mix():
    global g
    local = "local"

    def inner():
        nonlocal local
        local = "changed by inner"
        return g
    r = inner()
    g = "global changed by mix"
    return r, local


print(mix(), g)


def loop_closure():
    fns = []
    for i in range(3):
        def f():
            nonlocal i
            i += 100
            return i
        fns.append(f)
    return [f() for f in fns], i


print(loop_closure())


def nonlocal_param(x):
    def bump():
        nonlocal x
        x *= 2
    bump()
    bump()
    return x


print(nonlocal_param(3))


def shadow():
    x = "outer"

    def a():
        x = "a's own"
        def b():
            nonlocal x
            x = "b set a's"
        b()
        return x
    return a(), x


print(shadow())


class Holder:
    value = "class attr"

    def method(self):
        value = "method local"

        def inner():
            return value
        return inner()


print(Holder().method())
