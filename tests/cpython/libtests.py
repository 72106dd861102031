"""CPython's own regression tests, run under the host and under pvm, compared case by case.

Each module of `modules.txt` is taken from the host's `test` package (never copied here) and
run twice, as

    python3 -m unittest -v test.NAME
    python3 -m pvm -m unittest -v test.NAME      (unittest itself compiled by pvm, on pvm's VM)

each in a fresh temporary directory, with a per-module timeout. The verbose output of each run
is parsed into one outcome per test case (ok, FAIL, ERROR, skipped, expected failure,
unexpected success); a case that a run never reported (the module timed out or crashed)
counts as failing, and the table says why. Cases listed in `differences.txt` (CPython-only
details, with their reasons) and cases that pvm skips as CPython implementation details
(`@cpython_only`, `check_impl_detail`) leave the denominator, and the table counts them.

    python3 tests/cpython/libtests.py                  # every module, the table
    python3 tests/cpython/libtests.py -j 2 --only test_dict,test_list
    python3 tests/cpython/libtests.py --json out.json --markdown
    python3 tests/cpython/libtests.py --only test_dict --show   # the cases failing on pvm
    python3 tests/cpython/libtests.py --tree /tmp/pvm-head     # pvm from another checkout

pvm writes its compiled cache for these runs (PYTHONDONTWRITEBYTECODE is cleared for the pvm
child), so the standard library and `test` are compiled once.
"""
import argparse
import concurrent.futures
import dataclasses
import datetime
import fnmatch
import json
import os
import pathlib
import re
import signal
import subprocess
import sys
import tempfile
import time

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parent.parent
MODULES_FILE = HERE / "modules.txt"
DIFFERENCES_FILE = HERE / "differences.txt"
SHIMS_DIR = HERE / "shims"

HOST = [sys.executable]
PVM = [sys.executable, "-m", "pvm"]
# pvm from another checkout (--tree): a stable tree to measure while this one changes.
_FROM_TREE = ("import sys; sys.path.insert(0, sys.argv.pop(1)); sys.argv[0] = 'pvm'; "
              "from pvm.cli import main; sys.exit(main())")


def use_tree(path):
    """Run pvm from the checkout at `path` (e.g. `git worktree add` or `git archive` of HEAD)."""
    PVM[:] = [sys.executable, "-c", _FROM_TREE, str(pathlib.Path(path).resolve())]
DEFAULT_TIMEOUT = 900.0

# Outcomes, as TextTestResult writes them (unittest/runner.py).
PASSED = ("ok", "expected failure")
STATUS_RE = re.compile(r"(ok|FAIL|ERROR|skipped '.*'|skipped \".*\"|expected failure"
                       r"|unexpected success)$")
# "name (dotted.id)" opening a case's line; subtests add " (params)" or " [msg]" after it.
CASE_RE = re.compile(r"^(?P<sub>  )?(?P<name>[^\s()]+) \((?P<id>[^\s()]+)\)(?P<rest>.*)$",
                     re.MULTILINE)
RAN_RE = re.compile(r"^Ran (\d+) tests? in ", re.MULTILINE)
# Skip reasons test.support.impl_detail() gives tests of CPython implementation details:
# its default messages, and the messages test modules pass it (read from their source).
IMPL_DETAIL_DEFAULT = re.compile(r"implementation detail (specific to|not available on) ")
IMPL_DETAIL_CALL = re.compile(r"""impl_detail\(\s*(?:msg\s*=\s*)?(['"])(.+?)\1""")


@dataclasses.dataclass
class Run:
    """One run of one module under one interpreter."""
    module: str
    outcomes: dict          # case key -> "ok" | "FAIL" | "ERROR" | "skipped '...'" | ...
    returncode: int | None  # None when the run timed out
    seconds: float
    ran: int | None         # the "Ran N tests" figure, None if never printed
    tail: str               # the end of stderr, for the report

    @property
    def timed_out(self):
        return self.returncode is None

    @property
    def crashed(self):
        """Ended without unittest's summary (killed, interpreter crash, internal error)."""
        return not self.timed_out and self.ran is None

    @property
    def import_error(self):
        return any(".loader._FailedTest." in key for key in self.outcomes)

    def state(self):
        if self.timed_out:
            return "timeout"
        if self.crashed:
            return f"crash ({self.returncode})"
        if self.import_error:
            return "import error"
        return ""


