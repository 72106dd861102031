"""printf-style % formatting and str.format edge cases."""
print("%s %r %a" % ("é", "é", "é"))
print("%d %i %5d %-5d| %05d %+d" % (42, 42.9, 7, 7, 7, 7))
print("%x %X %#x %o %#o %c %c" % (255, 255, 255, 8, 8, 65, "z"))
print("%f %.2f %10.3f %-10.1f| %e %E %g %G" % (3.14159, 3.14159, 3.14159, 3.14159, 12345.678,
                                                0.000123, 1e-5, 1e20))
print("%(name)s is %(age)d years" % {"name": "Ann", "age": 30})
print("%*d|%-*d|%.*f" % (5, 1, 5, 2, 2, 3.14159))
print("100%% sure", "%s" % [1, 2], "%s" % (("tuple",),), "%r" % {"k": None})
print("%s" % b"bytes", b"%s and %d" % (b"bytes", 5), b"%x" % 255)
print("%5s|%-5s|%.2s" % ("ab", "ab", "abcdef"))
for bad in [lambda: "%d" % "x", lambda: "%s %s" % ("one",), lambda: "%s" % ("a", "b"),
            lambda: "%(k)s" % {}, lambda: "%z" % 1, lambda: "%c" % 1114112]:
    try:
        bad()
    except (TypeError, ValueError, KeyError, OverflowError) as exc:
        print(type(exc).__name__ + ":", exc)
print("{} {} {}".format(1, "a", [2]), "{2}{1}{0}".format("a", "b", "c"))
print("{!s:>5}|{!r:<6}|{:^7}".format(1, "x", "mid"))
print("{:.3}".format("truncate"), "{:.3}".format(3.14159), "{:,}".format(10 ** 9))
print("{0.__class__.__name__} {0[0]}".format([9]))
print("{:%Y-%m-%d}".format(__import__("datetime").date(2024, 3, 9)))
for bad in ["{", "}", "{0}{}", "{x.}", "{:?}"]:
    try:
        bad.format(1)
    except (ValueError, IndexError, KeyError, AttributeError) as exc:
        print(repr(bad), type(exc).__name__ + ":", exc)
print("ab".format_map({}), "{x}".format_map({"x": "mapped"}))
import string
print(string.Formatter().format("{0}-{n}", 1, n=2), list(string.Formatter().parse("a{0:>3}b{x!r}")))
