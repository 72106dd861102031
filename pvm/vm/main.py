"""What the `pvm` command does once its options are read: python3's Py_RunMain.

VM stage (runtime). `run_command_line(opts)` takes the parsed command line
(pvm.cli.Options), reads the PYTHON* environment unless -E/-I, builds the interpreter
(boot.py) and runs the program the way python3 does (Modules/main.c):

  FILE         the file as __main__ (a directory or zip with __main__.py runs that)
  -c CMD       the text as __main__, sys.argv[0] == '-c'
  -m MOD       the module as __main__, with runpy's semantics (packages run their
               __main__ submodule)
  - / a pipe   standard input as a file named <stdin>
  (nothing)    the interactive REPL when standard input is a terminal
  -i           the REPL after the program, even after an uncaught exception

It returns python3's exit status: 0, the code of SystemExit (None -> 0, an int ->
itself, anything else printed to stderr -> 1), 1 after an uncaught exception, 2 for
a file that cannot be opened. An uncaught KeyboardInterrupt ends the process by
SIGINT after the traceback, as CPython does (status 130 in a shell).

A failure of pvm itself (an exception with no pvm traceback escaping the VM, the
compiler or this module) prints a short "pvm internal error" note instead of a
traceback through pvm's internals; `-X pvmdebug` shows the details.
"""

import atexit
import os
import sys as _host_sys

from pvm.vm import boot, display

EXIT_INTERNAL = 1


class _Abort(Exception):
    """Stop the run with this exit status (after the message was printed)."""

    def __init__(self, status):
        super().__init__(status)
        self.status = status


# ---------------------------------------------------------------------------
# Configuration from the command line and the environment
# ---------------------------------------------------------------------------

def _env_flag(environ, name):
    """An integer flag variable: its value if a positive number, else 1 when non-empty."""
    value = environ.get(name)
    if not value:
        return 0
    try:
        number = int(value)
    except ValueError:
        return 1
    return number if number > 0 else 1


def make_config(opts, environ=None):
    """boot.Config for the parsed command line `opts`."""
    environ = os.environ if environ is None else environ
    flags = opts.flags
    counts = opts.counts
    config = boot.Config()
    config.isolated = 1 if "I" in flags else 0
    config.ignore_environment = 1 if ("E" in flags or config.isolated) else 0
    env = {} if config.ignore_environment else environ
    config.no_user_site = 1 if ("s" in flags or config.isolated) else 0
    config.no_site = 1 if "S" in flags else 0
    config.optimize = max(opts.optimize, _env_flag(env, "PYTHONOPTIMIZE"))
    config.verbose = max(counts.get("v", 1 if "v" in flags else 0),
                         _env_flag(env, "PYTHONVERBOSE"))
    config.debug = max(counts.get("d", 1 if "d" in flags else 0), _env_flag(env, "PYTHONDEBUG"))
    config.bytes_warning = counts.get("b", 1 if "b" in flags else 0)
    config.dont_write_bytecode = 1 if ("B" in flags or env.get("PYTHONDONTWRITEBYTECODE")) else 0
    config.inspect = 1 if ("i" in flags or env.get("PYTHONINSPECT")) else 0
    config.interactive = 1 if "i" in flags else 0
    config.quiet = 1 if "q" in flags else 0
    config.safe_path = bool("P" in flags or config.isolated or env.get("PYTHONSAFEPATH"))
    config.unbuffered = bool("u" in flags or env.get("PYTHONUNBUFFERED"))
    config.skip_first_line = "x" in flags
    if env.get("PYTHONNOUSERSITE"):
        config.no_user_site = 1
    xoptions = _xoptions(opts.xoptions)
    config.xoptions = xoptions
    config.dev_mode = bool("dev" in xoptions or env.get("PYTHONDEVMODE"))
    config.warn_default_encoding = 1 if ("warn_default_encoding" in xoptions
                                         or env.get("PYTHONWARNDEFAULTENCODING")) else 0
    config.int_max_str_digits = _int_max_str_digits(xoptions, env)
    config.pycache_prefix = xoptions.get("pycache_prefix") or env.get("PYTHONPYCACHEPREFIX")
    if config.pycache_prefix is True:
        config.pycache_prefix = None
    config.pvmdebug = "pvmdebug" in xoptions
    config.code_debug_ranges = not ("no_debug_ranges" in xoptions
                                    or env.get("PYTHONNODEBUGRANGES"))
    config.warnoptions = _warnoptions(opts, env, config)
    config.pythonpath = boot.pythonpath_from_environ(env)
    config.executable = executable_path()
    config.orig_argv = [_command_name()] + list(opts.argv)
    return config


