"""The import system's locks: the global import lock and the per-module locks.

VM stage (runtime), used by imports.py. Mirrors importlib._bootstrap's `_ModuleLock`,
`_get_module_lock` and `_lock_unlock_module` (CPython 3.11), deadlock detection included:
two threads importing the two halves of an import cycle (thread 1 holds A and waits
for B, thread 2 holds B and asks for A) must not wait for each other forever. The
thread that would close the wait cycle gets `_DeadlockError`, which
`lock_unlock_module` swallows, so it sees the partly initialised module, as in CPython.

The global import lock is the host's (`_imp.acquire_lock`), the one `_imp.lock_held()`
reports, which pvm's `_imp` lends unchanged: importlib's `_ImportLockContext` and the
finders pvm calls then hold the same lock. importlib's compiled `_bootstrap` is given
this module's lock table and classes (`SHARED_NAMES`), so `importlib.import_module` and
the `import` statement wait on the same per-module locks.
"""

import _imp
import _thread
import _weakref

# lock per module name, weakly held (a lock lives while an import holds or waits on it)
module_locks = {}
# thread id -> the _ModuleLock that thread is waiting for
blocking_on = {}


class _DeadlockError(RuntimeError):
    pass


class _ModuleLock:
    """importlib._bootstrap._ModuleLock: a recursive lock that detects deadlocks."""

    def __init__(self, name):
        self.lock = _thread.allocate_lock()
        self.wakeup = _thread.allocate_lock()
        self.name = name
        self.owner = None
        self.count = 0
        self.waiters = 0

    def has_deadlock(self):
        """Follow the chain owner -> lock it waits for -> owner... back to this thread?"""
        me = _thread.get_ident()
        tid = self.owner
        seen = set()
        while True:
            lock = blocking_on.get(tid)
            if lock is None:
                return False
            tid = lock.owner
            if tid == me:
                return True
            if tid in seen:
                return False
            seen.add(tid)

    def acquire(self):
        tid = _thread.get_ident()
        blocking_on[tid] = self
        try:
            while True:
                with self.lock:
                    if self.count == 0 or self.owner == tid:
                        self.owner = tid
                        self.count += 1
                        return True
                    if self.has_deadlock():
                        raise _DeadlockError(f"deadlock detected by {self!r}")
                    if self.wakeup.acquire(False):
                        self.waiters += 1
                # wait until release() lets the wakeup lock go
                self.wakeup.acquire()
                self.wakeup.release()
        finally:
            del blocking_on[tid]

    def release(self):
        tid = _thread.get_ident()
        with self.lock:
            if self.owner != tid:
                raise RuntimeError("cannot release un-acquired lock")
            self.count -= 1
            if self.count == 0:
                self.owner = None
                if self.waiters:
                    self.waiters -= 1
                    self.wakeup.release()

    def __enter__(self):
        self.acquire()

    def __exit__(self, *exc_info):
        self.release()

    def __repr__(self):
        return f"_ModuleLock({self.name!r}) at {id(self)}"


class GlobalImportLock:
    """`with global_import_lock:` is importlib's _ImportLockContext (the host's lock)."""

    def __enter__(self):
        _imp.acquire_lock()

    def __exit__(self, *exc_info):
        _imp.release_lock()


global_import_lock = GlobalImportLock()


def get_module_lock(name):
    """importlib._bootstrap._get_module_lock: the lock of `name`, made on first need."""
    _imp.acquire_lock()
    try:
        ref = module_locks.get(name)
        lock = ref() if ref is not None else None
        if lock is None:
            lock = _ModuleLock(name)

            def forget(ref, name=name):
                _imp.acquire_lock()
                try:
                    # another thread may have made a new lock since this one died
                    if module_locks.get(name) is ref:
                        del module_locks[name]
                finally:
                    _imp.release_lock()

            module_locks[name] = _weakref.ref(lock, forget)
    finally:
        _imp.release_lock()
    return lock


def lock_unlock_module(name):
    """importlib._bootstrap._lock_unlock_module: wait until another thread has
    finished importing `name`, unless that thread waits (indirectly) for this one."""
    lock = get_module_lock(name)
    try:
        lock.acquire()
    except _DeadlockError:
        pass
    else:
        lock.release()


# What importlib._bootstrap's own names become (imports.share_machinery).
SHARED_NAMES = {"_ModuleLock": _ModuleLock, "_DeadlockError": _DeadlockError,
                "_get_module_lock": get_module_lock, "_module_locks": module_locks,
                "_blocking_on": blocking_on}
