"""The differential program corpus: every `tests/programs/*.py` runs under python3 and under pvm.

Each program is run twice in the same test, once by the host (`python3`, i.e. sys.executable)
and once by pvm (`sys.executable -m pvm`), with the same working directory (tests/programs),
the same command-line arguments (`name.args`, one per line), the same standard input
(`name.stdin`, or nothing) and the same clean environment. Expected output is never stored:
the host is the oracle. The test requires

    - identical standard output, byte for byte;
    - the same exit status;
    - the same final line of standard error (the `Type: message` line of a traceback).

A mismatch prints unified diffs. `differences.txt` lists the deliberate, reviewed differences
(`NAME ASPECT: reason`, ASPECT one of stdout, status, stderr); the aspect named there is not
compared for that program. Until `pvm -c "print(1)"` prints 1 the corpus is skipped.

Run as a script to check the corpus itself under the host alone (each program twice, with
different hash seeds, timed):

    python3 tests/test_programs.py [NAME ...]
"""
import difflib
import functools
import os
import pathlib
import resource
import subprocess
import sys
import time

import pytest

PROGRAMS_DIR = pathlib.Path(__file__).resolve().parent / "programs"
DIFFERENCES_FILE = PROGRAMS_DIR / "differences.txt"
ASPECTS = ("stdout", "status", "stderr")
# Seconds allowed to one run of one program (pvm is expected to be 10-50x slower than python3).
TIMEOUT = float(os.environ.get("PVM_PROGRAM_TIMEOUT", "60"))

PYTHON3 = [sys.executable]
PVM = [sys.executable, "-m", "pvm"]


def program_paths():
    """The programs: the .py files directly in tests/programs (subfolders hold their helpers)."""
    return sorted(PROGRAMS_DIR.glob("*.py"))


def program_args(path):
    """Command-line arguments from `name.args`, one per line."""
    args_file = path.with_suffix(".args")
    if not args_file.exists():
        return []
    return args_file.read_text(encoding="utf-8").splitlines()


def program_stdin(path):
    """Standard input from `name.stdin`; an empty stream when there is none."""
    stdin_file = path.with_suffix(".stdin")
    return stdin_file.read_bytes() if stdin_file.exists() else b""


def clean_env(**extra):
    """An empty environment, except PYTHONDONTWRITEBYTECODE when the machine sets it."""
    env = {}
    if "PYTHONDONTWRITEBYTECODE" in os.environ:
        env["PYTHONDONTWRITEBYTECODE"] = os.environ["PYTHONDONTWRITEBYTECODE"]
    env.update(extra)
    return env


class Outcome:
    """What one run of a program showed: stdout, exit status, stderr (decoded), or a timeout."""

    def __init__(self, stdout, status, stderr, timed_out=False):
        self.stdout = stdout
        self.status = status
        self.stderr = stderr
        self.timed_out = timed_out

    @property
    def last_stderr_line(self):
        lines = self.stderr.splitlines()
        return lines[-1] if lines else ""


def _decode(data):
    return (data or b"").decode("utf-8", errors="backslashreplace")


def run_program(interpreter, path, env=None, timeout=TIMEOUT):
    """Run one program under `interpreter` (a command prefix) the way the corpus runs it."""
    cmd = [*interpreter, path.name, *program_args(path)]
    try:
        proc = subprocess.run(cmd, cwd=PROGRAMS_DIR, input=program_stdin(path),
                              capture_output=True, env=env if env is not None else clean_env(),
                              timeout=timeout)
    except subprocess.TimeoutExpired as exc:
        return Outcome(_decode(exc.stdout), None, _decode(exc.stderr), timed_out=True)
    return Outcome(_decode(proc.stdout), proc.returncode, _decode(proc.stderr))


def read_differences(path=DIFFERENCES_FILE):
    """{(program, aspect): reason} from differences.txt; raises ValueError on a bad line."""
    found = {}
    if not path.exists():
        return found
    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        head, sep, reason = line.partition(":")
        words = head.split()
        if not sep or len(words) != 2 or words[1] not in ASPECTS or not reason.strip():
            raise ValueError(f"{path.name}:{lineno}: expected 'NAME ASPECT: reason', "
                             f"ASPECT one of {', '.join(ASPECTS)}; got {line!r}")
        found[(words[0], words[1])] = reason.strip()
    return found


def compare(name, host, ours, ignored=()):
    """The differences between the host's outcome and pvm's, as report text ('' if none)."""
    parts = []
    if ours.timed_out:
        parts.append(f"pvm timed out after {TIMEOUT:g} s")
    if host.timed_out:
        parts.append(f"python3 timed out after {TIMEOUT:g} s")
    if "stdout" not in ignored and host.stdout != ours.stdout:
        diff = difflib.unified_diff(host.stdout.splitlines(keepends=True),
                                    ours.stdout.splitlines(keepends=True),
                                    f"{name} under python3", f"{name} under pvm")
        parts.append("stdout differs:\n" + "".join(_newline_terminated(diff)))
    if "status" not in ignored and host.status != ours.status:
        parts.append(f"exit status differs: python3 {host.status}, pvm {ours.status}")
    if "stderr" not in ignored and host.last_stderr_line != ours.last_stderr_line:
        parts.append("final line of stderr differs:\n"
                     f"  python3: {host.last_stderr_line!r}\n  pvm:     {ours.last_stderr_line!r}")
    if parts and ours.stderr:
        tail = "".join(_newline_terminated(ours.stderr.splitlines(keepends=True)[-25:]))
        parts.append("pvm's stderr (last 25 lines):\n" + tail)
    return "\n".join(parts)


