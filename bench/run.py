"""Time the benchmark programs under pvm and under python3, in the same run, and print ratios.

    python3 bench/run.py                 every program, best of 3 runs each
    python3 bench/run.py --quick         one run each, at each program's QUICK_SIZE
    python3 bench/run.py --only nbody --only calls --repeat 5
    python3 bench/run.py --json results.json

Each program in bench/programs/ takes a size argument (default DEFAULT_SIZE, quick runs use
QUICK_SIZE, both declared at the top of the program) and prints a checksum line. The runner
measures the CPU time (user + system) of the child process for each run, keeps the best of
the repeats, checks that pvm printed exactly what python3 printed, and prints one row per
program: python3 seconds, pvm seconds, the ratio pvm/python3, and the geometric mean of the
ratios. A program pvm fails on (crash, wrong output, timeout) is reported as failing and left
out of the mean; the runner itself never stops on a pvm failure.
"""
import argparse
import ast
import json
import math
import os
import pathlib
import platform
import resource
import subprocess
import sys
import time

BENCH_DIR = pathlib.Path(__file__).resolve().parent
PROGRAMS_DIR = BENCH_DIR / "programs"
PYTHON3 = [sys.executable]
PVM = [sys.executable, "-m", "pvm"]


def program_paths():
    return sorted(PROGRAMS_DIR.glob("*.py"))


def declared_sizes(path):
    """DEFAULT_SIZE and QUICK_SIZE as the program declares them (read, never imported)."""
    sizes = {}
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1:
            target = node.targets[0]
            if isinstance(target, ast.Name) and target.id in ("DEFAULT_SIZE", "QUICK_SIZE"):
                sizes[target.id] = ast.literal_eval(node.value)
    return sizes.get("DEFAULT_SIZE"), sizes.get("QUICK_SIZE", sizes.get("DEFAULT_SIZE"))


class Run:
    """One execution: CPU seconds of the child, its stdout, status, and what went wrong."""

    def __init__(self, cpu, stdout, status, error=None):
        self.cpu = cpu
        self.stdout = stdout
        self.status = status
        self.error = error


def children_cpu():
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run_once(interpreter, path, size, timeout):
    """Run one program once; the CPU time is the rusage delta of the (single) waited child."""
    cmd = [*interpreter, str(path), str(size)]
    before = children_cpu()
    try:
        proc = subprocess.run(cmd, capture_output=True, timeout=timeout, cwd=BENCH_DIR)
    except subprocess.TimeoutExpired:
        return Run(children_cpu() - before, "", None, f"timed out after {timeout:g} s")
    except OSError as exc:
        return Run(0.0, "", None, f"could not start {cmd[0]}: {exc}")
    cpu = children_cpu() - before
    stdout = proc.stdout.decode("utf-8", "backslashreplace")
    if proc.returncode != 0:
        lines = proc.stderr.decode("utf-8", "backslashreplace").strip().splitlines()
        return Run(cpu, stdout, proc.returncode,
                   f"exit status {proc.returncode}: {lines[-1] if lines else '(no stderr)'}")
    return Run(cpu, stdout, 0)


def best_of(interpreter, path, size, repeat, timeout):
    """The fastest of `repeat` runs; stop at the first failing run and return it."""
    best = None
    for _ in range(repeat):
        run = run_once(interpreter, path, size, timeout)
        if run.error:
            return run
        if best is None or run.cpu < best.cpu:
            best = run
    return best


def measure(path, size, repeat, timeout, pvm_cmd):
    """Both interpreters on one program: a result row (dict)."""
    host = best_of(PYTHON3, path, size, repeat, timeout)
    row = {"program": path.stem, "size": size, "python3": host.cpu, "pvm": None,
           "ratio": None, "error": None, "checksum": host.stdout.strip()}
    if host.error:
        row["error"] = f"python3 failed: {host.error}"
        return row
    ours = best_of(pvm_cmd, path, size, repeat, timeout)
    if ours.error:
        row["error"] = f"pvm failed: {ours.error}"
    elif ours.stdout != host.stdout:
        row["error"] = (f"pvm printed {ours.stdout.strip()[:60]!r}, "
                        f"python3 {host.stdout.strip()[:60]!r}")
    else:
        row["pvm"] = ours.cpu
        row["ratio"] = ours.cpu / host.cpu if host.cpu > 0 else math.inf
    return row