def case_key(name, dotted):
    """The id a case is known by: `dotted` itself for a test method (it ends in its name);
    `dotted.name` for doctests and fixtures (`setUpClass (test.test_x.Class)`)."""
    if dotted == name or dotted.endswith("." + name):
        return dotted
    return f"{dotted}.{name}"


def status_after(text, start, end):
    """The status word of the case whose line starts at `start`: what follows ' ... ' on
    that line or the docstring line under it, else the first later line (before `end`) that
    ends in a status, since a test's own output can come between its ' ... ' and its status."""
    lines = text[start:end].split("\n")
    for line in lines[:2]:
        head, sep, tail = line.partition(" ... ")
        if sep:
            match = STATUS_RE.match(tail.strip())
            if match:
                return match.group(1)
            break
    for line in lines[1:]:
        match = STATUS_RE.search(line.rstrip())
        if match:
            return match.group(1)
    return None


def parse_verbose(text):
    """{case key: outcome} from `unittest -v` output. A case with a failing subtest is FAIL
    (ERROR if a subtest errored), as unittest counts it; a case whose only reports are
    skipped subtests is skipped, with their reason."""
    own = {}        # key -> the case's own status (None when its line stayed open)
    subtests = {}   # key -> statuses of its subtest lines
    marks = list(CASE_RE.finditer(text))
    for i, mark in enumerate(marks):
        end = marks[i + 1].start() if i + 1 < len(marks) else len(text)
        key = case_key(mark.group("name"), mark.group("id"))
        status = status_after(text, mark.start(), end)
        if mark.group("sub"):
            subtests.setdefault(key, []).append(status)
        elif own.get(key) is None:
            own[key] = status
    outcomes = {}
    for key in own.keys() | subtests.keys():
        statuses = [own.get(key)] + subtests.get(key, [])
        failed = [status for status in statuses if status in ("FAIL", "ERROR")]
        skipped = [status for status in statuses if status and status.startswith("skipped")]
        if failed:
            outcomes[key] = "ERROR" if "ERROR" in failed else "FAIL"
        elif own.get(key) is not None:
            outcomes[key] = own[key]
        elif skipped:
            outcomes[key] = skipped[0]
        else:
            # The line opened and nothing followed: the run died inside this case.
            outcomes[key] = "unfinished"
    return outcomes


def child_env(for_pvm):
    env = dict(os.environ)
    if for_pvm:
        # pvm compiles the standard library and `test` once into its own cache.
        env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def run_module(module, for_pvm, timeout, shim=False):
    """Run `test.<module>` verbosely under the host or pvm; a Run. `shim` puts shims/ on
    pvm's path (stand-ins for C modules that a test module imports unconditionally)."""
    command = (PVM if for_pvm else HOST) + ["-m", "unittest", "-v", f"test.{module}"]
    env = child_env(for_pvm)
    if for_pvm and shim:
        env["PYTHONPATH"] = os.pathsep.join(
            p for p in (str(SHIMS_DIR), env.get("PYTHONPATH", "")) if p)
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix=f"pvm-libtest-{module}-") as cwd:
        proc = subprocess.Popen(command, cwd=cwd, env=env,
                                stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, start_new_session=True)
        try:
            out, err = proc.communicate(timeout=timeout)
            returncode = proc.returncode
        except subprocess.TimeoutExpired:
            _kill_group(proc)
            out, err = proc.communicate()
            returncode = None
    text = err.decode("utf-8", "replace")
    ran = RAN_RE.findall(text)
    return Run(module=module, outcomes=parse_verbose(text), returncode=returncode,
               seconds=time.monotonic() - started,
               ran=int(ran[-1]) if ran else None, tail=text[-3000:])


def _kill_group(proc):
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass


def read_modules(path=MODULES_FILE):
    """{module name: options} from modules.txt: one module per line, then options
    (`shim`: run under pvm with shims/ on the path), '#' comments."""
    modules = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        words = line.split("#", 1)[0].split()
        if words:
            modules[words[0]] = set(words[1:])
    return modules


