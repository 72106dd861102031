"""sys.stdout redirection: assigning sys.stdout, contextlib.redirect_stdout, print(file=...)."""
import contextlib
import io
import sys

buffer = io.StringIO()
original = sys.stdout
sys.stdout = buffer
print("captured line 1")
print("captured", "line", 2, sep="-")
sys.stdout = original
print("restored; captured:", repr(buffer.getvalue()))
with contextlib.redirect_stdout(io.StringIO()) as f:
    print("inside redirect_stdout")
    help_text = "not printed"
print("redirect captured:", repr(f.getvalue()))
out = io.StringIO()
print("to a file object", end="!", file=out)
print(repr(out.getvalue()))
print("to stderr", file=sys.stderr)
print(sys.stdout is sys.__stdout__, sys.stdout is original)


class Upper:
    def __init__(self, target):
        self.target = target

    def write(self, s):
        return self.target.write(s.upper())

    def flush(self):
        self.target.flush()


sys.stdout = Upper(sys.__stdout__)
print("this line is shouted")
sys.stdout = sys.__stdout__
print("a", "b", "c", sep="", end="\n\n")
print()
print(*range(3), sep=" < ", flush=True)
with contextlib.redirect_stderr(io.StringIO()) as err:
    print("hidden error", file=sys.stderr)
print("stderr captured:", err.getvalue().strip())
sys.stdout.write("written directly\n")
print(sys.stdout.write("x") if False else "skip write count")
print("final stderr line follows", file=sys.stderr)
