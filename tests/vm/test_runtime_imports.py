"""pvm's import system against python3: the same program over the same package tree.

Each test writes a tree of modules into a temporary folder, runs one program under
python3 and under pvm, and compares what they print (pvm's cache tag `pvm-311` is the
one deliberate difference, normalised away). Covered: packages and __init__, namespace
packages split over two sys.path entries, relative imports (and their errors),
circular imports, `from m import *` with and without __all__, `__import__` and its
fromlist, importlib (import_module, util.find_spec, spec_from_file_location,
module_from_spec, reload, invalidate_caches), module attributes, error messages, and
the .pyc cache with its per-user fallback.
"""
import os
import pathlib
import sys
import textwrap

import pytest

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1] / "cli"))
from pvmrun import clean_env, run_pvm, run_python  # noqa: E402


def write_tree(root, files):
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text), encoding="utf-8")


def normalise(text):
    return text.replace("cpython-311", "pvm-311")


def compare(tmp_path, program, env=None):
    (tmp_path / "main.py").write_text(textwrap.dedent(program), encoding="utf-8")
    host = run_python(["main.py"], cwd=tmp_path, env=env)
    ours = run_pvm(["main.py"], cwd=tmp_path, env=env)
    assert normalise(ours.stdout.decode()) == normalise(host.stdout.decode()), \
        ours.stderr.decode()
    assert ours.stderr.decode() == host.stderr.decode()
    assert ours.returncode == host.returncode
    return ours


PACKAGES = {
    "pkg/__init__.py": """\
        print("pkg init", __name__, __package__, __spec__.name, __spec__.parent)
        from . import a
        from .sub import b as bb
        __all__ = ["a", "x"]
        x = 42
        _private = 1
    """,
    "pkg/a.py": """\
        from . import sub
        from .sub.b import VALUE
        from .sub import b as again
        print("a", __name__, __package__, VALUE, again is sub.b)
    """,
    "pkg/sub/__init__.py": "",
    "pkg/sub/b.py": """\
        VALUE = "b-value"
        from .. import a as circular
        print("b sees a partially:", sorted(k for k in vars(circular) if not k.startswith("__")))
    """,
    "plain.py": """\
        public = 1
        _hidden = 2
    """,
    "ns1/nsp/one.py": "WHO = 'one'\n",
    "ns2/nsp/two.py": "WHO = 'two'\n",
    "circ/__init__.py": "",
    "circ/x.py": "from circ import y\nX = 1\n",
    "circ/y.py": "from circ.x import X\n",
}

MAIN = """\
    import sys
    sys.path[1:1] = ["ns1", "ns2"]
    import pkg
    print(pkg.a.__name__, pkg.sub.b.VALUE, pkg.bb is pkg.sub.b)
    from pkg import *
    from plain import *
    print(sorted(k for k in globals() if not k.startswith("__")))
    import nsp.one, nsp.two
    print(nsp.one.WHO, nsp.two.WHO, list(nsp.__path__), nsp.__file__, nsp.__spec__.origin)
    print(type(nsp.__path__).__name__, nsp.__spec__.submodule_search_locations is nsp.__path__)
    m = __import__("pkg.sub.b")
    print(m.__name__, __import__("pkg.sub", fromlist=["b"]).b.VALUE)
    print(pkg.__package__, pkg.sub.b.__package__, pkg.__path__ == [pkg.__path__[0]])
    print(pkg.__file__.endswith("pkg/__init__.py"), pkg.__cached__.rsplit("/", 2)[-2:])
    print(pkg.__spec__.has_location, pkg.__spec__.origin == pkg.__file__)
    print(type(pkg.__loader__).__name__, pkg.__loader__.is_package("pkg"))
    print(pkg.__loader__.get_source("pkg").splitlines()[0])
    try:
        import circ.x
    except ImportError as e:
        print("circular:", e)
    for stmt in ["import nosuch", "import pkg.nosuch", "import plain.sub",
                 "from pkg import nosuch", "from . import x", "from .... import x"]:
        try:
            exec(stmt, {"__name__": "__main__", "__package__": None, "__spec__": None})
        except ImportError as e:
            print(type(e).__name__, e, e.name)
    sys.modules["blocked"] = None
    try:
        import blocked
    except ImportError as e:
        print(type(e).__name__, e)
    import importlib, importlib.util
    print(importlib.import_module(".sub.b", "pkg").VALUE, importlib.import_module("plain").public)
    spec = importlib.util.find_spec("pkg.sub.b")
    print(spec.name, spec.parent, spec.origin.endswith("b.py"), spec.submodule_search_locations)
    print(importlib.util.find_spec("nosuch"), importlib.util.find_spec("pkg").submodule_search_locations is not None)
    with open("extra.py", "w") as f:
        f.write("COUNT = 1\\n")
    importlib.invalidate_caches()
    import extra
    print(extra.COUNT, extra.__name__)
    spec = importlib.util.spec_from_file_location("loose", "plain.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    print(mod.public, mod.__name__, "loose" in sys.modules)
    import json, collections.abc, math
    print(json.dumps([1, {"a": None}]), math.factorial(5), json.__spec__.name)
    print(math.__loader__.__class__.__name__, sys.modules["math"] is math)
    import plain
    print(importlib.reload(plain).public)
    for stmt in ["from ... import x", "from .. import a", "from ..sub import b"]:
        space = {"__name__": "pkg.sub.b", "__package__": "pkg.sub", "__spec__": None}
        try:
            exec(stmt, space)
            print(sorted(k for k in space if not k.startswith("__")))
        except ImportError as e:
            print(type(e).__name__, e)
    print("os" in sys.modules, "sys" in sys.modules, sys.modules["sys"] is sys)
    import pkgutil
    print(sorted(pkgutil.iter_modules(pkg.__path__)), pkgutil.get_data("pkg", "a.py")[:4])
    print([m.name for m in pkgutil.walk_packages(pkg.__path__, "pkg.")])
"""


