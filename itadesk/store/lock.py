"""The lock a window holds on the store it has open: a file beside the store (``<store>.lock``) held with the
operating system's own file lock, so it dies with the program that holds it and one left by a crash never blocks.

The command line does not take it: its writes are safe beside a window's (each edit is one transaction that checks
what it changes), so it only looks whether a window has the store open.

Whether any program at all has the store open is asked of SQLite itself (open_elsewhere): what replaces the file whole
(a restore) must not do it under a connection.
"""

import os
import sqlite3
import sys
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

from filelock import FileLock, Timeout

from itadesk.i18n import _
from itadesk.store.errors import StoreError

LOCK_SUFFIX = ".lock"
# A holder that is just letting go (its lock file removed, its lock not yet released) is waited for this long.
RELEASE_GRACE_SECONDS = 0.1


def lock_path(store_path: Path) -> Path:
    """The lock file of a store: its name with ``.lock`` added, beside it (never in the backups folder)."""
    store_path = Path(store_path)
    return store_path.with_name(store_path.name + LOCK_SUFFIX)


class StoreInUse(StoreError):
    """Another ITA Desk window holds the store's lock."""


class StoreLock:
    """The lock of one store, taken with acquire() and given back with release()."""

    def __init__(self, store_path: Path) -> None:
        self.store_path = Path(store_path)
        self.path = lock_path(self.store_path)
        # No fallback to a lock file that only exists: one left by a crash would block the next start.
        self._lock = FileLock(str(self.path), thread_local=False, fallback_to_soft=False)
        self._identity: os.stat_result | None = None

    @property
    def held(self) -> bool:
        return self._lock.is_locked

    def acquire(self) -> bool:
        """Take the lock: True when this program holds it now, False when another program holds it.

        OSError when this folder cannot hold a lock (read-only folder, a file system without locks).
        """
        if self.held:
            return True
        with suppress(OSError):
            self.path.parent.mkdir(parents=True, exist_ok=True)
        try:
            self._lock.acquire(timeout=RELEASE_GRACE_SECONDS, poll_interval=RELEASE_GRACE_SECONDS / 5)
        except Timeout:
            return False
        try:
            self._identity = os.stat(self.path)
        except OSError:
            self._identity = None
        return True

    def release(self) -> None:
        """Give the lock back and remove its file (nothing is left beside the store after a clean exit)."""
        if not self.held:
            return
        if sys.platform != "win32" and self._identity is not None:
            # Removed while still held, and only if it is still this lock's file: a program that opened it meanwhile
            # sees it gone once it gets the lock, and tries again on the new one. (On Windows filelock removes it.)
            with suppress(OSError):
                if os.path.samestat(os.stat(self.path), self._identity):
                    self.path.unlink()
        self._identity = None
        self._lock.release(force=True)


def take_lock(store_path: Path) -> StoreLock | None:
    """The store's lock, held; StoreInUse when another window holds it; None where the folder cannot hold a lock
    (the store is then opened without one: its writes are safe all the same)."""
    lock = StoreLock(store_path)
    try:
        taken = lock.acquire()
    except OSError:
        return None
    if not taken:
        raise StoreInUse(_("{path} is open in another ITA Desk window.").format(path=store_path))
    return lock


def held_elsewhere(store_path: Path) -> bool:
    """Whether another program (an ITA Desk window) holds the store's lock now; nothing is left behind by looking."""
    if not lock_path(store_path).exists():
        return False
    try:
        lock = take_lock(store_path)
    except StoreInUse:
        return True
    if lock is not None:
        lock.release()
    return False


@contextmanager
def holding_lock(store_path: Path) -> Iterator[StoreLock | None]:
    """The store's lock held for the time of the block (StoreInUse when a window holds it)."""
    lock = take_lock(store_path)
    try:
        yield lock
    finally:
        if lock is not None:
            lock.release()


def open_elsewhere(store_path: Path) -> bool:
    """Whether a connection, of any program (this one included), has the store file open now.

    A connection to a store in WAL mode keeps a shared lock on the file for as long as it is open, so an exclusive
    lock is refused while there is one (SQLite's own locks: the same on Windows, and between connections of one
    program). What the store holds does not change by looking (a WAL left by a crash is written into the file). A
    file SQLite cannot read (a damaged store) or that is missing counts as not open.
    """
    store_path = Path(store_path)
    if not store_path.is_file():
        return False
    try:
        probe = sqlite3.connect(f"{store_path.resolve().as_uri()}?mode=rw", uri=True, timeout=0, isolation_level=None)
    except sqlite3.Error:
        return False
    try:
        probe.execute("PRAGMA locking_mode = EXCLUSIVE")
        probe.execute("BEGIN EXCLUSIVE")
        probe.execute("ROLLBACK")
    except sqlite3.Error as error:
        return error.sqlite_errorcode & 0xFF in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED)
    finally:
        probe.close()
    return False
