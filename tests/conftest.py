"""Shared test configuration: the opt-in full sweeps and the stdlib corpus."""
import os
import pathlib
import sysconfig

import pytest

# PVM_FULL=1 turns the sample sweeps over the standard library into full sweeps.
FULL = os.environ.get("PVM_FULL") == "1"
STDLIB = pathlib.Path(sysconfig.get_paths()["stdlib"])


def stdlib_files():
    """Every .py file of the host's standard library, Lib/test included, sorted."""
    return sorted(p for p in STDLIB.rglob("*.py") if "site-packages" not in p.parts)


def stdlib_sample(every=None):
    """A deterministic sample of stdlib files (all of them when PVM_FULL=1)."""
    files = stdlib_files()
    if FULL:
        return files
    every = every or 25
    return files[::every]


def stdlib_id(path):
    return str(path.relative_to(STDLIB))


@pytest.fixture
def no_bytecode_env(monkeypatch):
    """Processes started by a test may write caches (these machines set PYTHONDONTWRITEBYTECODE)."""
    monkeypatch.delenv("PYTHONDONTWRITEBYTECODE", raising=False)