def test_import_semantics_match_python3(tmp_path, no_bytecode_env):
    write_tree(tmp_path, PACKAGES)
    compare(tmp_path, MAIN)


def test_uncaught_import_error_traceback_matches(tmp_path):
    write_tree(tmp_path, {"bad/__init__.py": "x = 1\nraise ValueError('in package')\n",
                          "syn.py": "def f(:\n    pass\n"})
    ours = compare(tmp_path, "import bad\n")
    assert b"ValueError: in package" in ours.stderr
    compare(tmp_path, "import syn\n")
    compare(tmp_path, "import nosuch_module_at_all\n")


def test_cache_written_and_reused(tmp_path, no_bytecode_env):
    write_tree(tmp_path, {"cached.py": "print('loaded', __cached__.rsplit('/', 1)[-1])\n"})
    first = run_pvm(["-c", "import cached"], cwd=tmp_path)
    assert first.stdout == b"loaded cached.pvm-311.pyc\n", first.stderr
    assert (tmp_path / "__pycache__" / "cached.pvm-311.pyc").exists()
    second = run_pvm(["-c", "import cached"], cwd=tmp_path)
    assert second.stdout == first.stdout


def test_dont_write_bytecode(tmp_path, no_bytecode_env):
    write_tree(tmp_path, {"nocache.py": "import sys; print(sys.dont_write_bytecode)\n"})
    out = run_pvm(["-B", "-c", "import nocache"], cwd=tmp_path)
    assert out.stdout == b"True\n", out.stderr
    assert not (tmp_path / "__pycache__").exists()
    out = run_pvm(["-c", "import nocache"], cwd=tmp_path,
                  env={"PYTHONDONTWRITEBYTECODE": "1"})
    assert out.stdout == b"True\n"
    assert not (tmp_path / "__pycache__").exists()


def test_unwritable_cache_falls_back_to_user_cache(tmp_path, no_bytecode_env):
    write_tree(tmp_path, {"fallback.py": "VALUE = 7\n"})
    (tmp_path / "__pycache__").write_text("a file where the folder would go")
    home = tmp_path / "home"
    env = {"XDG_CACHE_HOME": str(home)}
    out = run_pvm(["-c", "import fallback; print(fallback.VALUE)"], cwd=tmp_path, env=env)
    assert out.stdout == b"7\n", out.stderr
    mirrored = home / "pvm" / "pycache" / str(tmp_path).lstrip(os.sep) / "fallback.pvm-311.pyc"
    assert mirrored.exists()
    again = run_pvm(["-c", "import fallback; print(fallback.VALUE)"], cwd=tmp_path, env=env)
    assert again.stdout == b"7\n"


def test_stdlib_runs_on_pvm_not_host(tmp_path):
    program = ("import sys, json, os, math\n"
               "print(json.__cached__.endswith('.pvm-311.pyc'), os.__cached__.endswith('.pvm-311.pyc'))\n"
               "print(type(json.__loader__).__name__, type(math.__loader__).__name__)\n"
               "print('pvm.vm.interp' in sys.modules, sys.implementation.name)\n")
    out = run_pvm(["-c", program], cwd=tmp_path)
    assert out.stdout.decode().splitlines() == [
        "True True", "SourceFileLoader ExtensionFileLoader", "False pvm"], out.stderr


