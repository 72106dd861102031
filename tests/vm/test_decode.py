"""bytecode/decode.py: the arrays the VM runs, from code objects pvm's compiler makes."""
from pvm.bytecode import opcodes as O
from pvm.bytecode.code import Code, ExceptionEntry, encode_exception_table
from pvm.bytecode.decode import FUSIONS, decode, init_instrs
from tests.vm.support import pvm_compile


def function_code(source, name):
    module = pvm_compile(source)
    stack = [module]
    while stack:
        code = stack.pop()
        if code.co_name == name:
            return code
        stack.extend(c for c in code.co_consts if isinstance(c, Code))
    raise LookupError(name)


def names(instrs):
    return [O.BY_NUMBER[op].name for op, _ in instrs]


def test_decoding_is_cached_and_indexed_by_instruction():
    code = function_code("def f(a):\n    return a + 1\n", "f")
    d = decode(code)
    assert decode(code) is d and code._decoded is d
    assert len(d.plain) == len(d.instrs) == len(d.lines) == len(d.offsets) == len(d.handlers)
    assert all(d.index_of[offset] == i for i, offset in enumerate(d.offsets))
    assert d.lines[0] == 2


def test_extended_arg_is_folded_and_targets_are_indices():
    body = "\n".join(f"    v{i} = {i}" for i in range(300))
    code = function_code(f"def f(x):\n{body}\n    while x:\n        x -= 1\n    return v299\n",
                         "f")
    d = decode(code)
    assert O.EXTENDED_ARG not in [op for op, _ in d.plain]
    assert len(d.plain) < len(code.co_code) // 2
    for op, arg in d.plain:
        if op in O.JUMP_OPS:
            assert 0 <= arg < len(d.plain)
    # Offsets name the opcode itself, after its prefixes.
    assert all(code.co_code[offset] != O.EXTENDED_ARG for offset in d.offsets)


def test_arguments_are_resolved():
    code = function_code("def f(a):\n    return g(a.x, 'k') < 3\n", "f")
    d = decode(code)
    kinds = {O.BY_NUMBER[op].name: arg for op, arg in d.plain}
    assert kinds["LOAD_GLOBAL"] == "g"
    assert kinds["LOAD_ATTR"] == "x"
    assert "k" in [arg for op, arg in d.plain if op == O.LOAD_CONST]
    assert kinds["COMPARE_OP"].__name__ == "lt"


def test_exception_table_per_instruction():
    code = function_code("def f():\n    try:\n        g()\n    except E:\n        pass\n", "f")
    d = decode(code)
    covered = [i for i, h in enumerate(d.handlers) if h is not None]
    assert covered
    target, depth, lasti = d.handlers[covered[0]]
    assert O.BY_NUMBER[d.plain[target][0]].name == "PUSH_EXC_INFO"
    assert depth == 0 and lasti is False


def test_superinstructions_fuse_and_keep_parts_in_place():
    code = function_code("def f(a, b):\n    return a + b\n", "f")
    d = decode(code)
    assert names(d.instrs)[0] == "LOAD_FAST__LOAD_FAST__BINARY_OP"
    assert names(d.instrs)[1:3] == names(d.plain)[1:3]
    assert d.instrs[0][1][:2] == (0, 1)
    for parts, number in FUSIONS.items():
        assert O.BY_NUMBER[number].extra["parts"] == tuple(O.BY_NUMBER[p].name for p in parts)


def test_no_fusion_across_a_jump_target_or_handler_edge():
    code = function_code("def f(a):\n    while a:\n        a = a - 1\n    return a\n", "f")
    d = decode(code)
    for index, (op, arg) in enumerate(d.instrs):
        parts = O.BY_NUMBER[op].extra.get("parts")
        if parts:
            for k in range(1, len(parts)):
                assert index + k not in d.jump_targets
                assert d.handlers[index + k] == d.handlers[index]


def test_handmade_code_fusion_respects_exception_ranges():
    # LOAD_FAST 0; LOAD_FAST 0 (covered by a handler); RETURN_VALUE; handler: RERAISE 0
    raw = bytes([O.LOAD_FAST, 0, O.LOAD_FAST, 0, O.BINARY_OP, 0, O.RETURN_VALUE, 0,
                 O.RERAISE, 0])
    table = encode_exception_table([ExceptionEntry(1, 3, 4, 0, False)])
    code = Code.from_localsplus(1, 0, 0, 3, 3, raw, (None,), (), ("a",), bytes([O.CO_FAST_LOCAL]), "<h>",
                "h", "h", 1, b"", table)
    d = decode(code)
    assert names(d.instrs)[:1] == ["LOAD_FAST"]
    assert names(d.instrs)[1] == "LOAD_FAST__BINARY_OP"


def test_generator_code_returns_are_decoded_apart():
    gen = function_code("def g():\n    yield 1\n    return 2\n", "g")
    plain = names(decode(gen).plain)
    assert "RETURN_FROM_GENERATOR" in plain and "RETURN_VALUE" not in plain
    func = function_code("def f():\n    return 2\n", "f")
    assert "RETURN_VALUE" in names(decode(func).plain)


def test_delegating_yield_is_marked():
    code = function_code("def g():\n    yield from h()\n    yield 5\n", "g")
    yields = [arg for op, arg in decode(code).plain if op == O.YIELD_VALUE]
    assert yields == [1, None]


def test_init_variant_returns():
    code = function_code("def __init__(self, v):\n    self.v = v\n", "__init__")
    variant = init_instrs(code)
    assert "INIT_RETURN" in names(variant)
    assert not any("RETURN_VALUE" in name for name in names(variant))
    assert init_instrs(code) is variant


def test_special_attributes_are_decoded():
    code = function_code("def f(e):\n    e.__traceback__ = None\n    return e.__traceback__\n",
                         "f")
    plain = names(decode(code).plain)
    assert "STORE_ATTR_SPECIAL" in plain and "LOAD_ATTR_SPECIAL" in plain
