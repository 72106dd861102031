"""Compile speed: pvm's whole pipeline and its .pyc cache, against the host's compile().

    python bench/compile.py [--limit N]

Over the standard library's .py files (the first N with --limit), in one run:
  * pvm pipeline:  source bytes -> Code (pvm's parser when it can parse; until then
                   the host's ast.parse feeds pvm's compiler and the row says so),
                   then its two halves timed apart: the parser, and the compiler
                   proper on the parsed trees;
  * pvm cache:     reading each file's .pvm-311.pyc from disk and loading the Code;
  * host compile:  the host's compile() on the same sources.
Prints lines per second and the ratios (targets: cache >= 10x faster than pvm's
compile; pvm's pipeline within 15x of the host's compile()). CPU time.
"""
import argparse
import ast
import os
import pathlib
import sys
import sysconfig
import tempfile
import time
import warnings

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent.parent))

import pvm.compiler                      # noqa: E402
from pvm.bytecode import pyc             # noqa: E402
from pvm.compiler import cache           # noqa: E402


def stdlib_files():
    root = pathlib.Path(sysconfig.get_paths()["stdlib"])
    return sorted(p for p in root.rglob("*.py") if "site-packages" not in p.parts)


def pvm_parser_ready():
    import pvm.parser
    return hasattr(pvm.parser, "parse")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=0, help="only the first N files")
    args = parser.parse_args()
    files = stdlib_files()
    if args.limit:
        files = files[:args.limit]
    own_parser = pvm_parser_ready()
    warnings.simplefilter("ignore")
    sources = []
    for path in files:
        data = path.read_bytes()
        try:
            compile(data, str(path), "exec", dont_inherit=True)
        except (SyntaxError, ValueError):
            continue
        sources.append((path, data))
    lines = sum(data.count(b"\n") for _, data in sources)

    clock = time.process_time
    start = clock()
    for path, data in sources:
        compile(data, str(path), "exec", dont_inherit=True)
    host_time = clock() - start

    codes = []
    failed = 0
    start = clock()
    for path, data in sources:
        try:
            if own_parser:
                codes.append(pvm.compiler.compile(data, str(path), "exec"))
            else:
                codes.append(pvm.compiler.compile(ast.parse(data, str(path)), str(path), "exec"))
        except Exception:
            failed += 1
            codes.append(None)
    pvm_time = clock() - start

    # The same pipeline in its two halves: pvm's parser, then the compiler proper
    # (fold, symtable, codegen, flow graph, assembler) on the parsed trees.
    parse_time = compiler_time = None
    if own_parser:
        from pvm.parser import parse
        parse_time = compiler_time = 0.0
        for path, data in sources:
            start = clock()
            try:
                tree = parse(data, str(path), "exec")
            except Exception:
                continue
            middle = clock()
            pvm.compiler.compile_tree(tree, str(path), "exec")
            parse_time += middle - start
            compiler_time += clock() - middle

    with tempfile.TemporaryDirectory() as tmp:
        paths = []
        for i, ((path, data), code) in enumerate(zip(sources, codes)):
            if code is None:
                continue
            target = os.path.join(tmp, f"{i}.pyc")
            with open(target, "wb") as f:
                f.write(pyc.pack_timestamp_pyc(code, 0, len(data)))
            paths.append((target, len(data)))
        start = clock()
        for target, size in paths:
            with open(target, "rb") as f:
                blob = f.read()
            assert cache.validate(blob, None, 0, size) is not None
        load_time = clock() - start

    label = "pvm pipeline" if own_parser else "pvm compiler (host ast.parse feeds it)"
    print(f"{len(sources)} files, {lines} lines" + (f", {failed} failed" if failed else ""))
    print(f"{'':40} {'seconds':>9} {'lines/s':>10} {'vs host':>8}")
    rows = [(label, pvm_time)]
    if parse_time is not None:
        rows += [("  of which pvm parser", parse_time),
                 ("  of which pvm compiler (tree -> Code)", compiler_time)]
    rows += [("pvm cache load", load_time), ("host compile()", host_time)]
    for name, seconds in rows:
        rate = lines / seconds if seconds else float("inf")
        print(f"{name:40} {seconds:9.2f} {rate:10.0f} {seconds / host_time:7.1f}x")
    print(f"cache load is {pvm_time / load_time:.1f}x faster than compiling with pvm "
          f"(target >= 10x); pvm is {pvm_time / host_time:.1f}x the host's compile() "
          f"(target <= 15x)")


if __name__ == "__main__":
    main()
