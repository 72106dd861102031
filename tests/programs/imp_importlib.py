"""importlib.import_module (absolute and relative), __import__ with fromlist, resources, reload."""
import importlib
import importlib.resources
import importlib.util
import os
import sys

import pkgs.plugins

for name in pkgs.plugins.AVAILABLE:
    module = importlib.import_module(f"pkgs.plugins.{name}")
    print(module.__name__, module.NAME, module.run(5))
rel = importlib.import_module(".p_beta", package="pkgs.plugins")
print(rel is sys.modules["pkgs.plugins.p_beta"])
top = __import__("pkgs.geometry.vectors")
print(top.__name__)
leaf = __import__("pkgs.geometry.vectors", fromlist=["Vector"])
print(leaf.__name__, leaf.Vector(1, 2))
print(__import__("os.path").__name__, __import__("json", globals(), locals(), [], 0).__name__)
try:
    importlib.import_module(".p_alpha")
except TypeError as exc:
    print("TypeError:", exc)
try:
    importlib.import_module("pkgs.plugins.p_gamma")
except ModuleNotFoundError as exc:
    print("ModuleNotFoundError:", exc, exc.name)
import pkgs.state as state
print(state.bump(), state.bump(), pkgs.LOADED)
reloaded = importlib.reload(state)
print(reloaded is state, state.calls, pkgs.LOADED)
spec = importlib.util.find_spec("pkgs.plugins.p_alpha")
print(spec.name, spec.parent, os.path.relpath(spec.origin), importlib.util.find_spec("no_such_mod"))
data_dir = os.path.join(os.path.dirname(__file__), "pkgs", "data")
with open(os.path.join(data_dir, "settings.txt"), encoding="utf-8") as f:
    print(f.read().splitlines())
text = importlib.resources.files("pkgs.data").joinpath("settings.txt").read_text(encoding="utf-8")
print(dict(line.split(" = ") for line in text.splitlines()))
del sys.modules["pkgs.plugins.p_alpha"]
fresh = importlib.import_module("pkgs.plugins.p_alpha")
print(fresh.NAME, fresh is not module or "same object")
