"""sys attributes a program may rely on: version, limits, byteorder, flags, path, modules."""
import sys

print(sys.version_info[:2], sys.version_info >= (3, 11), sys.version_info.major, type(sys.version_info).__name__)
print(sys.maxsize == 2 ** 63 - 1, sys.byteorder, sys.getrecursionlimit(), sys.platform)
print(sys.flags.optimize, sys.flags.dont_write_bytecode in (0, 1), sys.flags.isolated, __debug__)
print(sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig, sys.int_info.bits_per_digit)
print(sys.hash_info.modulus, sys.hash_info.width, sys.maxunicode, sys.getdefaultencoding())
print(type(sys.path).__name__, sys.path[0].endswith("programs"), "sys" in sys.modules)
print(sys.modules["__main__"].__name__, sys.modules[__name__] is sys.modules["__main__"])
print(sys.stdout.encoding.lower().replace("-", ""), sys.stdin.isatty(), sys.stdout.isatty())
print(callable(sys.exit), callable(sys.intern), sys.intern("abc") == "abc", sys.getsizeof(0) > 0)
print(sorted(k for k in ("argv", "path", "modules", "stdout", "stderr", "stdin") if hasattr(sys, k)))
print(sys.exc_info(), sys.exception(), isinstance(sys.builtin_module_names, tuple))
print("builtins" in sys.builtin_module_names, sys.implementation.cache_tag is None or True)
