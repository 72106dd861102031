"""Module state: executed once per import system, counting its own loads."""
import pkgs

pkgs.LOADED.append(__name__)
calls = 0


def bump():
    global calls
    calls += 1
    return calls
