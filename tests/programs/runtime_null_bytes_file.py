"""A program file with a NUL byte: the file tokenizer's error, with the line up to the NUL,
reported before an undecodable byte on a later line (test_compile
test_particularly_evil_undecodable, test_yet_more_evil_still_undecodable); compile() takes a
bytearray or memoryview filename with a DeprecationWarning (test_compile_filename)."""
import os
import subprocess
import sys
import tempfile
import warnings

SOURCES = [b"0000\x00\n00000000000\n\x00\n\x9e\n", b"#\x00\n#\xfd\n", b"#\xfd\n#\x00\n",
           b"x = 1\nprint(x)\x00\n", b"# coding: latin-1\nx = '\xe9'\x00\n"]
with tempfile.TemporaryDirectory() as directory:
    path = os.path.join(directory, "bad.py")
    for source in SOURCES:
        with open(path, "wb") as f:
            f.write(source)
        result = subprocess.run([sys.executable, path], capture_output=True)
        err = result.stderr.decode("utf-8", "replace").replace(directory, "DIR")
        print(result.returncode, err.splitlines())

for name in (bytearray(b"f.py"), memoryview(b"f.py")):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        code = compile("pass", name, "exec")
    print(code.co_filename, [(w.category.__name__, str(w.message)) for w in caught])
try:
    compile("pass", list(b"f.py"), "exec")
except TypeError as exc:
    print("TypeError:", exc)
