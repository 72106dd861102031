"""Generate pvm/vm/fastloop.py: the evaluation loop with its dispatch as a search tree.

VM stage, a build step (run `python -m pvm.vm.genloop`; `--check` only compares).
Consumes the text of `execute` in pvm/vm/interp.py, whose dispatch is a readable
if/elif chain between the markers `# >>> dispatch` and `# <<< dispatch`, one
branch per inlined instruction. Produces the same function with those branches
arranged as a binary search tree on the opcode number, shaped by the measured
frequency of each instruction (WEIGHTS) so that the frequent ones sit near the
root: an if/elif chain costs one comparison per branch passed, about 17 on
average for this instruction mix, the tree about 6.

Leaves test `op == NAME` and send anything else to the handler table, so an
instruction that is not inlined still reaches its canonical handler. Branches
keep their text; only their indentation changes. Text processing only: the
template is never compiled here.
"""

import pathlib
import re
import sys

from pvm.bytecode import opcodes as O

HERE = pathlib.Path(__file__).resolve().parent
TEMPLATE = HERE / "interp.py"
OUTPUT = HERE / "fastloop.py"

# Share of executed instructions (percent) in the fused stream, averaged per program:
# half the shares measured before 2026-11-21 (bench/programs and a second set of small
# programs of the same kinds), half `python3 bench/opcounts.py --weights` on
# bench/programs after the superinstructions of 2026-11-21; instructions fused away
# since keep half their old share. Unlisted branches weigh 0.01.
WEIGHTS = {
    "LOAD_FAST": 5.58, "LOAD_CONST__BINARY_OP": 4.31, "LOAD_GLOBAL": 3.73,
    "LOAD_CONST": 3.46, "CALL_FUNCTION": 3.35, "BINARY_OP": 3.23,
    "LOAD_FAST__LOAD_FAST": 3.18, "CALL_METHOD": 2.94,
    "LOAD_FAST__LOAD_CONST__BINARY_OP": 2.5, "JUMP_BACKWARD__FOR_ITER__STORE_FAST": 2.49,
    "LOAD_DEREF": 2.29, "FOR_ITER__STORE_FAST": 2.26, "RETURN_VALUE": 2.2,
    "BINARY_SUBSCR": 2.12, "LOAD_FAST__BINARY_OP": 1.94, "STORE_FAST__LOAD_FAST": 1.92,
    "YIELD_VALUE": 1.88, "LOAD_FAST__LOAD_METHOD": 1.77, "STORE_SUBSCR": 1.75,
    "POP_JUMP_IF_FALSE": 1.73, "POP_TOP__JUMP_BACKWARD__FOR_ITER__STORE_FAST": 1.71,
    "LOAD_FAST__LOAD_ATTR": 1.69, "JUMP_BACKWARD": 1.62,
    "LOAD_FAST__LOAD_CONST__BINARY_SUBSCR": 1.61, "STORE_FAST": 1.56,
    "LOAD_CONST__LOAD_FAST": 1.54, "LOAD_FAST__LOAD_CONST": 1.52,
    "LOAD_FAST__LOAD_FAST__BINARY_OP": 1.39, "POP_TOP__JUMP_BACKWARD": 1.3,
    "LOAD_FAST__LOAD_ATTR__LOAD_FAST__LOAD_ATTR__BINARY_OP": 1.22,
    "BINARY_OP__STORE_FAST": 1.12, "SWAP__SWAP__STORE_SUBSCR": 1.12, "LOAD_METHOD": 1.06,
    "LOAD_FAST__LOAD_FAST__BINARY_OP__BINARY_OP": 1.04,
    "LOAD_GLOBAL__LOAD_FAST__CALL_FUNCTION": 0.96,
    "LOAD_FAST__LOAD_CONST__COPY__COPY__BINARY_SUBSCR": 0.96,
    "LOAD_FAST__LOAD_CONST__COMPARE_OP__POP_JUMP_IF_FALSE": 0.94,
    "LOAD_FAST__LOAD_METHOD__CALL_METHOD": 0.93, "STORE_FAST__STORE_FAST": 0.85,
    "BUILD_SLICE": 0.83, "LOAD_CONST__COMPARE_OP__POP_JUMP_IF_FALSE": 0.82,
    "LOAD_FAST__LOAD_FAST__CALL_FUNCTION": 0.81, "SWAP": 0.79,
    "LOAD_FAST__BINARY_SUBSCR": 0.79, "COMPARE_OP__POP_JUMP_IF_FALSE": 0.78,
    "LOAD_ATTR": 0.76, "BINARY_OP__RETURN_VALUE": 0.75, "POP_TOP": 0.72,
    "FOR_ITER__UNPACK_SEQUENCE": 0.7,
    "FOR_ITER__UNPACK_SEQUENCE__STORE_FAST__STORE_FAST": 0.69,
    "LOAD_FAST__STORE_ATTR": 0.64, "POP_JUMP_IF_TRUE": 0.64,
    "LOAD_FAST__LOAD_CONST__BINARY_OP__STORE_FAST": 0.62,
    "LOAD_FAST__LOAD_FAST__BINARY_OP__STORE_FAST": 0.62,
    "BINARY_OP__SWAP__SWAP__STORE_SUBSCR": 0.62, "BUILD_SLICE__BINARY_SUBSCR": 0.61,
    "COPY__COPY": 0.61, "SWAP__SWAP": 0.61, "COPY__COPY__BINARY_SUBSCR": 0.61,
    "LOAD_FAST__LOAD_METHOD__LOAD_FAST__CALL_METHOD": 0.6, "JUMP_FORWARD": 0.59,
    "LOAD_DEREF__LOAD_FAST__BINARY_OP": 0.59,
    "LOAD_FAST__LOAD_FAST__COMPARE_OP__POP_JUMP_IF_FALSE": 0.58, "COMPARE_OP": 0.55,
    "LOAD_NAME": 0.52, "COPY": 0.52, "CONTAINS_OP": 0.52, "LOAD_FAST__CALL_FUNCTION": 0.51,
    "COPY__LOAD_ATTR": 0.51, "SWAP__STORE_ATTR": 0.51,
    "LOAD_FAST__LOAD_CONST__BINARY_OP__CALL_FUNCTION": 0.49,
    "LOAD_CONST__BINARY_SUBSCR": 0.48, "FORMAT_VALUE": 0.47,
    "LOAD_GLOBAL__LOAD_FAST__LOAD_CONST__BINARY_OP__CALL_FUNCTION": 0.47,
    "UNPACK_SEQUENCE__STORE_FAST__STORE_FAST__STORE_FAST": 0.46,
    "LOAD_FAST__POP_JUMP_IF_NOT_NONE": 0.45, "LOAD_DEREF__BINARY_OP": 0.45,
    "JUMP_IF_FALSE_OR_POP": 0.44, "LOAD_FAST__RETURN_VALUE": 0.42,
    "LOAD_CONST__LOAD_FAST__STORE_ATTR": 0.41, "GET_ITER": 0.41,
    "LOAD_FAST__LOAD_ATTR__STORE_FAST": 0.4, "LOAD_DEREF__LOAD_FAST__CALL_FUNCTION": 0.39,
    "COPY_FREE_VARS": 0.38, "BUILD_TUPLE": 0.38, "IS_OP": 0.37,
    "LOAD_FAST__LOAD_ATTR__RETURN_VALUE": 0.36, "LOAD_FAST__LOAD_FAST__BINARY_SUBSCR": 0.34,
    "LOAD_GLOBAL__LOAD_FAST__LOAD_FAST__CALL_FUNCTION": 0.33,
    "LOAD_FAST__LOAD_ATTR__JUMP_IF_FALSE_OR_POP": 0.33,
    "LOAD_FAST__POP_JUMP_IF_FALSE": 0.32,
    "LOAD_FAST__LOAD_ATTR__LOAD_FAST__LOAD_ATTR": 0.31,
    "LOAD_FAST__LOAD_ATTR__POP_JUMP_IF_FALSE": 0.3,
    "LOAD_CONST__IS_OP__POP_JUMP_IF_FALSE": 0.3, "LOAD_CLOSURE": 0.3, "STORE_ATTR": 0.3,
    "UNPACK_SEQUENCE": 0.29, "STORE_DEREF": 0.28,
    "LOAD_FAST__LOAD_ATTR__JUMP_IF_TRUE_OR_POP": 0.28, "FOR_ITER": 0.26,
    "UNPACK_SEQUENCE__STORE_FAST__STORE_FAST": 0.25, "BUILD_STRING": 0.24,
    "STORE_NAME": 0.24, "LOAD_CONST__RETURN_VALUE": 0.23,
    "LOAD_FAST__LOAD_FAST__COPY__COPY__BINARY_SUBSCR": 0.22, "CALL_FUNCTION_KW": 0.21,
    "UNARY_NOT": 0.2, "LOAD_FAST__LOAD_ATTR__POP_JUMP_IF_NOT_NONE": 0.2,
    "LOAD_FAST__LOAD_ATTR__POP_JUMP_IF_NONE": 0.2, "MAP_ADD": 0.2,
    "LOAD_FAST__POP_JUMP_IF_NONE": 0.18, "MAKE_FUNCTION": 0.18, "SEND": 0.18,
    "LOAD_CONST__CALL_FUNCTION": 0.17, "BUILD_LIST": 0.17,
    "LOAD_FAST__POP_JUMP_IF_TRUE": 0.16, "LOAD_FAST__LOAD_ATTR__POP_JUMP_IF_TRUE": 0.15,
    "BUILD_MAP": 0.15, "LOAD_CONST__IS_OP__POP_JUMP_IF_TRUE": 0.15,
    "LOAD_FAST__LOAD_FAST__STORE_ATTR": 0.14, "DICT_MERGE": 0.14, "CALL_FUNCTION_EX": 0.14,
    "MAKE_CELL": 0.13, "INIT_RETURN": 0.13, "NOP": 0.12, "LOAD_METHOD_SPECIAL": 0.12,
    "BUILD_CONST_KEY_MAP": 0.11, "POP_JUMP_IF_NONE": 0.11, "DELETE_SUBSCR": 0.1,
    "UNARY_NEGATIVE": 0.1, "RETURN_FROM_GENERATOR": 0.09, "LIST_APPEND": 0.08,
    "COMPARE_OP__POP_JUMP_IF_TRUE": 0.07, "JUMP_IF_TRUE_OR_POP": 0.04,
    "GET_YIELD_FROM_ITER": 0.03, "LOAD_FAST__LOAD_ATTR__BINARY_OP": 0.02,
    "POP_JUMP_IF_NOT_NONE": 0.02,
}
DEFAULT_WEIGHT = 0.01

