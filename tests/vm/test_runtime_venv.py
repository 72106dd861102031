"""pvm's start-up in a virtual environment: pyvenv.cfg read as site.venv reads it."""
from pvm.vm.boot import venv_system_site


def make_venv(root, system_site=None):
    (root / "bin").mkdir()
    lines = ["home = /usr/bin\n"]
    if system_site is not None:
        lines.append(f"include-system-site-packages = {system_site}\n")
    (root / "pyvenv.cfg").write_text("".join(lines))
    return str(root / "bin" / "python")


def test_outside_a_venv(tmp_path):
    (tmp_path / "bin").mkdir()
    assert venv_system_site(str(tmp_path / "bin" / "python")) is None


def test_venv_without_system_site_packages(tmp_path):
    assert venv_system_site(make_venv(tmp_path, "false")) is False


def test_venv_with_system_site_packages(tmp_path):
    assert venv_system_site(make_venv(tmp_path, "True")) is True


def test_venv_without_the_key(tmp_path):
    # site.venv's default for a pyvenv.cfg without the key is "true".
    assert venv_system_site(make_venv(tmp_path)) is True
