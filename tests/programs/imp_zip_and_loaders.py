"""Import-system corners: zipimport imported before importlib and found when sys.path names
only an archive (CPython's is frozen), FileFinder's path hook taking '' for the current
directory, SourceFileLoader.load_module of a package setting __path__, no cached path when
sys.implementation.cache_tag is None, BuiltinImporter's methods refusing a module that is not
built in (test_importlib)."""
import zipimport  # first: before anything imports importlib

import importlib.machinery
import importlib.util
import os
import shutil
import sys
import tempfile
import warnings
import zipfile

print(zipimport.zipimporter.__name__, zipimport.ZipImportError.__mro__[1].__name__)

directory = tempfile.mkdtemp()
archive = os.path.join(directory, "ns.zip")
with zipfile.ZipFile(archive, "w") as z:
    z.writestr("zipns/", "")
    z.writestr("zipns/one.py", "attr = 'from the archive'\n")
saved = sys.path[:], dict(sys.path_importer_cache)
del sys.modules["zipimport"]
sys.path[:] = [archive]
sys.path_importer_cache.clear()
try:
    import zipns.one
    print(zipns.one.attr, type(zipns.__path__).__name__)
finally:
    sys.path[:] = saved[0]
    sys.path_importer_cache.clear()
    sys.path_importer_cache.update(saved[1])

hook = importlib.machinery.FileFinder.path_hook(
    (importlib.machinery.SourceFileLoader, importlib.machinery.SOURCE_SUFFIXES))
print(type(hook("")).__name__)

package = os.path.join(directory, "lm_pkg")
os.mkdir(package)
init = os.path.join(package, "__init__.py")
with open(init, "w") as f:
    f.write("value = 42\n")
loader = importlib.machinery.SourceFileLoader("lm_pkg", init)
with warnings.catch_warnings():
    warnings.simplefilter("ignore", DeprecationWarning)
    module = loader.load_module("lm_pkg")
print(module.value, module.__path__ == [package], module.__package__)

tag = sys.implementation.cache_tag
sys.implementation.cache_tag = None
try:
    spec = importlib.util.spec_from_file_location("spam", os.path.join(directory, "spam.py"))
    print("cached:", spec.cached)
finally:
    sys.implementation.cache_tag = tag
shutil.rmtree(directory)

for method in ("get_code", "get_source", "is_package"):
    try:
        getattr(importlib.machinery.BuiltinImporter, method)("importlib")
    except ImportError as exc:
        print(method, "ImportError:", exc)
print(importlib.machinery.BuiltinImporter.is_package("errno"))
