"""The .pyc cache: compiled modules kept in __pycache__ beside their source.

Compiler stage tool, used by the VM's importer and by `pvm --compile`. Consumes a
source path; produces its Code object, from the cache when a valid file is there,
else by compiling (and then writing the cache). Guarantees, as CPython's
importlib._bootstrap_external does for its own files:

* the cache file is `__pycache__/NAME.pvm-311[.opt-N].pyc` (a tag of pvm's own,
  so CPython's files and pvm's never clash);
* a file is used only if its magic is pvm's current MAGIC and its header matches
  the source (mtime and size, or the source hash when it is a checked hash-based
  file); a stale, truncated, corrupted or foreign file is ignored and rewritten,
  never a crash;
* a write goes to a temporary file renamed over the target (atomic); a folder that
  cannot be written is skipped silently;
* nothing is written under `pvm -B` or PYTHONDONTWRITEBYTECODE (see should_write).

`compile_paths` is `pvm --compile PATH...`, reporting as `python3 -m compileall`.
"""

import os
import sys
import traceback

from pvm.bytecode import pyc

CACHE_TAG = "pvm-311"
BYTECODE_SUFFIX = ".pyc"
PYCACHE = "__pycache__"

# Set by the VM from `pvm -B` (True) or left None to read the environment.
dont_write_bytecode = None

# Extra cache locations the VM may add (e.g. a per-user folder); each is a function
# source_path, optimize -> cache path or None, tried after __pycache__.
extra_cache_dirs = []


def cache_path(source_path, optimize=0):
    """`dir/__pycache__/NAME.pvm-311[.opt-N].pyc` for a source file (cache_from_source)."""
    head, tail = os.path.split(os.fspath(source_path))
    base, sep, _suffix = tail.rpartition(".")
    if not sep:
        base = tail
    name = f"{base}.{CACHE_TAG}"
    if optimize:
        name += f".opt-{optimize}"
    return os.path.join(head, PYCACHE, name + BYTECODE_SUFFIX)


def source_from_cache(path):
    """The source path of a cache path (importlib.util.source_from_cache)."""
    head, pycache_filename = os.path.split(os.fspath(path))
    head, pycache = os.path.split(head)
    if pycache != PYCACHE:
        raise ValueError(f"{PYCACHE} not bottom-level directory in {path!r}")
    parts = pycache_filename.split(".")
    if len(parts) < 3 or parts[1] != CACHE_TAG:
        raise ValueError(f"expected a {CACHE_TAG} file name: {pycache_filename!r}")
    return os.path.join(head, parts[0] + ".py")


def cache_dirs(source_path, optimize=0):
    """Every cache path tried for a source, best first (the hook the VM extends)."""
    paths = [cache_path(source_path, optimize)]
    for extra in extra_cache_dirs:
        path = extra(source_path, optimize)
        if path:
            paths.append(path)
    return paths


def should_write():
    """False under `pvm -B` or with PYTHONDONTWRITEBYTECODE set to a non-empty value."""
    if dont_write_bytecode is not None:
        return not dont_write_bytecode
    return not os.environ.get("PYTHONDONTWRITEBYTECODE")


def _source_stat(source_path):
    st = os.stat(source_path)
    # The cache file keeps the source's permissions, writable by its owner (_calc_mode).
    return int(st.st_mtime), st.st_size, st.st_mode | 0o200


def validate(data, source_path, mtime, size, source_bytes=None):
    """The Code in pyc `data` if it is valid for the source, else None (never raises)."""
    try:
        header = pyc.read_header(data)
        if header.hash_based:
            if header.check_source:
                if source_bytes is None:
                    with open(source_path, "rb") as f:
                        source_bytes = f.read()
                if pyc.source_hash(source_bytes) != header.source_hash:
                    return None
        elif header.mtime != (mtime & 0xFFFFFFFF) or header.size != (size & 0xFFFFFFFF):
            return None
        _header, code = pyc.read_pyc(data)
        return code
    except (pyc.PycError, OSError, ValueError, EOFError, RecursionError, MemoryError):
        return None


def _fix_filename(code, filename):
    """Give a loaded code tree the path it was loaded for (CPython's _fix_co_filename)."""
    if code.co_filename == filename:
        return code
    consts = tuple(_fix_filename(c, filename) if type(c) is type(code) else c
                   for c in code.co_consts)
    return code.replace(co_filename=filename, co_consts=consts)


def read_cached(source_path, optimize=0):
    """The cached Code of a source if a valid cache file exists, else None."""
    try:
        mtime, size, _mode = _source_stat(source_path)
    except OSError:
        return None
    for path in cache_dirs(source_path, optimize):
        try:
            with open(path, "rb") as f:
                data = f.read()
        except OSError:
            continue
        code = validate(data, source_path, mtime, size)
        if code is not None:
            return _fix_filename(code, os.fspath(source_path))
    return None


def write_atomic(path, data, mode=0o666):
    """Write through a temporary file and os.replace (importlib's _write_atomic)."""
    directory = os.path.dirname(path)
    if directory:
        os.makedirs(directory, exist_ok=True)
    tmp = f"{path}.{os.getpid()}.{id(data)}.tmp"
    fd = os.open(tmp, os.O_EXCL | os.O_CREAT | os.O_WRONLY, mode & 0o666)
    try:
        with open(fd, "wb") as f:
            f.write(data)
        os.replace(tmp, path)
    except OSError:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def pyc_bytes(code, source_bytes, mtime, size, invalidation_mode="timestamp"):
    if invalidation_mode == "timestamp":
        return pyc.pack_timestamp_pyc(code, mtime, size)
    return pyc.pack_hash_pyc(code, pyc.source_hash(source_bytes),
                             checked=invalidation_mode == "checked-hash")


