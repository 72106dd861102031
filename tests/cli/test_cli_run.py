"""The `pvm` command against `python3`: ways to give a program, options, exit statuses.

Every case runs the same command line under python3 and pvm and compares stdout, exit
status and stderr (whole, or the last line where a path or program name differs).
"""
import os
import pathlib
import signal
import sys

import pytest

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
from pvmrun import assert_same, both, run_pvm, run_python  # noqa: E402

EXIT_CASES = [
    "import sys; sys.exit()",
    "import sys; sys.exit(3)",
    "import sys; sys.exit(True)",
    "import sys; sys.exit(300)",
    "import sys; sys.exit('goodbye')",
    "raise SystemExit([1, 2])",
    "raise KeyError('k')",
    "exit(4)",
]


@pytest.mark.parametrize("code", EXIT_CASES)
def test_exit_status_and_output(code):
    assert_same(["-c", code])


def test_argv_and_path0_of_c():
    assert_same(["-c", "import sys; print(sys.argv, repr(sys.path[0]), __name__)", "a", "-b"])


def test_script_file(tmp_path):
    script = tmp_path / "prog.py"
    script.write_text("import sys\nprint(__name__, __file__, sys.argv, sys.path[0])\n"
                      "print(sorted(globals()))\n")
    assert_same([str(script), "x", "y"])
    assert_same(["prog.py", "--flag"], cwd=tmp_path)


def test_missing_file_exits_2(tmp_path):
    host, ours = both(["nosuch.py"], cwd=tmp_path)
    assert host.returncode == ours.returncode == 2
    expected = f"pvm: can't open file {str(tmp_path / 'nosuch.py')!r}: " \
               "[Errno 2] No such file or directory\n"
    assert ours.stderr.decode() == expected


def test_stdin_dash_and_pipe():
    program = b"import sys\nprint(sys.argv, repr(sys.path[0]))\nprint(input())\n"
    assert_same(["-", "arg"], input=program)
    assert_same([], input=b"import sys; print(sys.argv)\n")
    assert_same([], input=b"x = 1\n1/0\n")


def test_module_and_package_main(tmp_path):
    (tmp_path / "runme.py").write_text("import sys\nprint(__name__, sys.argv[1:])\n"
                                       "print(__spec__.name, __file__ == sys.argv[0])\n")
    pkg = tmp_path / "app"
    pkg.mkdir()
    (pkg / "__init__.py").write_text("print('init', __name__)\n")
    (pkg / "__main__.py").write_text("import sys\nprint('main', __name__, __package__, "
                                     "__spec__.name, sys.argv[1:])\n")
    assert_same(["-m", "runme", "1", "2"], cwd=tmp_path)
    assert_same(["-m", "app", "z"], cwd=tmp_path)
    assert_same(["-m", "app.__main__"], cwd=tmp_path)
    host, ours = both(["-m", "nosuch_mod"], cwd=tmp_path)
    assert host.returncode == ours.returncode == 1
    assert ours.stderr.decode().endswith(": No module named nosuch_mod\n")


def test_directory_with_main(tmp_path):
    (tmp_path / "d").mkdir()
    (tmp_path / "d" / "__main__.py").write_text(
        "import sys\nprint(__name__, sys.argv, sys.path[0].endswith('d'))\n")
    assert_same(["d", "q"], cwd=tmp_path)


def test_optimize_flag():
    code = "import sys\nassert False, 'kept'\nprint(__debug__, sys.flags.optimize)"
    assert_same(["-O", "-c", code])
    assert_same(["-OO", "-c", "def f():\n 'doc'\nprint(f.__doc__, __debug__)"])
    assert_same(["-c", code])


def test_flags_match_python3():
    show = "import sys; print(sys.flags); print(sys.warnoptions, sys._xoptions)"
    for options in (["-B", "-s", "-P"], ["-I", "-q"], ["-O", "-S", "-E"],
                    ["-W", "error", "-X", "dev", "-X", "foo=bar", "-b"]):
        assert_same([*options, "-c", show])


def test_environment_and_isolation(tmp_path):
    extra = tmp_path / "extra"
    extra.mkdir()
    (extra / "onpath.py").write_text("print('found')\n")
    env = {"PYTHONPATH": str(extra)}
    assert_same(["-c", "import onpath"], env=env)
    host, ours = both(["-E", "-c", "import onpath"], env=env)
    assert host.returncode == ours.returncode == 1
    assert ours.stderr.decode().splitlines()[-1] == host.stderr.decode().splitlines()[-1]
    assert_same(["-I", "-c", "import sys; print(sys.flags.isolated, '' in sys.path)"], env=env)


