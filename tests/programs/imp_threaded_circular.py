"""Two threads import the two halves of an import cycle (A -> C -> B -> D -> A) at once:
the per-module locks detect the deadlock and one thread sees a partly initialised module,
as in CPython, instead of both waiting forever (test_threaded_import.test_circular_imports)."""
import _imp
import importlib
import os
import shutil
import sys
import tempfile
import threading

MODULES = {
    "cyc_a": "import time\ntime.sleep(0.3)\nx = 'a'\nimport cyc_c\n",
    "cyc_b": "import time\ntime.sleep(0.3)\nx = 'b'\nimport cyc_d\n",
    "cyc_c": "import cyc_b\n",
    "cyc_d": "import cyc_a\n",
}

directory = tempfile.mkdtemp()
for name, text in MODULES.items():
    with open(os.path.join(directory, name + ".py"), "w") as f:
        f.write(text)
sys.path.insert(0, directory)
importlib.invalidate_caches()

results = []


def import_ab():
    import cyc_a
    results.append(getattr(cyc_a, "x", None))


def import_ba():
    import cyc_b
    results.append(getattr(cyc_b, "x", None))


threads = [threading.Thread(target=import_ab), threading.Thread(target=import_ba)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(results))


class HoldsImportLock:
    """find_spec runs with the global import lock held (_imp.lock_held())."""

    def find_spec(self, name, path=None, target=None):
        print("find_spec", name, _imp.lock_held())
        return None


sys.meta_path.insert(0, HoldsImportLock())
try:
    import cyc_missing
except ImportError as exc:
    print(type(exc).__name__, exc)
sys.meta_path.pop(0)
print(_imp.lock_held())
importlib.import_module("json")
print("json" in sys.modules)
sys.path.remove(directory)
shutil.rmtree(directory)