def write_cache(source_path, code, source_bytes, optimize=0, invalidation_mode="timestamp"):
    """Write the cache of a compiled source; returns the path written or None (silently)."""
    try:
        mtime, size, mode = _source_stat(source_path)
    except OSError:
        return None
    data = pyc_bytes(code, source_bytes, mtime, size, invalidation_mode)
    for path in cache_dirs(source_path, optimize):
        try:
            write_atomic(path, data, mode)
            return path
        except OSError:
            continue
    return None


def compile_source(source_bytes, source_path, optimize):
    from pvm.compiler import compile
    return compile(source_bytes, os.fspath(source_path), "exec", optimize=optimize)


def load_or_compile(source_path, optimize=0, write=True):
    """The Code of a source file: from a valid cache file, or compiled (and cached).

    SyntaxError and the like propagate; cache problems never do.
    """
    code = read_cached(source_path, optimize)
    if code is not None:
        return code
    with open(source_path, "rb") as f:
        source_bytes = f.read()
    code = compile_source(source_bytes, source_path, optimize)
    if write and should_write():
        write_cache(source_path, code, source_bytes, optimize)
    return code


# ---------------------------------------------------------------------------
# pvm --compile (python3 -m compileall)
# ---------------------------------------------------------------------------

def default_invalidation_mode():
    """Checked hashes when SOURCE_DATE_EPOCH is set, as py_compile does."""
    if os.environ.get("SOURCE_DATE_EPOCH"):
        return "checked-hash"
    return "timestamp"


def _up_to_date(fullname, cfile):
    """compileall's check: the cache header is exactly what we would write."""
    try:
        mtime, size, _mode = _source_stat(fullname)
        with open(cfile, "rb") as f:
            head = f.read(pyc.HEADER_SIZE)
        header = pyc.read_header(head)
    except (OSError, pyc.PycError):
        return False
    return not header.hash_based and header.mtime == (mtime & 0xFFFFFFFF) and \
        header.size == (size & 0xFFFFFFFF)


def _compile_error_text(err, fullname):
    """What compileall prints after '*** ' for an error (py_compile.PyCompileError)."""
    if type(err) is SyntaxError or isinstance(err, SyntaxError):
        text = "".join(traceback.format_exception_only(type(err), err))
        text = text.replace('File "<string>"', f'File "{fullname}"')
        if type(err) is SyntaxError:
            return text
        return text
    return f"Sorry: {type(err).__name__}: {err}"


def compile_file(fullname, optimize=0, quiet=0, force=False, invalidation_mode=None):
    """Compile one file into the cache (compileall.compile_file); True on success."""
    if not os.path.isfile(fullname) or not fullname.endswith(".py"):
        return True
    cfile = cache_path(fullname, optimize)
    mode = invalidation_mode or default_invalidation_mode()
    if not force and mode == "timestamp" and _up_to_date(fullname, cfile):
        return True
    if not quiet:
        print(f"Compiling {fullname!r}...")
    try:
        with open(fullname, "rb") as f:
            source_bytes = f.read()
        code = compile_source(source_bytes, fullname, optimize)
        mtime, size, st_mode = _source_stat(fullname)
        write_atomic(cfile, pyc_bytes(code, source_bytes, mtime, size, mode), st_mode)
    except (SyntaxError, ValueError, UnicodeError, OSError) as err:
        if quiet >= 2:
            return False
        if quiet:
            print(f"*** Error compiling {fullname!r}...")
        else:
            print("*** ", end="")
        if isinstance(err, (SyntaxError, ValueError)) and not isinstance(err, UnicodeError):
            message = _compile_error_text(err, fullname)
            encoding = sys.stdout.encoding or sys.getdefaultencoding()
            print(message.encode(encoding, errors="backslashreplace").decode(encoding))
        else:
            print(f"{type(err).__name__}: {err}")
        return False
    return True


def _walk_dir(directory, maxlevels, quiet=0):
    if not quiet:
        print(f"Listing {directory!r}...")
    try:
        names = os.listdir(directory)
    except OSError:
        if quiet < 2:
            print(f"Can't list {directory!r}")
        names = []
    names.sort()
    for name in names:
        if name == PYCACHE:
            continue
        fullname = os.path.join(directory, name)
        if not os.path.isdir(fullname):
            yield fullname
        elif maxlevels > 0 and name not in (os.curdir, os.pardir) and \
                not os.path.islink(fullname):
            yield from _walk_dir(fullname, maxlevels - 1, quiet)


def compile_dir(directory, optimize=0, quiet=0, force=False, maxlevels=None):
    if maxlevels is None:
        maxlevels = sys.getrecursionlimit()
    success = True
    for fullname in _walk_dir(directory, maxlevels, quiet):
        if not compile_file(fullname, optimize, quiet, force):
            success = False
    return success


def compile_paths(paths, optimize=0, quiet=0, force=False):
    """`pvm --compile PATH...`: files and trees into __pycache__; returns the exit status.

    With no path, the directories of sys.path are compiled, as compileall does.
    """
    success = True
    try:
        if not paths:
            for directory in sys.path:
                if (not directory or directory == os.curdir) and quiet < 2:
                    continue
                if not compile_dir(directory, optimize, quiet, force, maxlevels=0):
                    success = False
        for path in paths:
            if os.path.isfile(path):
                if not compile_file(path, optimize, quiet, force):
                    success = False
            elif not compile_dir(path, optimize, quiet, force):
                success = False
    except KeyboardInterrupt:
        if quiet < 2:
            print("\n[interrupted]")
        return 1
    return 0 if success else 1