def test_unbuffered():
    assert_same(["-u", "-c", "import sys; print(sys.stdout.write_through)"])


def test_warning_options():
    code = "import warnings\nwarnings.warn('careful', UserWarning)\nprint('after')"
    assert_same(["-c", code])
    assert_same(["-W", "error", "-c", code])


def test_usage_errors_exit_2():
    host, ours = both(["-Z"])
    assert host.returncode == ours.returncode == 2
    host, ours = both(["-c"])
    assert ours.returncode == 2


def test_version_and_help():
    out = run_pvm(["--version"])
    assert out.returncode == 0 and out.stdout.startswith(b"Python 3.11")
    assert run_pvm(["-h"]).returncode == 0


def test_uncaught_keyboard_interrupt_dies_by_sigint():
    host, ours = both(["-c", "print('before', flush=True)\nraise KeyboardInterrupt"])
    assert host.returncode == ours.returncode == -signal.SIGINT
    assert ours.stdout == host.stdout
    assert ours.stderr == host.stderr


def test_atexit_and_threads_finish_before_exit():
    code = ("import atexit, threading, time\n"
            "atexit.register(print, 'atexit ran')\n"
            "def work():\n time.sleep(0.1)\n print('thread done')\n"
            "threading.Thread(target=work).start()\nprint('main done')")
    assert_same(["-c", code])


def test_sys_executable_starts_pvm():
    code = ("import subprocess, sys\n"
            "out = subprocess.run([sys.executable, '-c', "
            "'import sys; print(sys.implementation.name)'], capture_output=True)\n"
            "print(out.stdout.decode().strip(), out.returncode)")
    out = run_pvm(["-c", code])
    assert out.stdout == b"pvm 0\n", out.stderr


def test_internal_error_is_short(monkeypatch, capsys):
    from pvm import cli
    from pvm.vm import main

    def broken(interp, source, filename):
        raise AttributeError("'NoneType' object has no attribute 'f_code'")

    monkeypatch.setattr(main, "_exec_main", broken)
    saved = _save_runtime()
    try:
        status = cli.main(["-E", "-S", "-c", "pass"])
    finally:
        _restore_runtime(saved)
    err = capsys.readouterr().err
    assert status == 1
    assert err.startswith("pvm internal error: AttributeError:")
    assert "-X pvmdebug" in err and "Traceback" not in err


def _save_runtime():
    from pvm.vm import boot, imports, state
    return (boot._current, state.default_builtins, state.sys_module, imports._sys,
            imports._interp, sys.unraisablehook, sys.getrecursionlimit())


def _restore_runtime(saved):
    from pvm.vm import boot, imports, state
    boot.restore_host()
    (boot._current, state.default_builtins, state.sys_module, imports._sys,
     imports._interp, sys.unraisablehook, limit) = saved
    sys.setrecursionlimit(limit)


def test_host_modes_dev_and_bytes_warning():
    # -X dev and -b act in host C code too (argument checks, BytesWarning): pvm starts the
    # host again with them.
    assert_same(["-X", "dev", "-c", "str(b'', errors='nosuch')"])
    assert_same(["-bb", "-c", "print(b'' == '')"])


def test_warnings_from_host_c_code_follow_the_programs_filters():
    assert_same(["-c", "bool(NotImplemented)"])
    assert_same(["-W", "error", "-c", "bool(NotImplemented)\nprint('not reached')"])
    code = ("import warnings\nwith warnings.catch_warnings(record=True) as w:\n"
            " warnings.simplefilter('always')\n int(2.5).__index__(); bool(NotImplemented)\n"
            "print([(x.category.__name__, x.lineno) for x in w])")
    assert_same(["-c", code])


def test_shutdown_finalizes_module_globals():
    # finalize_modules: after atexit, globals of modules still alive are cleared, so their
    # destructors run while sys and builtins are intact.
    code = ("import builtins, sys, atexit\n"
            "class C:\n"
            " def __del__(self):\n  print('before'); len(()); print('after')\n"
            "c = C()\n"
            "atexit.register(print, 'atexit first')\n"
            "builtins.here = sys.modules[__name__]\nsys.here = sys.modules[__name__]\n")
    assert_same(["-c", code])
    code = ("import sys, traceback\n"
            "class P:\n"
            " def __init__(self):\n  try:\n   1 / 0\n  except Exception:\n"
            "   self.exc_info = sys.exc_info()\n"
            " def __del__(self):\n  traceback.print_exception(*self.exc_info)\n"
            "obj = P()\n")
    assert_same(["-c", code])