def read_differences(path=DIFFERENCES_FILE):
    """[(pattern, reason)] from differences.txt (`PATTERN: reason`). A pattern names a case
    id, or a class or module prefix of ids, and may use fnmatch's wildcards."""
    found = []
    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        pattern, sep, reason = line.partition(": ")
        if not sep or not reason.strip() or " " in pattern.strip():
            raise ValueError(f"{path.name}:{lineno}: expected 'PATTERN: reason', got {line!r}")
        found.append((pattern.strip(), reason.strip()))
    return found


def is_difference(key, differences):
    for pattern, _ in differences:
        if key == pattern or key.startswith(pattern + ".") or fnmatch.fnmatchcase(key, pattern):
            return True
    return False


@dataclasses.dataclass
class Row:
    """The comparison for one module."""
    module: str
    host_pass: int          # cases passing on the host, minus the excluded ones
    pvm_pass: int           # of those, passing on pvm
    listed: int             # excluded by differences.txt
    impl_skipped: int       # skipped by pvm as CPython implementation details
    state: str              # timeout / crash / import error under pvm, or ''
    host_state: str
    pvm_seconds: float
    host_seconds: float
    failing: list           # [(case key, pvm outcome)] among host_pass

    @property
    def percent(self):
        return 100.0 * self.pvm_pass / self.host_pass if self.host_pass else 100.0


def compare(host, ours, differences, impl_messages=frozenset()):
    """A Row from the two runs of one module."""
    listed = impl = passed = 0
    failing = []
    for key, status in sorted(host.outcomes.items()):
        if status not in PASSED:
            continue
        if is_difference(key, differences):
            listed += 1
            continue
        got = ours.outcomes.get(key)
        if skipped_as_impl_detail(got, impl_messages):
            impl += 1
            continue
        if got in PASSED:
            passed += 1
        else:
            failing.append((key, got or "not reported"))
    return Row(module=host.module, host_pass=passed + len(failing), pvm_pass=passed,
               listed=listed, impl_skipped=impl, state=ours.state(), host_state=host.state(),
               pvm_seconds=ours.seconds, host_seconds=host.seconds, failing=failing)


def impl_detail_messages():
    """The skip messages that test modules give support.impl_detail(msg, cpython=True)."""
    import test
    found = set()
    for path in pathlib.Path(test.__file__).parent.rglob("*.py"):
        try:
            text = path.read_text(encoding="utf-8", errors="replace")
        except OSError:
            continue
        if "impl_detail(" in text:
            found.update(match.group(2) for match in IMPL_DETAIL_CALL.finditer(text))
    return found


def skipped_as_impl_detail(outcome, messages):
    """Whether a pvm outcome is test.support's skip of a CPython implementation detail."""
    if outcome is None or not outcome.startswith("skipped "):
        return False
    reason = outcome[len("skipped "):][1:-1]
    return bool(IMPL_DETAIL_DEFAULT.match(reason)) or reason in messages


def run_both(module, timeout, options=()):
    host = run_module(module, False, timeout)
    ours = run_module(module, True, timeout, shim="shim" in options)
    return host, ours


def format_table(rows, markdown=False):
    header = ("module", "host pass", "pvm pass", "%", "excluded", "pvm s", "note")
    lines = []
    body = []
    for row in rows:
        note = row.state or ""
        if row.host_state:
            note = (note + "; " if note else "") + "host: " + row.host_state
        body.append((row.module, str(row.host_pass), str(row.pvm_pass), f"{row.percent:.1f}",
                     str(row.listed + row.impl_skipped), f"{row.pvm_seconds:.0f}", note))
    total_host = sum(r.host_pass for r in rows)
    total_pvm = sum(r.pvm_pass for r in rows)
    total_excl = sum(r.listed + r.impl_skipped for r in rows)
    percent = 100.0 * total_pvm / total_host if total_host else 100.0
    body.append(("TOTAL", str(total_host), str(total_pvm), f"{percent:.1f}", str(total_excl),
                 f"{sum(r.pvm_seconds for r in rows):.0f}",
                 f"{sum(1 for r in rows if r.state)} modules timed out/crashed"))
    if markdown:
        lines.append("| " + " | ".join(header) + " |")
        lines.append("|---|" + "---:|" * 5 + "---|")
        for cells in body:
            lines.append("| " + " | ".join(cells) + " |")
        return "\n".join(lines)
    widths = [max(len(c[i]) for c in body + [header]) for i in range(len(header))]
    fmt = "  ".join(("{:<%d}" if i in (0, 6) else "{:>%d}") % w for i, w in enumerate(widths))
    lines.append(fmt.format(*header).rstrip())
    lines.append("-" * (sum(widths) + 2 * (len(widths) - 1)))
    for cells in body:
        if cells[0] == "TOTAL":
            lines.append("-" * (sum(widths) + 2 * (len(widths) - 1)))
        lines.append(fmt.format(*cells).rstrip())
    return "\n".join(lines)


