"""The __pycache__ cache: valid files are used; stale, truncated, corrupted and
foreign ones are ignored and rewritten; unwritable folders, -B and
PYTHONDONTWRITEBYTECODE stop writing; `pvm --compile` reports like compileall."""
import os
import subprocess
import sys
import textwrap

import pytest

from pvm.bytecode import pyc
from pvm.compiler import cache

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
BOOT = ("import sys; sys.path.insert(0, %r); "
        "from tests.compiler.support import install_host_parser; install_host_parser(); "
        "import pvm.cli; sys.exit(pvm.cli.main(sys.argv[1:]))" % ROOT)


@pytest.fixture
def source(tmp_path, monkeypatch):
    monkeypatch.delenv("PYTHONDONTWRITEBYTECODE", raising=False)
    monkeypatch.setattr(cache, "dont_write_bytecode", None)
    path = tmp_path / "mod.py"
    path.write_text("x = 1\ndef f():\n    return x\n")
    return path


def test_cache_path_names():
    assert cache.cache_path("/a/b/mod.py") == "/a/b/__pycache__/mod.pvm-311.pyc"
    assert cache.cache_path("/a/b/mod.py", 1) == "/a/b/__pycache__/mod.pvm-311.opt-1.pyc"
    assert cache.cache_path("mod.py", 2) == os.path.join("__pycache__", "mod.pvm-311.opt-2.pyc")
    assert cache.source_from_cache("/a/__pycache__/m.pvm-311.opt-1.pyc") == "/a/m.py"


def test_writes_then_loads(source, monkeypatch):
    code = cache.load_or_compile(source)
    path = cache.cache_path(source)
    assert os.path.exists(path)
    header, cached = pyc.read_pyc(open(path, "rb").read())
    assert cached == code and not header.hash_based
    calls = []
    monkeypatch.setattr(cache, "compile_source", lambda *a: calls.append(a))
    assert cache.load_or_compile(source) == code
    assert not calls, "a valid cache file must be loaded, not recompiled"


def _recompiles(source, monkeypatch):
    calls = []
    real = cache.compile_source

    def spy(*args):
        calls.append(args)
        return real(*args)
    monkeypatch.setattr(cache, "compile_source", spy)
    cache.load_or_compile(source)
    return bool(calls)


def test_stale_file_is_rewritten(source, monkeypatch):
    cache.load_or_compile(source)
    source.write_text("x = 2\n# longer now\n")
    os.utime(source, (1, 10_000))
    assert _recompiles(source, monkeypatch)
    code = cache.load_or_compile(source)
    assert 2 in code.co_consts


