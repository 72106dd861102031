"""Helpers for the VM's tests: run a snippet under the host and under pvm, compare.

As byterun's test helper: `check(source)` runs the snippet with the host's exec
and with pvm (compiled by pvm's compiler from a host-parsed tree, run by
pvm.vm.interp.run_code), and requires the same standard output, the same
exception (type and message) and, when one escapes, the same traceback lines
inside the snippet. The snippet's builtins are the host's with pvm's
`__build_class__` and `super` (the VM's own parts) and frame-reading
`globals`/`locals`, and `import sys` gives the host's sys with the VM's
exc_info/_getframe/recursion limit, so these tests do not depend on the runtime.
"""
import ast
import builtins
import contextlib
import gc
import io
import sys
import textwrap
import traceback
import types
import warnings

import pvm.compiler
from pvm.vm import state
from pvm.vm.classes import Super, build_class
from pvm.vm.interp import run_code

FILENAME = "<snippet>"


def _globals():
    return state.current_frame().f_globals


def _locals():
    return state.current_frame().f_locals


def _getframe(depth=0):
    frame = state.current_frame()
    for _ in range(depth):
        frame = frame.f_back
        if frame is None:
            raise ValueError("call stack is not deep enough")
    return frame


class _SysView(types.ModuleType):
    """`sys` as a snippet sees it: the host's, with the VM's frame and exception views."""

    def __getattr__(self, name):
        return getattr(sys, name)


SYS = _SysView("sys")
SYS.exc_info = state.exc_info
SYS.exception = state.exception
SYS._getframe = _getframe
SYS.getrecursionlimit = state.get_recursion_limit
SYS.setrecursionlimit = state.set_recursion_limit
SYS.settrace = state.settrace
SYS.gettrace = state.gettrace


def _import(name, globals=None, locals=None, fromlist=(), level=0):
    if name == "sys" and not level:
        return SYS
    return builtins.__import__(name, globals, locals, fromlist, level)


def pvm_builtins():
    """The host's builtins with the VM's class machinery and frame-reading globals/locals."""
    table = dict(builtins.__dict__)
    table["__build_class__"] = build_class
    table["super"] = Super
    table["globals"] = _globals
    table["locals"] = _locals
    table["__import__"] = _import
    return table


def pvm_compile(source, mode="exec"):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        tree = ast.parse(source, FILENAME, mode)
    return pvm.compiler.compile_tree(tree, FILENAME, mode, -1, 0,
                                     source.splitlines(keepends=True))


class Outcome:
    """What running a snippet did: output, the escaping exception, its snippet frames."""

    def __init__(self, stdout, exc, frames, namespace):
        self.stdout = stdout
        self.exc = exc
        self.frames = frames
        self.namespace = namespace

    @property
    def error(self):
        if self.exc is None:
            return None
        return f"{type(self.exc).__name__}: {self.exc}"

    def __repr__(self):
        return f"Outcome(stdout={self.stdout!r}, error={self.error!r}, frames={self.frames!r})"


def _snippet_frames(entries):
    return [(name, line) for filename, line, name in entries if filename == FILENAME]


def run_host(source):
    code = compile(source, FILENAME, "exec")
    namespace = {"__name__": "__main__"}
    out = io.StringIO()
    exc = None
    with contextlib.redirect_stdout(out):
        try:
            exec(code, namespace)
        except BaseException as error:
            exc = error
    frames = []
    if exc is not None:
        frames = _snippet_frames((e.filename, e.lineno, e.name)
                                 for e in traceback.extract_tb(exc.__traceback__))
    return Outcome(out.getvalue(), exc, frames, namespace)


def pvm_traceback_entries(exc):
    tb = state.traceback_of(exc)
    entries = []
    while tb is not None:
        code = tb.tb_frame.f_code
        entries.append((code.co_filename, tb.tb_lineno, code.co_name))
        tb = tb.tb_next
    return entries


@contextlib.contextmanager
def traced_loop():
    """Run pvm code through the traced loop (every instruction by its canonical handler)."""
    ts = state.thread_state()
    saved = ts.tracing
    ts.tracing = True
    try:
        yield
    finally:
        ts.tracing = saved


def run_pvm(source, traced=False):
    code = pvm_compile(source)
    namespace = {"__name__": "__main__", "__builtins__": pvm_builtins()}
    out = io.StringIO()
    exc = None
    with contextlib.redirect_stdout(out), (traced_loop() if traced else contextlib.nullcontext()):
        try:
            run_code(code, namespace)
        except BaseException as error:
            exc = error
    frames = _snippet_frames(pvm_traceback_entries(exc)) if exc is not None else []
    return Outcome(out.getvalue(), exc, frames, namespace)


def check(source, frames=True, traced=False):
    """Run `source` under both; assert the same output, exception and traceback lines.

    `traced` runs pvm's traced loop instead of the fast one.
    """
    source = textwrap.dedent(source)
    # Garbage of earlier tests in this process (a generator whose finally prints) must
    # not be collected while an output below is being captured.
    gc.collect()
    host = run_host(source)
    gc.collect()
    mine = run_pvm(source, traced)
    assert mine.stdout == host.stdout, _diff("stdout", host.stdout, mine.stdout)
    assert mine.error == host.error, f"exception: host {host.error!r}, pvm {mine.error!r}"
    if frames:
        assert mine.frames == host.frames, f"traceback: host {host.frames}, pvm {mine.frames}"
    return mine


def _diff(what, expected, got):
    import difflib
    lines = difflib.unified_diff(expected.splitlines(), got.splitlines(), "host", "pvm",
                                 lineterm="")
    return f"{what} differs:\n" + "\n".join(lines)


@contextlib.contextmanager
def recursion_limit(limit):
    old = state.get_recursion_limit()
    state.set_recursion_limit(limit)
    try:
        yield
    finally:
        state.set_recursion_limit(old)


def host_recursion_limit():
    return sys.getrecursionlimit()
