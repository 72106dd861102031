"""Count the instructions pvm's loop dispatches while running benchmark programs.

    python3 bench/opcounts.py                   every program at its QUICK_SIZE
    python3 bench/opcounts.py --only richards --size 20 --pairs 30
    python3 bench/opcounts.py --weights         WEIGHTS for pvm/vm/genloop.py

For each program, in a child process, the loop of pvm/vm/fastloop.py is regenerated with
a counter of (previous instruction, instruction) after each dispatch (the instructions
as the loop sees them: superinstructions fused). Prints each instruction's share of the
dispatches, averaged over the programs (each program weighs the same), and the most
frequent adjacent pairs: the candidates for new superinstructions. `--weights` prints
the averaged shares as the WEIGHTS table genloop.py shapes its search tree with.
A measuring tool: the counting loop is compiled with the host's compile().
"""
import argparse
import collections
import json
import pathlib
import subprocess
import sys

BENCH_DIR = pathlib.Path(__file__).resolve().parent
ROOT = BENCH_DIR.parent
sys.path.insert(0, str(BENCH_DIR))
sys.path.insert(0, str(ROOT))

from run import declared_sizes, program_paths  # noqa: E402

CHILD = r'''
import collections, json, sys
sys.path.insert(0, ROOT)
from pvm.vm import genloop, interp
text = genloop.generate()
marker = "                    op, arg = instrs[pc]\n"
text = text.replace(marker, marker + "                    _C[_P[0], op] += 1; _P[0] = op\n", 1)
text = text.replace("install(execute)", "")
ns = {"_C": collections.Counter(), "_P": [0]}
exec(compile(text, "<counting loop>", "exec"), ns)
interp.install(ns["execute"])
import atexit
atexit.register(lambda: open(OUT, "w").write(json.dumps([[a, b, n] for (a, b), n in ns["_C"].items()])))
from pvm.cli import main
sys.argv = ["pvm", PROGRAM, SIZE]
sys.exit(main([PROGRAM, SIZE]))
'''


def count(path, size, out):
    source = (CHILD.replace("ROOT", repr(str(ROOT))).replace("OUT", repr(str(out)))
              .replace("PROGRAM", repr(str(path))).replace("SIZE", repr(str(size))))
    subprocess.run([sys.executable, "-c", source], check=True, stdout=subprocess.DEVNULL,
                   cwd=BENCH_DIR)
    return {(a, b): n for a, b, n in json.loads(pathlib.Path(out).read_text())}


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", action="append", default=[])
    parser.add_argument("--size", type=int)
    parser.add_argument("--pairs", type=int, default=25)
    parser.add_argument("--top", type=int, default=40)
    parser.add_argument("--weights", action="store_true")
    args = parser.parse_args(argv)
    from pvm.bytecode import opcodes as O
    names = {row.number: name for name, row in O.OPS.items()}
    only = {name for item in args.only for name in item.split(",")}
    shares = collections.Counter()
    pair_shares = collections.Counter()
    programs = [p for p in program_paths() if not only or p.stem in only]
    out = pathlib.Path("/tmp") / f"pvm-opcounts-{__import__('os').getpid()}.json"
    for path in programs:
        size = args.size or declared_sizes(path)[1]
        pairs = count(path, size, out)
        total = sum(pairs.values())
        print(f"{path.stem}: {total} instructions", file=sys.stderr)
        for (a, b), n in pairs.items():
            shares[names[b]] += 100 * n / total / len(programs)
            pair_shares[names.get(a, "-"), names[b]] += 100 * n / total / len(programs)
    out.unlink(missing_ok=True)
    if args.weights:
        items = [f'"{name}": {share:.2f}' for name, share in shares.most_common() if share >= 0.01]
        print("WEIGHTS = {\n    " + ",\n    ".join(items) + ",\n}")
        return 0
    for name, share in shares.most_common(args.top):
        print(f"{share:6.2f} {name}")
    print("-- pairs")
    for (a, b), share in pair_shares.most_common(args.pairs):
        print(f"{share:6.2f} {a} -> {b}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