_BRANCH = re.compile(r"^(\s*)(?:if|elif) (op == \w+(?: or op == \w+)*):\s*$")


class Branch:
    """One inlined instruction: its opcode name and the text of its body."""

    def __init__(self, name, body):
        self.name = name
        self.number = O.OPS[name].number
        self.body = body
        self.weight = WEIGHTS.get(name, DEFAULT_WEIGHT)


def split_template(text):
    """(lines before, branches, else body, lines after, indent) of the dispatch chain."""
    lines = text.splitlines()
    start = next(i for i, line in enumerate(lines) if "# >>> dispatch" in line)
    end = next(i for i, line in enumerate(lines) if "# <<< dispatch" in line)
    indent = len(lines[start + 1]) - len(lines[start + 1].lstrip())
    branches, else_body = [], None
    names, body = None, []

    def close():
        if names is not None:
            for name in names:
                branches.append(Branch(name, list(body)))

    for line in lines[start + 1:end]:
        match = _BRANCH.match(line)
        if match and len(match.group(1)) == indent:
            close()
            names = re.findall(r"op == (\w+)", match.group(2))
            body = []
        elif line.strip() == "else:" and len(line) - len(line.lstrip()) == indent:
            close()
            names, body = None, []
            else_body = body
        else:
            body.append(line)
    close()
    return lines[:start], branches, else_body, lines[end + 1:], indent