def test_zip_archives(tmp_path, no_bytecode_env):
    import zipfile
    with zipfile.ZipFile(tmp_path / "lib.zip", "w") as archive:
        archive.writestr("zmod.py", "def f():\n    return 'from zip'\n")
        archive.writestr("zpkg/__init__.py", "NAME = 'zpkg'\n")
        archive.writestr("zpkg/inner.py", "from . import NAME\nVALUE = NAME + '.inner'\n")
    with zipfile.ZipFile(tmp_path / "app.pyz", "w") as archive:
        archive.writestr("__main__.py", "import sys\nprint('app', __name__, sys.argv[1:])\n")
    compare(tmp_path, """\
        import sys
        sys.path.insert(0, "lib.zip")
        import zmod, zpkg.inner
        print(zmod.f(), zpkg.inner.VALUE, type(zmod.__loader__).__name__)
        print(zmod.__file__.endswith("lib.zip/zmod.py"), zpkg.__path__[0].endswith("zpkg"))
    """)
    host = run_python(["app.pyz", "x"], cwd=tmp_path)
    ours = run_pvm(["app.pyz", "x"], cwd=tmp_path)
    assert ours.stdout == host.stdout == b"app __main__ ['x']\n", ours.stderr


def test_lent_json_accelerator_raises_the_programs_error(tmp_path):
    # _json is lent; its errors are the JSONDecodeError of the program's json.decoder,
    # even after the program loads a fresh json (as CPython's _json looks it up by name).
    compare(tmp_path, """\
        import json, sys, _json
        print(json.decoder.scanstring is _json.scanstring)
        for text in ('{"a": 1,}', '"abc', '[1, 2'):
            try:
                json.loads(text)
            except json.JSONDecodeError as exc:
                print(type(exc) is json.JSONDecodeError, exc.pos, exc)
        first = sys.modules.pop("json.decoder")
        del sys.modules["json"]
        import json as fresh
        try:
            _json.scanstring('"x', 1)
        except ValueError as exc:
            print(type(exc) is fresh.JSONDecodeError, type(exc) is first.JSONDecodeError)
        print(json.dumps({"k": [1.5, None, "\\u00e9"]}, sort_keys=True, indent=1))
    """)


def test_lent_decimal_registers_with_the_programs_numbers(tmp_path):
    # _decimal imports numbers and collections while it initialises; it finds the program's.
    compare(tmp_path, """\
        import numbers, decimal, collections.abc
        from decimal import Decimal
        from fractions import Fraction
        print(isinstance(Decimal(1), numbers.Number), isinstance(Decimal(1), numbers.Rational))
        print(Fraction(1, 2) < Decimal("0.6"), Decimal("0.6") > Fraction(1, 2))
        print(isinstance(decimal.getcontext().flags, collections.abc.MutableMapping))
        print(Decimal("1.5").as_tuple())
    """)


def test_lent_c_modules_call_the_programs_python_helpers(tmp_path):
    # _sre (re._subx, re._expand) and time/_datetime (_strptime) call Python functions of
    # modules they find by name: they reach the program's modules, so errors are its own.
    compare(tmp_path, """\
        import re, sys, time, datetime
        try:
            re.sub('a', '\\\\c', 'a')
        except re.error as exc:
            print("caught", exc)
        print(re.sub('(a)', r'<\\1>', 'xay'), re.match('(a)(b)', 'ab').expand(r'\\2\\1'))
        print(time.strptime('2020-03-04', '%Y-%m-%d')[:3])
        class D(datetime.datetime):
            pass
        print(repr(D.strptime('2021', '%Y')), '_strptime' in sys.modules)
    """)


def test_dis_module_is_pvms(tmp_path):
    # `import dis` gives pvm's disassembler (pvm's instructions), with Lib/dis.py's API.
    (tmp_path / "main.py").write_text(textwrap.dedent("""\
        import dis, io, sys, types
        def g(x):
            return x + 1
        names = [i.opname for i in dis.get_instructions(g)]
        print(names[-1], 'BINARY_OP' in names, type(dis) is types.ModuleType)
        out = io.StringIO()
        dis.dis(g, file=out)
        print('RETURN_VALUE' in out.getvalue(), dis.code_info(g).splitlines()[0])
        print(list(dis._find_imports(compile("import os\\nfrom . import x", "m", "exec"))))
        print(dis.opname[dis.opmap['RETURN_VALUE']], dis.COMPILER_FLAG_NAMES[32])
        print(dis.Bytecode(g).codeobj is g.__code__, '__file__' in vars(dis))
    """), encoding="utf-8")
    out = run_pvm(["main.py"], cwd=tmp_path)
    assert out.stdout.decode().splitlines() == [
        "RETURN_VALUE True True", "True Name:              g",
        "[('os', 0, None), ('', 1, ('x',))]", "RETURN_VALUE GENERATOR", "True False"], out.stderr