def _newline_terminated(lines):
    for line in lines:
        yield line if line.endswith("\n") else line + "\n"


@functools.lru_cache(maxsize=None)
def pvm_runs_programs():
    """(True, '') once `pvm -c "print(1)"` prints 1; else (False, why). Checked once per process."""
    try:
        proc = subprocess.run([*PVM, "-c", "print(1)"], capture_output=True, env=clean_env(),
                              cwd=PROGRAMS_DIR, timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        return False, f'pvm -c "print(1)" did not finish within {TIMEOUT:g} s'
    if proc.stdout == b"1\n" and proc.returncode == 0:
        return True, ""
    last = Outcome("", proc.returncode, _decode(proc.stderr)).last_stderr_line
    return False, (f'pvm does not run programs yet: pvm -c "print(1)" printed '
                   f"{_decode(proc.stdout)!r}, status {proc.returncode} ({last})")


def _program_id(path):
    return path.stem


@pytest.mark.parametrize("path", program_paths(), ids=_program_id)
def test_program(path):
    works, why = pvm_runs_programs()
    if not works:
        pytest.skip(why)
    ignored = {aspect for (name, aspect) in read_differences() if name == path.name}
    host = run_program(PYTHON3, path)
    ours = run_program(PVM, path)
    report = compare(path.name, host, ours, ignored)
    if report:
        pytest.fail(report, pytrace=False)


# The corpus itself: cheap checks that run whether or not pvm works.

def test_corpus_is_large_enough():
    assert len(program_paths()) >= 150


@pytest.mark.parametrize("path", program_paths(), ids=_program_id)
def test_program_is_valid_python(path):
    # The host's compiler is the oracle here: a program must be valid 3.11 source.
    compile(path.read_bytes(), str(path), "exec", dont_inherit=True)


def test_inputs_belong_to_programs():
    names = {p.stem for p in program_paths()}
    for extra in [*PROGRAMS_DIR.glob("*.args"), *PROGRAMS_DIR.glob("*.stdin")]:
        assert extra.stem in names, f"{extra.name} has no program {extra.stem}.py"


def test_differences_file_is_well_formed():
    names = {p.name for p in program_paths()}
    for (name, aspect), reason in read_differences().items():
        assert name in names, f"differences.txt names {name}, which is not a program"


def test_compare_reports_each_aspect():
    host = Outcome("a\nb\n", 1, "Traceback...\nValueError: x\n")
    assert compare("p.py", host, Outcome("a\nb\n", 1, "other\nValueError: x\n")) == ""
    report = compare("p.py", host, Outcome("a\nc\n", 0, "KeyError: 'x'\n"))
    assert "-b\n+c\n" in report and "exit status differs" in report
    assert "KeyError" in report
    assert compare("p.py", host, Outcome("z\n", 1, "ValueError: x"), ignored={"stdout"}) == ""


def test_read_differences_rejects_a_line_without_reason(tmp_path):
    bad = tmp_path / "differences.txt"
    bad.write_text("# comment\nfoo.py stdout:\n", encoding="utf-8")
    with pytest.raises(ValueError):
        read_differences(bad)
    bad.write_text("foo.py stdout: the host prints its own address\n", encoding="utf-8")
    assert read_differences(bad) == {("foo.py", "stdout"): "the host prints its own address"}


def self_check(names):
    """Run each program under the host twice (different hash seeds); report time and changes."""
    paths = [p for p in program_paths() if not names or p.stem in names or p.name in names]
    total = total_cpu = 0.0
    problems = 0
    for path in paths:
        start, start_cpu = time.perf_counter(), _children_cpu()
        first = run_program(PYTHON3, path, env=clean_env(PYTHONHASHSEED="0"))
        elapsed, cpu = time.perf_counter() - start, _children_cpu() - start_cpu
        second = run_program(PYTHON3, path, env=clean_env(PYTHONHASHSEED="4242"))
        total += elapsed
        total_cpu += cpu
        report = compare(path.name, first, second)
        flag = "" if not report else "  NOT DETERMINISTIC"
        if first.timed_out:
            flag += "  TIMED OUT"
        if cpu > 1.0:
            flag += "  SLOW"
        problems += bool(flag)
        print(f"{path.stem:36} {elapsed:5.2f}s {cpu:5.2f}s cpu  status {first.status}  "
              f"{first.last_stderr_line[:60]!r}{flag}")
        if report:
            print(report.replace("pvm", "2nd run"))
    print(f"{len(paths)} programs, {total:.1f} s ({total_cpu:.1f} s CPU) under python3, "
          f"{problems} with problems")
    return 1 if problems else 0


def _children_cpu():
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


if __name__ == "__main__":
    sys.exit(self_check(sys.argv[1:]))
