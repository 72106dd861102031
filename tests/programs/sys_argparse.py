"""argparse over arguments from sys_argparse.args: types, defaults, choices, subcommands."""
import argparse

parser = argparse.ArgumentParser(prog="tool", description="A test tool.")
parser.add_argument("files", nargs="+")
parser.add_argument("-n", "--count", type=int, default=1)
parser.add_argument("--mode", choices=["fast", "slow"], default="slow")
parser.add_argument("-v", "--verbose", action="count", default=0)
parser.add_argument("--tag", action="append", default=[])
parser.add_argument("--dry-run", action="store_true")
args = parser.parse_args()
print(sorted(vars(args).items()))
print(parser.format_usage().strip())
sub = argparse.ArgumentParser(prog="git")
commands = sub.add_subparsers(dest="command", required=True)
commit = commands.add_parser("commit")
commit.add_argument("-m", "--message", required=True)
push = commands.add_parser("push")
push.add_argument("remote", nargs="?", default="origin")
print(vars(sub.parse_args(["commit", "-m", "msg"])), vars(sub.parse_args(["push"])))
try:
    parser.parse_args(["--count", "x", "f"])
except SystemExit as exc:
    print("SystemExit", exc.code)
print(parser.format_help().splitlines()[0])