def _xoptions(raw):
    out = {}
    for item in raw:
        key, eq, value = item.partition("=")
        out[key] = value if eq else True
    return out


def _warnoptions(opts, env, config):
    """sys.warnoptions in CPython's order: dev mode, PYTHONWARNINGS, -W, -b."""
    out = []
    if config.dev_mode:
        out.append("default")
    value = env.get("PYTHONWARNINGS")
    if value:
        out.extend(part.strip() for part in value.split(",") if part.strip())
    out.extend(opts.warnoptions)
    if config.bytes_warning:
        out.append("error::BytesWarning" if config.bytes_warning > 1 else "default::BytesWarning")
    return out


def _int_max_str_digits(xoptions, env):
    """config_init_int_max_str_digits: -X int_max_str_digits=N, else the environment;
    a bad value is a fatal error before anything runs."""
    if "int_max_str_digits" in xoptions:
        value, source = xoptions["int_max_str_digits"], "-X int_max_str_digits"
    else:
        value, source = env.get("PYTHONINTMAXSTRDIGITS"), "PYTHONINTMAXSTRDIGITS"
    if value is None:
        return _host_sys.flags.int_max_str_digits
    limit = int(value) if isinstance(value, str) and value.strip().isdigit() else -1
    if limit != 0 and limit < 640:
        _host_sys.stderr.write(
            f"Fatal Python error: config_init_int_max_str_digits: {source}: invalid limit; "
            "must be >= 640 or 0 for unlimited.\nPython runtime state: preinitialized\n\n")
        raise _Abort(1)
    return limit


# ---------------------------------------------------------------------------
# sys.executable: something that starts pvm
# ---------------------------------------------------------------------------

def executable_path():
    """A path that starts pvm, so subprocess and multiprocessing children run pvm.

    The `pvm` console script when that is what runs now; otherwise a small launcher
    script written once into the per-user cache (see docs/runtime.md).
    """
    argv0 = _host_sys.argv[0] if _host_sys.argv else ""
    if os.path.basename(argv0) == "pvm" and os.path.isfile(argv0):
        return os.path.abspath(argv0)
    try:
        return _launcher()
    except OSError:
        return _host_sys.executable


def _command_name():
    """sys.orig_argv[0]: the path that started pvm (its console script or the launcher,
    which passes its own path on), else "pvm" (`python3 -m pvm`)."""
    argv0 = _host_sys.argv[0] if _host_sys.argv else ""
    if os.path.basename(argv0).startswith("pvm") and not argv0.endswith(".py"):
        return argv0
    return "pvm"


# Part of the launcher's name: a launcher written by an older pvm is not reused.
_LAUNCHER_VERSION = "2"


def _launcher():
    import hashlib
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    root = os.path.dirname(root)
    python = _host_sys.executable
    key = hashlib.sha1(f"{python}\0{root}\0{_LAUNCHER_VERSION}".encode()).hexdigest()[:12]
    path = os.path.join(boot.user_cache_dir(), "bin", f"pvm-{key}")
    if os.path.isfile(path):
        return path
    os.makedirs(os.path.dirname(path), exist_ok=True)
    text = ("#!/bin/sh\n"
            "# Starts pvm (written by pvm as its sys.executable).\n"
            f"exec {_sh_quote(python)} -I -c 'import sys; sys.path.insert(0, sys.argv.pop(1)); "
            "sys.argv[0] = sys.argv.pop(1); from pvm.cli import main; sys.exit(main())' "
            f"{_sh_quote(root)} \"$0\" \"$@\"\n")
    tmp = f"{path}.{os.getpid()}.tmp"
    with open(tmp, "w") as f:
        f.write(text)
    os.chmod(tmp, 0o755)
    os.replace(tmp, path)
    return path


def _sh_quote(text):
    return "'" + text.replace("'", "'\\''") + "'"


# ---------------------------------------------------------------------------
# Running
# ---------------------------------------------------------------------------

