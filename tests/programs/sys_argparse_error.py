"""argparse rejecting bad arguments: usage on stderr and exit status 2."""
import argparse

parser = argparse.ArgumentParser()
parser.add_argument("number", type=int)
parser.add_argument("--level", choices=["low", "high"])
print("parsing")
args = parser.parse_args()
print("not reached", args)
