"""The error oracle's inputs: program texts CPython's own tests expect to be rejected.

- every doctest example of Lib/test/test_syntax.py;
- the code strings test_syntax.py's test methods hand to compile() (the first
  string argument of each call in a test method);
- every file under Lib/test that the host's ast.parse rejects (badsyntax_*,
  bad_coding*, tokenizedata, ...).

`error_cases()` keeps the ones ast.parse rejects with a SyntaxError, as
(case id, source, mode, host outcome).
"""
import ast
import doctest
import pathlib
import sysconfig
import warnings

LIB_TEST = pathlib.Path(sysconfig.get_paths()["stdlib"]) / "test"


def parse_quietly(text):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return ast.parse(text)


def test_syntax_doctests():
    text = (LIB_TEST / "test_syntax.py").read_text(encoding="utf-8")
    tree = parse_quietly(text)
    docstring = ast.get_docstring(tree, clean=False) or ""
    for i, example in enumerate(doctest.DocTestParser().get_examples(docstring)):
        yield f"test_syntax doctest {i} (line {example.lineno + 1})", example.source


def test_syntax_method_snippets():
    text = (LIB_TEST / "test_syntax.py").read_text(encoding="utf-8")
    tree = parse_quietly(text)
    for cls in tree.body:
        if not isinstance(cls, ast.ClassDef):
            continue
        for func in cls.body:
            if not isinstance(func, ast.FunctionDef) or not func.name.startswith("test"):
                continue
            strings = {}
            for node in ast.walk(func):
                if isinstance(node, ast.Assign) and isinstance(node.value, ast.Constant):
                    if isinstance(node.value.value, str):
                        for target in node.targets:
                            if isinstance(target, ast.Name):
                                strings[target.id] = node.value.value
            for node in ast.walk(func):
                if not isinstance(node, ast.Call) or not node.args:
                    continue
                arg = node.args[0]
                if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                    source = arg.value
                elif isinstance(arg, ast.Name) and arg.id in strings:
                    source = strings[arg.id]
                elif (isinstance(arg, ast.Call) and isinstance(arg.func, ast.Attribute)
                      and arg.func.attr == "dedent" and arg.args
                      and isinstance(arg.args[0], ast.Constant)):
                    import textwrap
                    source = textwrap.dedent(arg.args[0].value)
                else:
                    continue
                yield f"test_syntax {func.name} (line {node.lineno})", source


def bad_files():
    for path in sorted(LIB_TEST.rglob("*")):
        if path.suffix not in (".py", ".txt") or not path.is_file():
            continue
        data = path.read_bytes()
        if len(data) > 200_000:
            continue
        yield f"file {path.relative_to(LIB_TEST)}", data


def host_error(source, mode="exec"):
    """(class name, msg, lineno) when ast.parse raises a SyntaxError, else None."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            ast.parse(source, "<unknown>", mode)
        except SyntaxError as err:
            return (type(err).__name__, err.msg, err.lineno)
        except (ValueError, MemoryError, RecursionError):
            return None
    return None


def error_cases():
    seen = set()
    cases = []
    for name, source in [*test_syntax_doctests(), *test_syntax_method_snippets(), *bad_files()]:
        if source in seen:
            continue
        seen.add(source)
        outcome = host_error(source)
        if outcome is not None:
            cases.append((name, source, "exec", outcome))
    return cases