def run_command_line(opts):
    """Run what the command line asks for; return the exit status."""
    try:
        config = make_config(opts)
    except _Abort as abort:
        return abort.status
    _reexec_for_host_modes(config, opts)
    _prepare_streams(config)
    try:
        interp = _boot(config, opts)
    except _Abort as abort:
        return abort.status
    except KeyboardInterrupt:
        _host_sys.stderr.write("KeyboardInterrupt\n")
        _exit_by_sigint()
        return 130
    try:
        status = _run_program(interp, opts)
    except _Abort as abort:
        status = abort.status
    except KeyboardInterrupt:
        _sigint_pending[0] = True
        status = 130
    except Exception as exc:
        display.internal_error(exc, config.pvmdebug)
        status = EXIT_INTERNAL
    return _finish(interp, status)


def _host_modes_missing(config):
    """Host options the command line asks for that this host process did not start with:
    modes that act in host C code (dev mode's argument checks, -b's BytesWarning)."""
    flags = _host_sys.flags
    missing = []
    if config.dev_mode and not flags.dev_mode:
        missing += ["-X", "dev"]
    if config.bytes_warning > flags.bytes_warning:
        missing.append("-" + "b" * config.bytes_warning)
    return missing


def _reexec_for_host_modes(config, opts):
    """Start the host again with the modes it lacks (_host_modes_missing), running the same
    pvm command, when this process is that command (not pvm called inside a program)."""
    missing = _host_modes_missing(config)
    if not missing or list(_host_sys.argv[1:]) != list(opts.argv):
        return
    import subprocess
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    code = ("import sys; sys.path.insert(0, sys.argv.pop(1)); sys.argv[0] = sys.argv.pop(1); "
            "from pvm.cli import main; sys.exit(main())")
    argv = [_host_sys.executable, *subprocess._args_from_interpreter_flags(), *missing,
            "-c", code, root, _host_sys.argv[0], *opts.argv]
    display.flush_std_streams()
    try:
        os.execv(_host_sys.executable, argv)
    except OSError:
        pass


def _boot(config, opts):
    """Build the interpreter; an error while doing so is pvm's own."""
    try:
        _set_argv_and_path0(config, opts)
        interp = boot.new_interpreter(config)
        boot.prepare_host(config)
        # Registered first, so the host runs it after the program's atexit callbacks.
        atexit.register(boot.finalize_modules, interp)
        _apply_xoptions(config)
        _apply_warnoptions(config, interp)
        return interp
    except _Abort:
        raise
    except Exception as exc:
        display.internal_error(exc, config.pvmdebug)
        raise _Abort(EXIT_INTERNAL) from None


def _set_argv_and_path0(config, opts):
    args = list(opts.args)
    if opts.command is not None:
        config.argv = ["-c"] + args
        config.path0 = ""
    elif opts.module is not None:
        config.argv = ["-m"] + args
        config.path0 = os.getcwd()
    elif opts.script is not None and opts.script != "-":
        config.argv = [opts.script] + args
        config.path0 = _script_dir(opts.script)
        # pymain_run_python adds a main importer's path whatever safe_path says
        config.path0_is_importer = os.path.isdir(opts.script) or _is_zip(opts.script)
    elif opts.script == "-":
        config.argv = ["-"] + args
        config.path0 = ""
    else:
        config.argv = [""]
        config.path0 = ""


def _script_dir(script):
    """sys.path[0] for a script: its directory with symbolic links resolved."""
    if os.path.isdir(script) or _is_zip(script):
        return os.path.abspath(script)
    return os.path.dirname(os.path.realpath(script))


def _is_zip(path):
    try:
        with open(path, "rb") as f:
            head = f.read(4)
    except OSError:
        return False
    return head == b"PK\x03\x04"


def _prepare_streams(config):
    """PYTHONIOENCODING and -u, when the host did not apply them when it started."""
    _apply_ioencoding(config)
    if not config.unbuffered or _host_sys.stdout is None:
        return
    import io
    for name, fd in (("stdout", 1), ("stderr", 2)):
        old = getattr(_host_sys, name)
        if old is None or isinstance(getattr(old, "buffer", None), io.FileIO):
            continue
        try:
            old.flush()
            raw = io.FileIO(fd, "wb", closefd=False)
            raw.name = f"<{name}>"
            new = io.TextIOWrapper(raw, encoding=old.encoding, errors=old.errors,
                                   write_through=True)
        except (OSError, ValueError, AttributeError):
            continue
        setattr(_host_sys, name, new)
        setattr(_host_sys, f"__{name}__", new)


