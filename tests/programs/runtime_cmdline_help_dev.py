"""Command-line corners of a child started with sys.executable (test_cmd_line): --help-env,
--help-xoptions and --help-all; -X dev puts default::Warning before the default filters; a
-c command with an undecodable byte under the C locale fails with the decoding message; a bad
-X int_max_str_digits is a fatal error."""
import os
import subprocess
import sys

for flag, needles in (("--help-env", [b"PYTHONHOME"]), ("--help-xoptions", [b"-X dev"]),
                      ("--help-all", [b"usage", b"PYTHONHOME", b"-X dev"]),
                      ("--help", [b"usage"])):
    out = subprocess.run([sys.executable, flag], capture_output=True).stdout
    print(flag, [needle in out for needle in needles], b"-X dev" in out)

code = ("import warnings; "
        "print(' '.join('%s::%s' % (f[0], f[2].__name__) for f in warnings.filters))")
print(subprocess.run([sys.executable, "-X", "dev", "-c", code], capture_output=True,
                     text=True).stdout.strip())

env = dict(os.environ, LC_ALL="C", PYTHONCOERCECLOCALE="0")
result = subprocess.run([sys.executable, "-c", b'print(ascii("\xff"))'],
                        capture_output=True, env=env)
print(result.returncode, result.stderr.splitlines())

for value in ("100", "foo", "0", "640"):
    result = subprocess.run([sys.executable, "-X", f"int_max_str_digits={value}", "-c",
                             "import sys; print(sys.flags.int_max_str_digits)"],
                            capture_output=True, text=True)
    print(value, result.returncode, result.stdout.strip(), result.stderr.splitlines()[:1])