def summary(rows):
    listed = sum(r.listed for r in rows)
    impl = sum(r.impl_skipped for r in rows)
    return (f"excluded from the denominator: {listed} cases listed in differences.txt, "
            f"{impl} skipped by test.support on pvm as CPython implementation details")


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-j", "--jobs", type=int, default=1, help="modules run in parallel")
    parser.add_argument("--only", help="comma-separated module names (default: modules.txt)")
    parser.add_argument("--timeout", type=float, default=DEFAULT_TIMEOUT,
                        help="seconds per module and interpreter (default %(default)s)")
    parser.add_argument("--json", help="save the runs and the table to this file")
    parser.add_argument("--markdown", action="store_true", help="print the table as Markdown")
    parser.add_argument("--show", action="store_true",
                        help="list every case that passes on the host and not on pvm")
    parser.add_argument("--tree", help="run pvm from this checkout instead of the installed one")
    parser.add_argument("--render", metavar="JSON",
                        help="print the table of a run saved with --json, running nothing")
    args = parser.parse_args(argv)
    if args.render:
        return render_saved(args.render, args.markdown)
    if args.tree:
        use_tree(args.tree)
    listed = read_modules()
    modules = args.only.split(",") if args.only else list(listed)
    differences = read_differences()
    impl_messages = impl_detail_messages()
    rows = []
    runs = {}
    with concurrent.futures.ThreadPoolExecutor(max_workers=args.jobs) as pool:
        futures = {pool.submit(run_both, m, args.timeout, listed.get(m, ())): m
                   for m in modules}
        for future in concurrent.futures.as_completed(futures):
            host, ours = future.result()
            row = compare(host, ours, differences, impl_messages)
            rows.append(row)
            runs[host.module] = (host, ours)
            print(f"{row.module}: {row.pvm_pass}/{row.host_pass} ({row.percent:.1f}%) "
                  f"{row.state} [{row.pvm_seconds:.0f} s]", file=sys.stderr, flush=True)
    rows.sort(key=lambda r: modules.index(r.module))
    print(f"CPython regression tests on pvm, measured {datetime.date.today().isoformat()}")
    print(format_table(rows, markdown=args.markdown))
    print(summary(rows))
    if args.show:
        for row in rows:
            for key, got in row.failing:
                print(f"{got:14} {key}")
            if row.state:
                print(f"--- {row.module}: {row.state}; end of pvm's stderr:")
                print(runs[row.module][1].tail[-1500:])
    if args.json:
        save_json(args.json, rows, runs)
    return 0


def render_saved(path, markdown):
    """Print the table of a run saved by --json."""
    data = json.loads(pathlib.Path(path).read_text(encoding="utf-8"))
    rows = [Row(**entry["row"]) for entry in data["modules"].values()]
    print(f"CPython regression tests on pvm, measured {data['date']}")
    print(format_table(rows, markdown=markdown))
    print(summary(rows))
    return 0


def save_json(path, rows, runs):
    data = {
        "date": datetime.date.today().isoformat(),
        "modules": {
            row.module: {
                "row": {k: v for k, v in dataclasses.asdict(row).items()},
                "host": runs[row.module][0].outcomes,
                "pvm": runs[row.module][1].outcomes,
                "pvm_tail": runs[row.module][1].tail,
            } for row in rows
        },
    }
    pathlib.Path(path).write_text(json.dumps(data, indent=1), encoding="utf-8")


if __name__ == "__main__":
    sys.exit(main())