def _apply_ioencoding(config):
    """PYTHONIOENCODING=ENCODING[:ERRORS] for a host started with -E or -I (pvm's
    launcher): the encoding of stdin, stdout and stderr, the error handler of stdin and
    stdout (stderr keeps backslashreplace), as config_init_stdio_encoding."""
    value = None if config.ignore_environment else os.environ.get("PYTHONIOENCODING")
    if not value or not _host_sys.flags.ignore_environment:
        return
    encoding, _, errors = value.partition(":")
    if encoding and not errors:
        errors = "strict"       # PYTHONIOENCODING=latin1 means latin1:strict
    for name in ("stdin", "stdout", "stderr"):
        stream = getattr(_host_sys, name)
        options = {}
        if encoding:
            options["encoding"] = encoding
        if errors and name != "stderr":
            options["errors"] = errors
        elif encoding:
            options["errors"] = stream.errors   # a new encoding alone resets it to strict
        try:
            stream.reconfigure(**options)
        except (AttributeError, LookupError, ValueError, OSError):
            pass


def _apply_xoptions(config):
    from pvm.vm import imports
    xoptions = config.xoptions
    if "importtime" in xoptions:
        imports.enable_importtime()
    if "faulthandler" in xoptions or config.dev_mode:
        import faulthandler
        faulthandler.enable()
    if "tracemalloc" in xoptions:
        import tracemalloc
        value = xoptions["tracemalloc"]
        tracemalloc.start(int(value) if value is not True else 1)
    if config.int_max_str_digits != _host_sys.flags.int_max_str_digits and \
            config.int_max_str_digits >= 0:
        _host_sys.set_int_max_str_digits(config.int_max_str_digits)
    if not config.code_debug_ranges:
        from pvm.bytecode import code
        code.set_debug_ranges(False)
        display.show_carets = False


def _apply_warnoptions(config, interp):
    """-W and PYTHONWARNINGS: CPython imports warnings at start-up when there are any
    (warnings.py applies sys.warnoptions); the host's filters get them too, for the
    warnings host C code raises on the program's behalf."""
    if not config.warnoptions:
        return
    import warnings
    try:
        warnings._processoptions(config.warnoptions)
    except Exception:
        pass
    interp.import_module("warnings")


def _run_program(interp, opts):
    """The program part of Py_RunMain (pymain_run_python); returns the exit status."""
    from pvm.vm import repl
    config = interp.config
    if opts.command is not None:
        status = _command_not_encodable(opts.command)
        if status is None:
            status = _run_guarded(interp, lambda: _run_command(interp, opts.command))
    elif opts.module is not None:
        status = _run_guarded(interp, lambda: _run_module(interp, opts.module))
    elif opts.script is not None and opts.script != "-":
        status = _run_guarded(interp, lambda: _run_path(interp, opts.script))
    elif opts.script is None and (_stdin_is_tty() or config.interactive):
        # pymain_run_stdin: an interactive session; SystemExit exits it.
        config.inspect = 0
        _run_startup_file(interp)
        return repl.interact(interp, banner=not config.quiet)
    else:
        status = _run_guarded(interp, lambda: _run_stdin(interp))
    # pymain_repl: -i (or PYTHONINSPECT set by the program) after the program.
    # Read at the end, so a program may set it (in its own os.environ) to get a REPL.
    if not config.inspect and not config.ignore_environment and \
            _program_environ(interp).get("PYTHONINSPECT"):
        config.inspect = 1
    if config.inspect and (_stdin_is_tty() or config.interactive):
        config.inspect = 0
        return repl.interact(interp, banner=False)
    return status


def _program_environ(interp):
    from pvm.vm.sysmodule import _program_environ as environ
    return environ(interp)


def _stdin_is_tty():
    try:
        return _host_sys.stdin is not None and os.isatty(_host_sys.stdin.fileno())
    except (AttributeError, OSError, ValueError):
        return False


def _run_startup_file(interp):
    """PYTHONSTARTUP runs in __main__ before the REPL (interactive mode only)."""
    if interp.config.ignore_environment:
        return
    path = os.environ.get("PYTHONSTARTUP")
    if not path:
        return
    try:
        with open(path, "rb") as f:
            source = f.read()
    except OSError as exc:
        _host_sys.stderr.write(f"Could not open PYTHONSTARTUP\n{type(exc).__name__}: {exc}\n")
        return
    _run_guarded(interp, lambda: _exec_main(interp, source, path))


# -- the four ways to give a program ----------------------------------------

def _main_dict(interp):
    return interp.main_module().__dict__


def compile_main(interp, source, filename):
    """Compile program text for __main__ (exec mode, the interpreter's -O level)."""
    from pvm.vm.builtins_module import compile_source
    return compile_source(source, filename, "exec", 0, interp.config.optimize)


