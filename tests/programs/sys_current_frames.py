"""sys._current_frames() and sys._current_exceptions() see every thread running code,
not only the calling one (test_sys test_current_frames, test_current_exceptions)."""
import sys
import threading
import traceback

entered = threading.Event()
leave = threading.Event()
idents = []


def f123():
    g456()


def g456():
    idents.append(threading.get_ident())
    entered.set()
    leave.wait()


t = threading.Thread(target=f123)
t.start()
entered.wait()
frames = sys._current_frames()
print(sorted(frames) == sorted([threading.get_ident(), idents[0]]))
print(frames[threading.get_ident()] is sys._getframe())
names = [entry.name for entry in traceback.extract_stack(frames[idents[0]])]
print(names[names.index("f123"):names.index("g456") + 1])
leave.set()
t.join()


def handler():
    try:
        raise ValueError("in thread")
    except ValueError:
        entered2.set()
        leave2.wait()


entered2 = threading.Event()
leave2 = threading.Event()
t = threading.Thread(target=handler)
t.start()
entered2.wait()
excs = sys._current_exceptions()
print(sorted(excs) == sorted([threading.get_ident(), t.ident]))
print(excs[threading.get_ident()])
kind, value, tb = excs[t.ident]
print(kind.__name__, value, type(tb).__name__)
leave2.set()
t.join()
print(t.ident in sys._current_frames())
