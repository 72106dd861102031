"""return, break and continue through finally; finally overriding returns and exceptions."""


def return_in_try():
    try:
        return "try"
    finally:
        print("  finally runs before return")


def finally_overrides():
    try:
        return "try"
    finally:
        return "finally wins"


def finally_swallows():
    try:
        raise ValueError("lost")
    finally:
        return "exception swallowed by return"


def return_value_evaluated_first():
    x = ["before"]
    try:
        return x
    finally:
        x.append("mutated in finally")


def break_in_finally():
    for i in range(5):
        try:
            raise KeyError(i)
        finally:
            break
    return f"broke out at {i}"


def continue_in_finally():
    seen = []
    for i in range(3):
        try:
            if i == 1:
                raise ValueError("dropped")
            seen.append(i)
        finally:
            continue
    return seen


def nested_finally():
    log = []
    try:
        try:
            return log
        finally:
            log.append("inner")
    finally:
        log.append("outer")


def while_break_finally():
    n = 0
    while True:
        try:
            n += 1
            if n == 3:
                break
        finally:
            print(f"  finally n={n}")
    return n


def exception_in_finally():
    try:
        raise ValueError("first")
    finally:
        raise TypeError("second")


def loop_return():
    for i in range(10):
        try:
            if i == 2:
                return i
        finally:
            print(f"  loop finally {i}")


for fn in [return_in_try, finally_overrides, finally_swallows, return_value_evaluated_first,
           break_in_finally, continue_in_finally, nested_finally, while_break_finally, loop_return]:
    print(fn.__name__, "->", fn())

try:
    exception_in_finally()
except TypeError as exc:
    print("TypeError:", exc, "context:", repr(exc.__context__))


def gen_with_finally():
    try:
        yield 1
        yield 2
    finally:
        print("  generator finally")


for v in gen_with_finally():
    print("got", v)
    break
print("after break")


def counter():
    count = 0
    for i in range(4):
        try:
            if i % 2:
                continue
            count += 10
        finally:
            count += 1
    return count


print(counter())