def optimal_tree(branches):
    """The alphabetic search tree of least expected depth (DP over contiguous ranges)."""
    n = len(branches)
    prefix = [0.0]
    for branch in branches:
        prefix.append(prefix[-1] + branch.weight)
    cost = [[0.0] * n for _ in range(n)]
    root = [[0] * n for _ in range(n)]
    for size in range(2, n + 1):
        for i in range(0, n - size + 1):
            j = i + size - 1
            best, best_k = None, None
            for k in range(i, j):
                value = cost[i][k] + cost[k + 1][j]
                if best is None or value < best:
                    best, best_k = value, k
            cost[i][j] = best + prefix[j + 1] - prefix[i]
            root[i][j] = best_k

    def build(i, j):
        if i == j:
            return branches[i]
        k = root[i][j]
        return (branches[k + 1], build(i, k), build(k + 1, j))
    return build(0, n - 1)


def _reindent(body, old, new):
    out = []
    for line in body:
        if line.strip():
            out.append(" " * new + line[old:] if line.startswith(" " * old) else line)
        else:
            out.append(line)
    return out


def emit(tree, else_body, indent, base):
    """Lines of the tree: `if op < FIRST_OF_RIGHT:` nodes, `if op == NAME:` leaves."""
    pad = " " * indent
    if isinstance(tree, Branch):
        lines = [f"{pad}if op == {tree.name}:"]
        lines += _reindent(tree.body, base + 4, indent + 4)
        lines.append(f"{pad}else:")
        lines += _reindent(else_body, base + 4, indent + 4)
        return lines
    split, left, right = tree
    lines = [f"{pad}if op < {split.name}:"]
    lines += emit(left, else_body, indent + 4, base)
    lines.append(f"{pad}else:")
    lines += emit(right, else_body, indent + 4, base)
    return lines


