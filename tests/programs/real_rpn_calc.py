"""An RPN calculator reading expressions from stdin (real_rpn_calc.stdin), with error recovery."""
import math
import operator
import sys
from fractions import Fraction

BINARY = {"+": operator.add, "-": operator.sub, "*": operator.mul, "/": operator.truediv,
          "^": operator.pow, "%": operator.mod, "max": max, "min": min}
UNARY = {"neg": operator.neg, "abs": abs, "sqrt": math.sqrt, "inv": lambda x: 1 / x}


class CalcError(Exception):
    pass


def evaluate(line, memory):
    stack = []
    for tok in line.split():
        if tok in BINARY:
            if len(stack) < 2:
                raise CalcError(f"'{tok}' needs two operands")
            b, a = stack.pop(), stack.pop()
            try:
                stack.append(BINARY[tok](a, b))
            except ZeroDivisionError:
                raise CalcError("division by zero") from None
        elif tok in UNARY:
            if not stack:
                raise CalcError(f"'{tok}' needs an operand")
            stack.append(UNARY[tok](stack.pop()))
        elif tok == "dup":
            stack.append(stack[-1])
        elif tok == "swap":
            stack[-1], stack[-2] = stack[-2], stack[-1]
        elif tok.startswith("="):
            memory[tok[1:]] = stack[-1]
        elif tok in memory:
            stack.append(memory[tok])
        else:
            try:
                stack.append(Fraction(tok))
            except ValueError:
                raise CalcError(f"unknown token {tok!r}") from None
    if len(stack) != 1:
        raise CalcError(f"stack has {len(stack)} items at the end")
    return stack[0]


memory = {}
for lineno, line in enumerate(sys.stdin, 1):
    line = line.strip()
    if not line or line.startswith("#"):
        continue
    try:
        result = evaluate(line, memory)
        shown = result if isinstance(result, float) else (
            str(result) if result.denominator != 1 else str(result.numerator))
        print(f"{lineno:2}: {line} => {shown}")
    except CalcError as exc:
        print(f"{lineno:2}: {line} => error: {exc}")
print(sorted(memory.items()))
