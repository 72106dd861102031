"""An assembler and stack virtual machine for a toy instruction set, running a few programs."""


class VMError(Exception):
    pass


OPCODES = {"push": 1, "pop": 0, "add": 0, "sub": 0, "mul": 0, "div": 0, "dup": 0, "swap": 0,
           "jmp": 1, "jz": 1, "call": 1, "ret": 0, "load": 1, "store": 1, "print": 0, "halt": 0,
           "lt": 0, "eq": 0, "over": 0}


def assemble(source):
    labels, code = {}, []
    lines = [l.split(";")[0].strip() for l in source.strip().splitlines()]
    for line in lines:
        if not line:
            continue
        if line.endswith(":"):
            labels[line[:-1]] = len(code)
            continue
        op, *args = line.split()
        if op not in OPCODES or len(args) != OPCODES[op]:
            raise VMError(f"bad instruction {line!r}")
        code.append([op, *args])
    for ins in code:
        if ins[0] in ("jmp", "jz", "call"):
            if ins[1] not in labels:
                raise VMError(f"unknown label {ins[1]}")
            ins[1] = labels[ins[1]]
        elif ins[0] == "push":
            ins[1] = int(ins[1])
    return [tuple(i) for i in code]


def run(code, max_steps=100_000):
    stack, frames, memory, out = [], [], {}, []
    pc = steps = 0
    while True:
        steps += 1
        if steps > max_steps:
            raise VMError("step limit exceeded")
        op, *args = code[pc]
        pc += 1
        if op == "push":
            stack.append(args[0])
        elif op == "pop":
            stack.pop()
        elif op in ("add", "sub", "mul", "div", "lt", "eq"):
            b, a = stack.pop(), stack.pop()
            if op == "div" and b == 0:
                raise VMError(f"division by zero at {pc - 1}")
            stack.append({"add": a + b, "sub": a - b, "mul": a * b, "div": a // b if b else 0,
                          "lt": int(a < b), "eq": int(a == b)}[op])
        elif op == "dup":
            stack.append(stack[-1])
        elif op == "over":
            stack.append(stack[-2])
        elif op == "swap":
            stack[-1], stack[-2] = stack[-2], stack[-1]
        elif op == "jmp":
            pc = args[0]
        elif op == "jz":
            if stack.pop() == 0:
                pc = args[0]
        elif op == "call":
            frames.append(pc)
            pc = args[0]
        elif op == "ret":
            pc = frames.pop()
        elif op == "load":
            stack.append(memory.get(args[0], 0))
        elif op == "store":
            memory[args[0]] = stack.pop()
        elif op == "print":
            out.append(stack.pop())
        elif op == "halt":
            return out, steps


FACTORIAL = """
    push 10
    call fact
    print
    halt
fact:               ; n -> n!
    dup
    push 2
    lt
    jz recurse
    pop
    push 1
    ret
recurse:
    dup
    push 1
    sub
    call fact
    mul
    ret
"""
FIBS = """
    push 0
    store a
    push 1
    store b
    push 15
    store n
loop:
    load n
    jz done
    load a
    print
    load a
    load b
    dup
    store a
    add
    store b
    load n
    push 1
    sub
    store n
    jmp loop
done:
    halt
"""
for name, src in [("factorial", FACTORIAL), ("fibs", FIBS)]:
    out, steps = run(assemble(src))
    print(name, out, steps)
for bad in ["push", "jmp nowhere", "push 1\npush 0\ndiv\nhalt", "loop:\njmp loop"]:
    try:
        run(assemble(bad), max_steps=1000)
    except VMError as exc:
        print("VMError:", exc)
