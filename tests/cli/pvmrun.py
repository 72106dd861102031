"""Running `pvm` and `python3` side by side for the runtime's tests.

`run_pvm(args)` runs the pvm command as a child process (`python3 -c BOOT args`, the
same as the `pvm` console script); `run_python(args)` runs the host python3 with the
same arguments. Both get a clean environment (no PYTHON* variables unless given) so
that the two can be compared byte for byte.
"""
import os
import pathlib
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parents[2]

BOOT = (
    "import sys; sys.path.insert(0, %r)\n"
    "from pvm.cli import main\n"
    "sys.argv[0] = 'pvm'\n"
    "sys.exit(main())\n" % str(ROOT)
)

TIMEOUT = 120


def clean_env(extra=None, keep_bytecode=False):
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    if keep_bytecode and "PYTHONDONTWRITEBYTECODE" in os.environ:
        env["PYTHONDONTWRITEBYTECODE"] = os.environ["PYTHONDONTWRITEBYTECODE"]
    env.update(extra or {})
    return env


def run_pvm(args, input=None, env=None, cwd=None, timeout=TIMEOUT):
    return subprocess.run([sys.executable, "-c", BOOT, *args], input=input,
                          capture_output=True, env=clean_env(env), cwd=cwd, timeout=timeout)


def run_python(args, input=None, env=None, cwd=None, timeout=TIMEOUT):
    return subprocess.run([sys.executable, *args], input=input, capture_output=True,
                          env=clean_env(env), cwd=cwd, timeout=timeout)


def both(args, **kwargs):
    """(python3 result, pvm result) for the same command line."""
    return run_python(args, **kwargs), run_pvm(args, **kwargs)


def assert_same(args, compare_stderr=True, **kwargs):
    """pvm and python3 agree on stdout, exit status and (by default) all of stderr."""
    host, ours = both(args, **kwargs)
    assert ours.stdout.decode() == host.stdout.decode(), ours.stderr.decode()
    if compare_stderr:
        assert ours.stderr.decode() == host.stderr.decode()
    assert ours.returncode == host.returncode, ours.stderr.decode()
    return host, ours
