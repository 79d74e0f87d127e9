"""PySide6 6.12 hands Python's True back from every Signal.emit() without a reference of its own, so each emit
lowers True's reference count by one; after a few hundred emits the interpreter aborts ("bool_dealloc: deallocating
True or False"). Python 3.12 and later never free True, False and None (they are immortal objects); on 3.11 their
counts are raised once, far beyond what any session can use up, which is what immortality amounts to there."""

import ctypes
import sys

HEADROOM = 1 << 40  # references added to each: a trillion emits


def keep_singletons_alive() -> None:
    """Make True, False and None as good as immortal on a Python that does not make them so itself."""
    if sys.version_info >= (3, 12) or getattr(keep_singletons_alive, "done", False):
        return
    for singleton in (True, False, None):
        # ob_refcnt, a Py_ssize_t, is the first field of every object in CPython's (non-debug) builds.
        ctypes.c_ssize_t.from_address(id(singleton)).value += HEADROOM
    keep_singletons_alive.done = True
