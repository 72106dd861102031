"""SyntaxError and friends from compile(): messages, line numbers, offsets, flags, warnings."""
import warnings

sources = [
    ("x = (1, 2", "exec"),
    ("def f(:\n    pass", "exec"),
    ("x = 1 +", "exec"),
    ("return 5", "exec"),
    ("break", "exec"),
    ("a = 1\n  b = 2", "exec"),
    ("if True:\npass", "exec"),
    ("x = 1", "eval"),
    ("f(**k, *a)", "eval"),
    ("lambda: (yield)", "exec"),
    ("def f():\n    nonlocal q", "exec"),
    ("x = 5\nglobal x", "exec"),
    ("f(x for x in y, 1)", "eval"),
    ("'unterminated", "exec"),
    ("1 = 2", "exec"),
    ("del f()", "exec"),
    ("print 'hello'", "exec"),
    ("a, b += 1", "exec"),
    ("def f(a, a): pass", "exec"),
    ("class C:\n    return 1", "exec"),
    ("await x", "exec"),
    ("async def f():\n    yield from x", "exec"),
    ("x = 0777", "exec"),
    ("f'{'", "exec"),
    ("match x:\n    case y:\n        pass\n    case 1:\n        pass", "exec"),
    ("try:\n    pass\nexcept* (ValueError, ExceptionGroup):\n    pass", "exec"),
    ("import", "exec"),
    ("from . import", "exec"),
    ("\tif True:\n        pass", "exec"),
    ("for x in range(3):\n    pass\ncontinue", "exec"),
]
for source, mode in sources:
    try:
        compile(source, "<test>", mode)
        print(repr(source), "compiled (no error)")
    except SyntaxError as exc:
        print(f"{type(exc).__name__}: {exc.msg} | line {exc.lineno} offset {exc.offset} "
              f"| text {exc.text!r} | end {exc.end_lineno},{exc.end_offset}")
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    compile("x is 1", "<warn>", "exec")
    compile("assert (x, 'msg')", "<warn>", "exec")
    compile("'\\d'", "<warn>", "exec")
    compile("[1, 2] [0]", "<warn>", "exec")
for w in caught:
    print(w.category.__name__, w.message, w.lineno)
try:
    compile("x", "<test>", "bogus")
except ValueError as exc:
    print("ValueError:", exc)
try:
    compile("a\x00b", "<test>", "exec")
except (SyntaxError, ValueError) as exc:
    print(type(exc).__name__ + ":", exc)
print(compile("x = 1", "<test>", "exec", dont_inherit=True).co_filename)