def check_file_encoding(data, filename):
    """The decoding errors CPython's file tokenizer gives for a program file or stdin
    (they differ from compile()'s): a bare SyntaxError with no location."""
    import codecs
    from pvm.source import find_encoding
    try:
        encoding, bom = find_encoding(data, filename)
    except SyntaxError as exc:
        raise SyntaxError(exc.msg) from None
    body = data[3:] if bom else data
    null = body.find(b"\0")
    if encoding == "utf-8":
        if bom or _declares_encoding(body):
            _check_null_bytes(body, null, filename, encoding)
            return
        try:
            body.decode("utf-8")
        except UnicodeDecodeError as exc:
            bad = exc.start
        else:
            bad = None
        if bad is not None:
            lineno = body.count(b"\n", 0, bad) + 1
            if not 0 <= null or body.count(b"\n", 0, null) + 1 >= lineno:
                raise SyntaxError(
                    f"Non-UTF-8 code starting with '\\x{body[bad]:02x}' in file {filename} "
                    f"on line {lineno}, but no encoding declared; see "
                    "https://peps.python.org/pep-0263/ for details")
        _check_null_bytes(body, null, filename, encoding)
        return
    try:
        codecs.lookup(encoding)
        body.decode(encoding)
    except (LookupError, UnicodeError):
        raise SyntaxError(f"encoding problem: {encoding}") from None
    _check_null_bytes(body, null, filename, encoding)


def _check_null_bytes(body, null, filename, encoding):
    """The file tokenizer's error for a NUL byte (it reads line by line, so a NUL on a line
    before an undecodable one is reported first): the line's text up to the NUL."""
    if null < 0:
        return
    start = body.rfind(b"\n", 0, null) + 1
    lineno = body.count(b"\n", 0, null) + 1
    text = body[start:null].decode(encoding, "replace")
    raise SyntaxError("source code cannot contain null bytes", (filename, lineno, None, text))


def _declares_encoding(data):
    from pvm.vm.display import _BLANK, _COOKIE
    lines = data.split(b"\n", 2)
    if _COOKIE.match(lines[0]):
        return True
    return len(lines) > 1 and _BLANK.match(lines[0]) is not None and \
        _COOKIE.match(lines[1]) is not None


def _exec_main(interp, source, filename):
    if isinstance(source, bytes) and filename != "<string>":
        check_file_encoding(source, filename)
    code = compile_main(interp, source, filename)
    from pvm.vm.interp import run_code
    run_code(code, _main_dict(interp))


def _command_not_encodable(text):
    """pymain_run_command: a -c text with undecodable bytes (lone surrogates from the
    locale's decoding) cannot become UTF-8; 1 after the message, else None."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as exc:
        stderr = _host_sys.stderr
        stderr.write("Unable to decode the command from the command line:\n")
        stderr.write(f"{type(exc).__name__}: {exc}\n")
        stderr.flush()
        return 1
    return None


def _run_command(interp, text):
    _exec_main(interp, text, "<string>")


def _run_stdin(interp):
    data = _host_sys.stdin.buffer.read() if hasattr(_host_sys.stdin, "buffer") \
        else _host_sys.stdin.read()
    _exec_main(interp, data, "<stdin>")


def _run_path(interp, script):
    """python3 FILE: a source file, or a directory/zip archive holding __main__.py."""
    if os.path.isdir(script) or _is_zip(script):
        return _run_main_of_path(interp, os.path.abspath(script))
    from pvm.source import read_program_file
    data = read_program_file(script)
    if data is None:
        raise _Abort(2)
    path = os.path.abspath(script)
    main = _main_dict(interp)
    main["__file__"] = path
    main["__cached__"] = None
    from pvm.vm import imports
    if _is_pyc(script, data):
        main["__loader__"] = imports.SourcelessFileLoader("__main__", path)
        _run_pyc(interp, data, path)
        return
    main["__loader__"] = imports.SourceFileLoader("__main__", path)
    _exec_main(interp, _skip_first_line(interp, data), path)


def _is_pyc(script, data):
    """maybe_pyc_file (pythonrun.c): a .pyc name, or a file that starts with the magic
    number of pvm's .pyc files."""
    from pvm.bytecode import pyc
    return script.endswith(".pyc") or data[:4] == pyc.MAGIC


