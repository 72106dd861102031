"""Front-end speed over the standard library: lines per second, pvm beside the host.

    python3 bench/frontend.py [--limit N]

Tokenizing: pvm.tokenize (the TokenInfo stream) and pvm.lexer.tokens_for_parser
(the parser's tokens) against the host's pure-Python `tokenize` module, on the
same decoded texts in the same run. Parsing: pvm.parse against parso.parse, per
file; skipped with a note while pvm.parse is not available. CPU time
(time.process_time), best of --repeat runs; ratios are to the host in the same run.
"""
import argparse
import io
import pathlib
import sys
import sysconfig
import time
import tokenize
import warnings

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pvm.lexer import tokenize as pvm_tokenize, tokens_for_parser  # noqa: E402


def stdlib_texts(limit=None):
    """(name, text) of each decodable .py file of the host's stdlib, Lib/test included."""
    root = pathlib.Path(sysconfig.get_paths()["stdlib"])
    files = sorted(p for p in root.rglob("*.py") if "site-packages" not in p.parts)
    if limit:
        files = files[::max(1, len(files) // limit)][:limit]
    texts = []
    for path in files:
        data = path.read_bytes()
        try:
            encoding, _ = tokenize.detect_encoding(io.BytesIO(data).readline)
            texts.append((str(path.relative_to(root)), data.decode(encoding)))
        except (SyntaxError, UnicodeDecodeError):
            pass
    return texts


def timed(run, texts, repeat):
    """Best CPU time of `run` over all texts, and how many texts it failed on."""
    best = None
    failures = 0
    for _ in range(repeat):
        failures = 0
        start = time.process_time()
        for _, text in texts:
            try:
                run(text)
            except Exception:
                failures += 1
        elapsed = time.process_time() - start
        best = elapsed if best is None else min(best, elapsed)
    return best, failures


def host_tokenize(text):
    for _ in tokenize.generate_tokens(io.StringIO(text).readline):
        pass


def pvm_stream(text):
    for _ in pvm_tokenize(text):
        pass


def table(title, rows, lines, baseline):
    print(f"\n{title}")
    print(f"{'':34}{'seconds':>10}{'lines/s':>12}{'vs ' + baseline:>14}")
    base = rows[0][1]
    for name, seconds, failures in rows:
        note = f"  ({failures} files failed)" if failures else ""
        ratio = base / seconds if seconds else float("inf")
        print(f"{name:34}{seconds:10.2f}{lines / seconds:12,.0f}{ratio:13.2f}x{note}")


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, help="only N files spread over the stdlib")
    parser.add_argument("--repeat", type=int, default=1, help="runs per measure (best kept)")
    parser.add_argument("--no-parse", action="store_true", help="skip the parse section")
    args = parser.parse_args(argv)

    texts = stdlib_texts(args.limit)
    lines = sum(text.count("\n") for _, text in texts)
    print(f"{len(texts)} files, {lines:,} lines (Python {sys.version.split()[0]})")
    warnings.simplefilter("ignore")

    rows = [("host tokenize (pure Python)", *timed(host_tokenize, texts, args.repeat)),
            ("pvm.tokenize (TokenInfo stream)", *timed(pvm_stream, texts, args.repeat)),
            ("pvm tokens_for_parser", *timed(tokens_for_parser, texts, args.repeat))]
    table("Tokenizing", rows, lines, "host")

    if args.no_parse:
        return 0
    try:
        from pvm import parse
        from pvm.parser import parse as _probe  # noqa: F401 - is the parser there yet?
    except ImportError as err:
        print(f"\nParsing: skipped, pvm.parse is not available yet ({err})")
        return 0
    try:
        import parso
    except ImportError:
        print("\nParsing: skipped, parso is not installed (pip install parso)")
        return 0
    rows = [("parso.parse", *timed(parso.parse, texts, args.repeat)),
            ("pvm.parse", *timed(parse, texts, args.repeat))]
    table("Parsing", rows, lines, "parso")
    return 0


if __name__ == "__main__":
    sys.exit(main())