def startup_times(repeat, timeout, pvm_cmd):
    """CPU seconds of `-c pass` under each interpreter: shown apart, never in the mean."""
    times = {}
    for name, cmd in (("python3", PYTHON3), ("pvm", pvm_cmd)):
        runs = []
        for _ in range(repeat):
            before = children_cpu()
            try:
                proc = subprocess.run([*cmd, "-c", "pass"], capture_output=True, timeout=timeout)
            except (subprocess.TimeoutExpired, OSError):
                break
            if proc.returncode != 0:
                break
            runs.append(children_cpu() - before)
        times[name] = min(runs) if runs else None
    return times


def geometric_mean(values):
    values = [v for v in values if v and math.isfinite(v)]
    if not values:
        return None
    return math.exp(sum(math.log(v) for v in values) / len(values))


def format_table(rows, gmean, startup=None):
    lines = [f"{'program':16} {'size':>8} {'python3 s':>10} {'pvm s':>10} {'ratio':>8}",
             "-" * 56]
    for r in rows:
        pvm = f"{r['pvm']:10.3f}" if r["pvm"] is not None else f"{'FAIL':>10}"
        ratio = f"{r['ratio']:7.1f}x" if r["ratio"] is not None else f"{'-':>8}"
        lines.append(f"{r['program']:16} {r['size']:>8} {r['python3']:10.3f} {pvm} {ratio}")
        if r["error"]:
            lines.append(f"    {r['error']}")
    lines.append("-" * 56)
    passed = sum(1 for r in rows if r["ratio"] is not None)
    mean = f"{gmean:.1f}x" if gmean is not None else "n/a"
    lines.append(f"geometric mean of ratios: {mean}  ({passed} of {len(rows)} programs ran under pvm)")
    if startup:
        shown = {k: (f"{v:.3f} s" if v is not None else "FAIL") for k, v in startup.items()}
        lines.append(f"startup, included above (-c pass): python3 {shown['python3']}, "
                     f"pvm {shown['pvm']}")
    return "\n".join(lines)


def parse_args(argv):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", action="append", default=[], metavar="NAME",
                        help="run only this program (repeatable; also NAME1,NAME2)")
    parser.add_argument("--repeat", type=int, default=None,
                        help="runs per program and interpreter, best kept (default 3; 1 with --quick)")
    parser.add_argument("--quick", action="store_true",
                        help="each program at its QUICK_SIZE, one run: a smoke test, not a measurement")
    parser.add_argument("--size", type=int, default=None, help="override the size of every program")
    parser.add_argument("--timeout", type=float, default=600.0, help="seconds per run (default 600)")
    parser.add_argument("--json", metavar="PATH", help="also write the results as JSON")
    parser.add_argument("--pvm", default=None, metavar="CMD",
                        help="the pvm command (default: python3 -m pvm), split on spaces")
    return parser.parse_args(argv)


def selected_programs(only):
    names = {n.strip().removesuffix(".py") for item in only for n in item.split(",") if n.strip()}
    paths = program_paths()
    unknown = names - {p.stem for p in paths}
    if unknown:
        raise SystemExit(f"unknown benchmark(s): {', '.join(sorted(unknown))}; "
                         f"known: {', '.join(p.stem for p in paths)}")
    return [p for p in paths if not names or p.stem in names]


def main(argv=None):
    args = parse_args(sys.argv[1:] if argv is None else argv)
    repeat = args.repeat or (1 if args.quick else 3)
    pvm_cmd = args.pvm.split() if args.pvm else PVM
    rows = []
    startup = startup_times(repeat, args.timeout, pvm_cmd)
    for path in selected_programs(args.only):
        default, quick = declared_sizes(path)
        size = args.size or (quick if args.quick else default)
        row = measure(path, size, repeat, args.timeout, pvm_cmd)
        rows.append(row)
        status = f"{row['ratio']:.1f}x" if row["ratio"] is not None else "FAIL"
        print(f"  {path.stem}: python3 {row['python3']:.3f}s, pvm {status}", file=sys.stderr)
    gmean = geometric_mean([r["ratio"] for r in rows])
    print(format_table(rows, gmean, startup))
    if args.json:
        report = {"date": time.strftime("%Y-%m-%d %H:%M:%S"), "python": platform.python_version(),
                  "machine": platform.machine(), "repeat": repeat, "quick": args.quick,
                  "cpu_count": os.cpu_count(), "geometric_mean": gmean, "startup": startup,
                  "results": rows}
        pathlib.Path(args.json).write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
