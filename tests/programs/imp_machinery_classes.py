# importlib.machinery names the finders, loaders and spec class the import system uses:
# identity and isinstance checks hold, subclasses of SourceFileLoader are honoured, and
# modules import from .pyc files without source (py_compile, compileall -b).
import compileall
import importlib
import importlib.machinery as machinery
import importlib.util
import json
import os
import pkgutil
import py_compile
import shutil
import sys
import tempfile

print(machinery.PathFinder in sys.meta_path, machinery.BuiltinImporter in sys.meta_path)
print(isinstance(json.__spec__, machinery.ModuleSpec),
      isinstance(json.__spec__.loader, machinery.SourceFileLoader),
      type(json.__spec__.loader) is machinery.SourceFileLoader)

work = tempfile.mkdtemp()
try:
    sys.path.insert(0, work)
    with open(os.path.join(work, "plain.py"), "w") as f:
        f.write("VALUE = 42\n")
    print(isinstance(pkgutil.get_importer(work), machinery.FileFinder))
    print(sorted(m.name for m in pkgutil.iter_modules([work])))

    spec = importlib.util.spec_from_file_location("plain", os.path.join(work, "plain.py"))
    print(type(spec) is machinery.ModuleSpec, type(spec.loader).__name__,
          os.path.dirname(spec.cached) == os.path.join(work, "__pycache__"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    print(module.VALUE)

    class Rewriting(machinery.SourceFileLoader):
        def source_to_code(self, data, path):
            return compile(data.replace(b"42", b"43"), path, "exec")

    print(Rewriting("rewritten", os.path.join(work, "plain.py")).load_module().VALUE)
    loaded = machinery.SourceFileLoader("again", os.path.join(work, "plain.py")).load_module()
    print(loaded.VALUE, loaded.__name__, "again" in sys.modules)

    py_compile.compile(os.path.join(work, "plain.py"), cfile=os.path.join(work, "compiled.pyc"))
    import compiled
    print(compiled.VALUE, type(compiled.__loader__).__name__,
          compiled.__spec__.cached == compiled.__file__)

    package = os.path.join(work, "pkg")
    os.mkdir(package)
    with open(os.path.join(package, "__init__.py"), "w") as f:
        f.write("NAME = 'pkg'\n")
    compileall.compile_dir(package, quiet=1, legacy=True)
    os.remove(os.path.join(package, "__init__.py"))
    importlib.invalidate_caches()
    import pkg
    print(pkg.NAME, os.path.basename(pkg.__file__))

    with open(os.path.join(work, "broken.pyc"), "wb") as f:
        f.write(b"\0\0\r\n" + bytes(12))
    try:
        import broken
    except ImportError as exc:
        print("ImportError:", exc)
finally:
    sys.path.remove(work)
    shutil.rmtree(work)
