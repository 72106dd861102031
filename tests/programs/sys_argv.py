"""sys.argv: the script name and the arguments from sys_argv.args, parsed by hand."""
import sys

print(sys.argv[0], len(sys.argv))
for i, arg in enumerate(sys.argv[1:], 1):
    print(i, repr(arg))
options = {}
positional = []
for arg in sys.argv[1:]:
    if arg.startswith("--") and "=" in arg:
        key, value = arg[2:].split("=", 1)
        options[key] = value
    elif arg.startswith("-") and len(arg) > 1:
        options[arg.lstrip("-")] = True
    else:
        positional.append(arg)
print(options, positional)
print(sum(int(p) for p in positional if p.lstrip("-").isdigit()))
print(__name__, sys.orig_argv[-len(sys.argv) + 1:] == sys.argv[1:] if hasattr(sys, "orig_argv") else "n/a")
