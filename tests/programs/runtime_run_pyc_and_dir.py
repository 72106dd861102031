"""A child started with sys.executable runs a .pyc file that py_compile wrote (with
SourcelessFileLoader as __loader__), reports a .pyc with a bad magic number, and puts a
directory run as the program first on sys.path even under -I (test_cmd_line_script
test_script_compiled, test_consistent_sys_path_for_direct_execution)."""
import os
import py_compile
import subprocess
import sys
import tempfile

SCRIPT = ("import sys\n"
          "print('file:', __file__.endswith('.pyc'), type(__loader__).__name__, __cached__)\n")

with tempfile.TemporaryDirectory() as directory:
    source = os.path.join(directory, "script.py")
    with open(source, "w") as f:
        f.write(SCRIPT)
    compiled = os.path.join(directory, "script.pyc")
    py_compile.compile(source, cfile=compiled, doraise=True)
    os.remove(source)
    result = subprocess.run([sys.executable, compiled], capture_output=True, text=True)
    print(result.returncode, result.stdout.strip(), result.stderr.strip())

    bad = os.path.join(directory, "bad.pyc")
    with open(bad, "wb") as f:
        f.write(b"x" * 32)
    result = subprocess.run([sys.executable, bad], capture_output=True, text=True)
    print(result.returncode, result.stdout.strip(), result.stderr.strip())

    with open(os.path.join(directory, "__main__.py"), "w") as f:
        f.write("import sys\nprint(sys.path[0])\n")
    for flags in (["-Es"], ["-I"]):
        result = subprocess.run([sys.executable, *flags, directory], capture_output=True,
                                text=True, cwd=tempfile.gettempdir())
        print(flags, result.returncode, result.stdout.strip() == directory, result.stderr)
