"""Runtime pieces checked in-process: "Did you mean" against the host's C suggestions,
the configuration read from options and environment, sys.flags' shape, the module type."""
import contextlib
import io
import sys
import types

import pytest

from pvm.cli import parse_args
from pvm.vm import display, sysmodule
from pvm.vm.main import make_config

CANDIDATES = ["length", "lenght", "value", "values", "Value", "val", "counter", "count",
              "items", "itemz", "a", "ab", "abc", "_private", "snake_case_name",
              "camelCaseName", "x" * 30, "y" * 45, "zzz"]
TARGETS = ["lenth", "valu", "VALUE", "coutner", "item", "ba", "abd", "_privat",
           "snake_case_nam", "camelcasename", "x" * 29, "y" * 44, "q", "counters", "valuex"]


def host_suggestion(names, target):
    """What CPython's excepthook appends for an AttributeError on an object with `names`."""
    obj = types.SimpleNamespace(**{name: 1 for name in names})
    err = io.StringIO()
    try:
        getattr(obj, target)
    except AttributeError:
        with contextlib.redirect_stderr(err):
            sys.__excepthook__(*sys.exc_info())
    last = err.getvalue().splitlines()[-1]
    marker = ". Did you mean: '"
    return last.split(marker, 1)[1][:-2] if marker in last else None


@pytest.mark.parametrize("target", TARGETS)
def test_suggestions_match_host(target):
    obj = types.SimpleNamespace(**{name: 1 for name in CANDIDATES})
    assert display.calculate_suggestion(dir(obj), target) == host_suggestion(CANDIDATES, target)


def config_for(argv, environ=None):
    return make_config(parse_args(argv), environ or {})


def test_config_from_options_and_environment():
    config = config_for(["-OO", "-B", "-vv", "-X", "dev", "-W", "error", "-c", "pass"],
                        {"PYTHONWARNINGS": "ignore::DeprecationWarning,default",
                         "PYTHONPATH": "/a:/b"})
    assert (config.optimize, config.dont_write_bytecode, config.verbose) == (2, 1, 2)
    assert config.dev_mode is True
    assert config.warnoptions == ["default", "ignore::DeprecationWarning", "default", "error"]
    assert config.pythonpath == ["/a", "/b"]
    isolated = config_for(["-I", "-c", "pass"], {"PYTHONPATH": "/a", "PYTHONOPTIMIZE": "1"})
    assert (isolated.isolated, isolated.ignore_environment, isolated.no_user_site) == (1, 1, 1)
    assert isolated.safe_path is True and isolated.optimize == 0
    assert config_for(["-c", "pass"], {"PYTHONOPTIMIZE": "2"}).optimize == 2
    assert config_for(["-X", "int_max_str_digits=5000", "-c", ""]).int_max_str_digits == 5000


def test_flags_shape():
    flags = sysmodule.make_flags(config_for(["-O", "-c", "pass"]))
    assert type(flags).__name__ == "flags" and len(flags) == len(sys.flags)
    assert repr(flags).startswith("sys.flags(debug=0, inspect=0, interactive=0, optimize=1,")
    assert [name for name in dir(sys.flags) if not name.startswith(("_", "n_", "count",
                                                                      "index"))] \
        == sorted(sysmodule.FLAG_FIELDS)


def test_module_type():
    module_type = sysmodule.SysModule
    plain = module_type("plain")
    assert type(plain) is module_type and plain.__name__ == "plain"
    assert isinstance(sys, module_type) and issubclass(types.ModuleType, module_type)
    assert not hasattr(plain, "stdout")
    plain.stdout = "mine"
    assert plain.stdout == "mine" and vars(plain)["stdout"] == "mine"

    class Sub(module_type):
        pass
    assert Sub("s").__class__ is Sub and "stdout" not in dir(Sub("s"))
    assert module_type.__name__ == "module" and repr(module_type) == "<class 'module'>"
