"""Exceptions defined in a package module (their traceback line names the module)."""


class PkgError(Exception):
    pass


def fail(msg):
    raise PkgError(msg)
