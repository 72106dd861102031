"""pvm's interactive prompt: python3's REPL (PyRun_InteractiveLoop), running on the VM.

VM stage (runtime). Reads statements at `sys.ps1` / `sys.ps2`, compiles each one in
'single' mode (so expression results are echoed through `sys.displayhook`), runs it
in `__main__` and keeps the session going after exceptions, which are printed through
`sys.excepthook`. On a terminal lines are read with `input()`, which uses readline
(line editing; history once site's interactive hook has run); otherwise prompts go to
stderr and lines are read from stdin, as CPython does.

Whether more lines are needed is decided as the C REPL's tokenizer decides it:
open brackets, an unterminated triple-quoted string or a trailing backslash ask for a
continuation line (found from the SyntaxError the statement gives so far), and a
compound statement goes on until an empty line. Anything else that does not compile
is reported at once (`1 +` is a SyntaxError, as in python3, not a continuation).
"""

import os
import sys as _host_sys

from pvm.vm import display

# SyntaxError messages that, at the end of the input, mean "keep reading".
_INCOMPLETE_MESSAGES = ("unexpected EOF while parsing",
                        "was never closed", "unterminated triple-quoted string literal",
                        "expected an indented block", "EOF while scanning")


def banner():
    from pvm import __version__
    return (f"Python {_host_sys.version} on {_host_sys.platform} (pvm {__version__})\n"
            'Type "help", "copyright", "credits" or "license" for more information.\n')


def interact(interp, banner=True):
    """Run the REPL until EOF or SystemExit; return the exit status."""
    sys = interp.sys
    if "ps1" not in sys.__dict__:
        sys.ps1 = ">>> "
    if "ps2" not in sys.__dict__:
        sys.ps2 = "... "
    if banner:
        _host_sys.stderr.write(globals()["banner"]())
    _run_interactive_hook(interp)
    reader = _Reader(interp)
    while True:
        try:
            source = reader.read_statement()
        except KeyboardInterrupt:
            _host_sys.stderr.write("\nKeyboardInterrupt\n")
            continue
        if source is None:
            reader.end()
            return 0
        status = run_statement(interp, source)
        if status is not None:
            return status


def _run_interactive_hook(interp):
    hook = interp.sys.__dict__.get("__interactivehook__")
    if hook is None:
        return
    from pvm.vm import main
    try:
        hook()
    except SystemExit:
        raise
    except BaseException as exc:
        _host_sys.stderr.write("Failed calling sys.__interactivehook__\n")
        main.report_exception(interp, exc)


class _Reader:
    """Reads one statement's worth of lines, prompting as the C REPL does."""

    def __init__(self, interp):
        self.interp = interp
        self.tty = _is_tty(_host_sys.stdin) and _is_tty(_host_sys.stdout)

    def prompt(self, name):
        value = self.interp.sys.__dict__.get(name, "")
        try:
            return str(value)
        except Exception:
            return ""

    def read_line(self, prompt):
        """One line without its newline, or None at EOF."""
        if self.tty:
            try:
                return input(prompt)
            except EOFError:
                return None
        stderr = _host_sys.stderr
        stderr.write(prompt)
        stderr.flush()
        line = _host_sys.stdin.readline()
        if not line:
            return None
        return line[:-1] if line.endswith("\n") else line

    def read_statement(self):
        """Lines up to a complete statement, or None at EOF on an empty buffer."""
        lines = []
        while True:
            line = self.read_line(self.prompt("ps1" if not lines else "ps2"))
            if line is None:
                if not lines:
                    return None
                return "\n".join(lines) + "\n"
            lines.append(line)
            source = "\n".join(lines)
            if not needs_more(source):
                return source + "\n"

    def end(self):
        _host_sys.stderr.write("\n")
        _host_sys.stderr.flush()


def _is_tty(stream):
    try:
        return stream is not None and os.isatty(stream.fileno())
    except (AttributeError, OSError, ValueError):
        return False


def _compile(source, flags):
    from pvm.vm.builtins_module import compile_source
    return compile_source(source, "<stdin>", "single", flags)


def needs_more(source):
    """True while the statement is incomplete, as the C REPL's tokenizer decides it:
    open brackets, an unterminated triple-quoted string, a trailing backslash, or a
    compound statement not yet closed by an empty line."""
    lines = source.split("\n")
    if all(not line.strip() or line.strip().startswith("#") for line in lines):
        return False
    if source.endswith("\\"):
        return True
    try:
        _compile(source + "\n", 0)
    except SyntaxError as exc:
        return _is_incomplete(exc, source)
    except (ValueError, OverflowError, TypeError):
        return False
    return _opens_block(lines) and lines[-1].strip() != ""


def _is_incomplete(exc, source):
    """A SyntaxError that only says the input stopped too early."""
    message = str(exc.msg) if getattr(exc, "msg", None) is not None else str(exc)
    if not any(text in message for text in _INCOMPLETE_MESSAGES):
        return False
    if "never closed" in message or "unterminated triple-quoted" in message:
        return True
    last = source.count("\n") + 1
    return (exc.lineno or 0) >= last


def _opens_block(lines):
    first = lines[0].rstrip()
    return (first.endswith(":") or first.lstrip().startswith("@")
            or len(lines) > 1 and lines[-1][:1] in (" ", "\t"))


def run_statement(interp, source):
    """Compile and run one interactive statement; a status when the session must end."""
    from pvm.vm import main
    try:
        code = _compile(source, 0)
    except SyntaxError as exc:
        _fix_syntax_error_text(exc, source)
        main.report_exception(interp, exc)
        return None
    except (ValueError, OverflowError) as exc:
        main.report_exception(interp, exc)
        return None
    except KeyboardInterrupt:
        _host_sys.stderr.write("\nKeyboardInterrupt\n")
        return None
    except Exception as exc:
        display.internal_error(exc, interp.config.pvmdebug)
        return None
    from pvm.vm.interp import run_code
    namespace = interp.main_module().__dict__
    try:
        run_code(code, namespace)
    except SystemExit as exc:
        return main.handle_system_exit(exc)
    except BaseException as exc:
        if not main._is_program_exception(exc):
            display.internal_error(exc, interp.config.pvmdebug)
        else:
            main.report_exception(interp, exc)
    display.flush_std_streams()
    return None


def _fix_syntax_error_text(exc, source):
    """The C REPL sets a SyntaxError's text from the interactive source."""
    lines = source.splitlines(keepends=True)
    lineno = exc.lineno
    if isinstance(lineno, int) and 0 < lineno <= len(lines):
        exc.text = lines[lineno - 1]
