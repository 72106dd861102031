"""Code generation for the match statement (compile.c's compiler_match and
compiler_pattern_*). A mixin of codegen.CodeGenerator; see codegen.py."""


class MatchMixin:
    pass