@pytest.mark.parametrize("damage", ["truncated", "corrupted", "foreign", "empty", "garbage"])
def test_bad_cache_file_is_ignored_and_rewritten(source, monkeypatch, damage):
    code = cache.load_or_compile(source)
    path = cache.cache_path(source)
    data = bytearray(open(path, "rb").read())
    if damage == "truncated":
        data = data[:len(data) - 7]
    elif damage == "corrupted":
        data[len(data) // 2:] = b"\x07" * (len(data) - len(data) // 2)
    elif damage == "foreign":
        data[:4] = b"\xa7\r\r\n"      # CPython 3.11's magic
    elif damage == "empty":
        data = b""
    else:
        data = os.urandom(200)
    open(path, "wb").write(bytes(data))
    assert _recompiles(source, monkeypatch)
    assert cache.load_or_compile(source) == code
    assert pyc.read_pyc(open(path, "rb").read())[1] == code


def test_unwritable_folder_falls_back_silently(source):
    (source.parent / "__pycache__").write_text("a file where the folder should be")
    code = cache.load_or_compile(source)
    assert code.co_name == "<module>"
    assert (source.parent / "__pycache__").is_file()


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root writes anywhere")
def test_read_only_folder_falls_back_silently(source):
    os.chmod(source.parent, 0o555)
    try:
        assert cache.load_or_compile(source).co_name == "<module>"
    finally:
        os.chmod(source.parent, 0o755)


def test_dont_write_bytecode_flag(source, monkeypatch):
    monkeypatch.setattr(cache, "dont_write_bytecode", True)
    cache.load_or_compile(source)
    assert not os.path.exists(cache.cache_path(source))


def test_pythondontwritebytecode(source, monkeypatch):
    monkeypatch.setenv("PYTHONDONTWRITEBYTECODE", "1")
    cache.load_or_compile(source)
    assert not os.path.exists(cache.cache_path(source))


def test_write_false(source):
    cache.load_or_compile(source, write=False)
    assert not os.path.exists(cache.cache_path(source))


@pytest.mark.parametrize("checked", [True, False])
def test_hash_based_files(source, monkeypatch, checked):
    code = cache.compile_source(source.read_bytes(), str(source), 0)
    path = cache.cache_path(source)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    open(path, "wb").write(pyc.pack_hash_pyc(code, pyc.source_hash(source.read_bytes()),
                                             checked))
    source.write_text(source.read_text() + "y = 3\n")
    recompiled = _recompiles(source, monkeypatch)
    # A checked file notices the change; an unchecked one is trusted as it is.
    assert recompiled == checked


def test_optimized_cache_is_separate(source):
    cache.load_or_compile(source, optimize=1)
    assert os.path.exists(cache.cache_path(source, 1))
    assert not os.path.exists(cache.cache_path(source))


def _run(args, cwd, env_extra=None):
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env.update(env_extra or {})
    return subprocess.run([sys.executable, "-c", BOOT, *args], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=120)


def _tree(tmp_path):
    pkg = tmp_path / "pkg"
    (pkg / "sub").mkdir(parents=True)
    (pkg / "a.py").write_text("x = 1\n")
    (pkg / "sub" / "b.py").write_text("def f():\n    return 2\n")
    (pkg / "bad.py").write_text("def f(:\n    pass\n")
    (pkg / "notpython.txt").write_text("hello\n")
    return pkg


def test_pvm_compile_reports_like_compileall(tmp_path):
    pkg = _tree(tmp_path)
    ours = _run(["--compile", "pkg"], tmp_path)
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    theirs = subprocess.run([sys.executable, "-m", "compileall", "pkg"], cwd=tmp_path,
                            env=env, capture_output=True, text=True, timeout=120)
    assert ours.returncode == theirs.returncode == 1
    assert ours.stdout == theirs.stdout
    assert (pkg / "__pycache__" / "a.pvm-311.pyc").exists()
    assert (pkg / "sub" / "__pycache__" / "b.pvm-311.pyc").exists()
    again = _run(["--compile", "pkg"], tmp_path)
    assert "Compiling 'pkg/a.py'" not in again.stdout, "up-to-date files are skipped"


def test_pvm_compile_writes_despite_env(tmp_path):
    pkg = _tree(tmp_path)
    result = _run(["--compile", "pkg/a.py"], tmp_path, {"PYTHONDONTWRITEBYTECODE": "1"})
    assert result.returncode == 0, result.stderr
    assert (pkg / "__pycache__" / "a.pvm-311.pyc").exists()


def test_pvm_compile_optimized(tmp_path):
    pkg = _tree(tmp_path)
    result = _run(["-O", "--compile", "pkg/a.py"], tmp_path)
    assert result.returncode == 0, result.stderr
    assert (pkg / "__pycache__" / "a.pvm-311.opt-1.pyc").exists()


def test_pvm_dis_cli(tmp_path):
    (tmp_path / "m.py").write_text("x = 1\nprint(x)\n")
    result = _run(["--dis", "m.py"], tmp_path)
    assert result.returncode == 0, result.stderr
    assert "STORE_NAME               0 (x)" in result.stdout
    (tmp_path / "bad.py").write_text("x = (\n")
    result = _run(["--dis", "bad.py"], tmp_path)
    assert result.returncode == 1
    assert result.stderr.rstrip().splitlines()[-1].startswith("SyntaxError")