def _run_pyc(interp, data, path):
    """run_pyc_file: the code of a .pyc pvm wrote (its cache's format, or py_compile's
    header over pvm's marshal); another magic number is CPython's RuntimeError."""
    from pvm.vm import imports
    try:
        code = imports.code_of_pyc(data, "__main__", path)
    except (ImportError, EOFError):
        report_exception(interp, RuntimeError("Bad magic number in .pyc file"))
        raise _Abort(1) from None
    from pvm.vm.interp import run_code
    run_code(code, _main_dict(interp))


def _skip_first_line(interp, data):
    """-x: skip the first line (for non-Unix #! forms); keep line numbers by a blank line."""
    if not interp.config.skip_first_line:
        return data
    newline = data.find(b"\n")
    return b"\n" + data[newline + 1:] if newline >= 0 else b""


def _run_main_of_path(interp, path):
    """A directory or zip with __main__.py: run module __main__ found on sys.path[0]."""
    from pvm.vm import runmain
    runmain.run_module_as_main(interp, "__main__", alter_argv=False)


def _run_module(interp, name):
    from pvm.vm import runmain
    runmain.run_module_as_main(interp, name, alter_argv=True)


# -- what happens to exceptions ----------------------------------------------

def _run_guarded(interp, run):
    """Run, and turn what escapes into CPython's report and exit status."""
    try:
        run()
        return 0
    except SystemExit as exc:
        if not interp.config.inspect:
            return handle_system_exit(exc)
        failure = exc
    except _Abort:
        raise
    except BaseException as exc:
        failure = exc
    # Reported outside the except clause: the hook runs with no exception being handled.
    exc, failure = failure, None
    if not _is_program_exception(exc):
        display.internal_error(exc, interp.config.pvmdebug)
        return EXIT_INTERNAL
    report_exception(interp, exc)
    if isinstance(exc, KeyboardInterrupt) and not interp.config.inspect:
        _sigint_pending[0] = True
        raise _Abort(130)
    return 1


def _is_program_exception(exc):
    """An exception the program raised (it has a pvm traceback) or that came from outside."""
    if isinstance(exc, (KeyboardInterrupt, MemoryError, RecursionError, SyntaxError)):
        return True
    try:
        return display.traceback_of(exc) is not None
    except Exception:
        return False


def handle_system_exit(exc):
    """_Py_HandleSystemExit: the exit status a SystemExit asks for."""
    code = exc.code
    if code is None:
        return 0
    if isinstance(code, int):
        return code
    stderr = _host_sys.stderr
    try:
        if stderr is not None:
            stderr.write(str(code) + "\n")
            stderr.flush()
    except Exception:
        pass
    return 1


def report_exception(interp, exc):
    """_PyErr_PrintEx: set sys.last_*, call sys.excepthook, survive a broken hook."""
    tb = display.traceback_of(exc)
    sys = interp.sys
    sys.last_type, sys.last_value, sys.last_traceback = type(exc), exc, tb
    hook = sys.__dict__.get("excepthook")
    if hook is None:
        _host_sys.stderr.write("sys.excepthook is missing\n")
        display.print_exception(exc, tb)
        return
    try:
        hook(type(exc), exc, tb)
    except SystemExit as second:
        raise _Abort(handle_system_exit(second)) from None
    except BaseException as second:
        stderr = _host_sys.stderr
        stderr.write("Error in sys.excepthook:\n")
        display.print_exception(second)
        stderr.write("\nOriginal exception was:\n")
        display.print_exception(exc, tb)


def _finish(interp, status):
    """Interpreter shutdown: wait for the program's threads; die by SIGINT after ^C."""
    try:
        _shutdown_threads(interp)
    except KeyboardInterrupt:
        pass
    except Exception as exc:
        display.internal_error(exc, interp.config.pvmdebug)
    if _sigint_pending[0]:
        _exit_by_sigint()
    return status


_sigint_pending = [False]


def _shutdown_threads(interp):
    """threading._shutdown of pvm's threading module (Py_FinalizeEx's first step)."""
    threading = interp.sys.modules.get("threading")
    shutdown = getattr(threading, "_shutdown", None)
    if shutdown is not None:
        shutdown()


def _exit_by_sigint():
    """Run atexit callbacks and flush, then kill the process with SIGINT (exit_sigint)."""
    import atexit
    import signal
    atexit._run_exitfuncs()
    display.flush_std_streams()
    try:
        signal.signal(signal.SIGINT, signal.SIG_DFL)
        os.kill(os.getpid(), signal.SIGINT)
    except (OSError, ValueError):
        pass
