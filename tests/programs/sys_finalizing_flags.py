"""sys.is_finalizing() at exit (also stored on a class: it is not bound as a method),
sys.flags cannot be instantiated, a child started with sys.executable sees its own path in
sys.orig_argv[0] and honours PYTHONIOENCODING (test_sys test_is_finalizing,
test_sys_flags_no_instantiation, test_orig_argv, test_exit, test_ioencoding)."""
import os
import subprocess
import sys


class AtExit:
    is_finalizing = sys.is_finalizing
    print = print

    def __del__(self):
        self.print("finalizing at exit:", self.is_finalizing(), flush=True)


ref = AtExit()
print("finalizing now:", sys.is_finalizing())

for make in (lambda: type(sys.flags)(sys.flags),
             lambda: type(sys.flags).__new__(type(sys.flags), sys.flags)):
    try:
        make()
    except TypeError:
        print("TypeError")  # the second message is tuple_new's on CPython

child = subprocess.run([sys.executable, "-c",
                        "import sys; print(sys.orig_argv[0] == sys.executable)"],
                       capture_output=True, text=True)
print("orig_argv[0] is sys.executable:", child.stdout.strip())

env = dict(os.environ, PYTHONIOENCODING="latin-1")
child = subprocess.run([sys.executable, "-c", "import sys; sys.exit('h\\xe9')"],
                       capture_output=True, env=env)
print("exit message bytes:", child.stderr, child.returncode)
env = dict(os.environ, PYTHONIOENCODING=":ignore")
child = subprocess.run([sys.executable, "-c",
                        "import sys; print(sys.stdin.errors, sys.stdout.errors, sys.stderr.errors)"],
                       capture_output=True, text=True, env=env)
print("error handlers:", child.stdout.strip())