HEADER = '''"""GENERATED by `python -m pvm.vm.genloop` from `execute` in pvm/vm/interp.py: do not edit.

The evaluation loop with its dispatch chain arranged as a search tree weighted by
instruction frequency (see pvm/vm/genloop.py). It installs itself in place of
interp.py's readable `execute` (unless PVM_LINEAR_LOOP=1).
"""

'''


def generate():
    text = TEMPLATE.read_text()
    before, branches, else_body, after, indent = split_template(text)
    start = next(i for i, line in enumerate(before) if line.startswith("def execute("))
    # Rewind to the comment block just above the function.
    while start > 0 and before[start - 1].startswith("#"):
        start -= 1
    end = next(i for i, line in enumerate(after) if line and not line[0].isspace()
               and not line.startswith("#"))
    branches.sort(key=lambda branch: branch.number)
    tree = optimal_tree(branches)
    names = re.search(r"LOOP_GLOBALS = \(([^)]*)\)", text, re.S).group(1)
    imports = ", ".join(name.strip().strip('"') for name in names.split(",") if name.strip())
    lines = [HEADER.rstrip("\n"), "", "from pvm.vm.interp import (  # noqa: F401",
             *_wrap(imports, "    "), ")", "", ""]
    head = before[start:]
    signature_end = next(i for i, line in enumerate(head) if line.rstrip().endswith("):"))
    lines += head[:signature_end + 1]
    body = head[signature_end + 1:] + emit(tree, else_body, indent, indent) + after[:end]
    lines += [_numbers(line) for line in body]
    lines += ["", "", "install(execute)"]
    return "\n".join(lines).rstrip("\n") + "\n"


_OPCODE_NAME = re.compile(r"(?<![\w.])(" + "|".join(
    sorted((re.escape(name) for name in O.OPS), key=len, reverse=True)) + r")(?!\w)")


def _numbers(line):
    """Opcode names in the code part of a line become their numbers (comments stay)."""
    code, hash_, comment = line.partition("#")
    return _OPCODE_NAME.sub(lambda m: f"{O.OPS[m.group(1)].number}", code) + hash_ + comment


def _wrap(words, pad, width=92, first=None):
    out, line = [], pad if first is None else first
    for word in words.split(", "):
        piece = word + ", "
        if len(line) + len(piece) > width:
            out.append(line.rstrip())
            line = pad
        line += piece
    out.append(line.rstrip())
    return out


def main(argv=None):
    argv = sys.argv[1:] if argv is None else argv
    text = generate()
    if "--check" in argv:
        current = OUTPUT.read_text() if OUTPUT.exists() else ""
        if current != text:
            print("pvm/vm/fastloop.py is stale: run python -m pvm.vm.genloop", file=sys.stderr)
            return 1
        return 0
    OUTPUT.write_text(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
